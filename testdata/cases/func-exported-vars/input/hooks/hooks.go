// Package hooks holds exported tables of functions that main fills and calls.
package hooks

import "strings"

// Filters is filled by other packages and called by Apply.
var Filters = map[string]func(s string) string{"upper": upper}

// OnDone is called when a run ends.
var OnDone func(n int)

// Steps run in order.
var Steps []func(n int) int

func upper(s string) string { return strings.ToUpper(s) }

// Apply runs a filter by name.
func Apply(name, s string) string {
	if f, ok := Filters[name]; ok {
		return f(s)
	}
	return s
}

// Run runs every step.
func Run(n int) int {
	for _, i := range []int{0, 1} {
		if i < len(Steps) {
			n = Steps[i](n)
		}
	}
	if OnDone != nil {
		OnDone(n)
	}
	return n
}
