// Package report chains lines through a type declared in a function body that refers to itself, whose literal the
// resolver cannot see into: it may set function-typed fields of this package, not the unexported ones of others.
package report

import "strings"

// Lines joins the lines of a chain built from the parts.
func Lines(parts []string) string {
	type link struct {
		next *link
		text func() string
	}
	var head *link
	for i := len(parts) - 1; i >= 0; i-- {
		p := parts[i]
		head = &link{head, func() string { return strings.ToUpper(p) }}
	}
	var out []string
	for l := head; l != nil; l = l.next {
		out = append(out, l.text())
	}
	return strings.Join(out, "\n")
}
