package main

import (
	"fmt"
	"strings"
)

func shout(s string) string { return strings.ToUpper(s) + "!" }

func repeat(s string, n int) string {
	parts := make([]string, n)
	for i := range parts {
		parts[i] = shout(s)
	}
	return strings.Join(parts, " ")
}

func main() {
	fmt.Println(shout("no entry point"))
	fmt.Println(repeat("echo", 3))
}
