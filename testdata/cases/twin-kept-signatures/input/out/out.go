// Package out has a method that keeps its signature (fmt.Stringer) and is called from this package and from main.
package out

import (
	"fmt"
	"strings"
)

// Buffer collects lines.
type Buffer struct {
	lines []string
}

// Add appends a line.
func (b *Buffer) Add(s string) {
	b.lines = append(b.lines, s)
}

// String joins the lines; fmt calls it through fmt.Stringer.
func (b *Buffer) String() string {
	return strings.Join(b.lines, "|")
}

// Summary calls String directly, from the same package: through its twin.
func (b *Buffer) Summary() string {
	return fmt.Sprintf("%d lines: %s", len(b.lines), b.String())
}
