// Package lib is shared by both commands.
package lib

import "strings"

// Greet is called by both commands.
func Greet(name string) string {
	return "Hello, " + title(name)
}

func title(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// Sum is called only by cmd/two.
func Sum(xs []int) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	return total
}

// Unused is called by neither command.
func Unused() string { return title("unused") }
