// notes prints messages at positions, as x/tools' guru does: a position is an offset or anything with a Pos method.
package main

import (
	"fmt"
	"strings"

	"instrgen.dev/rtlib"
)

// Ident is an identifier of a parsed file.
type Ident struct {
	Name string
	At   int
}

// Pos satisfies the interface describe writes out, so it keeps its signature (an assertion to it must stay true)
// and sees no context when describe calls it through that interface.
func (i *Ident) Pos() int { return offset(i.At) }

func offset(at int) int { return at + 1 }

// describe prints a message at pos: an offset, anything with a Pos method, or nothing.
func describe(pos interface{}, format string, args ...interface{}) {
	start := -1
	switch pos := pos.(type) {
	case int:
		start = pos
	case interface{ Pos() int }:
		start = pos.Pos()
	}
	fmt.Printf("%d: %s\n", start, fmt.Sprintf(format, args...))
}

func main() {
	rtlib.AutotelEntryPoint()
	ids := []*Ident{{"main", 5}, {"run", 12}}
	for _, id := range ids {
		describe(id, "identifier %s", id.Name)
	}
	describe(3, "a number")
	fmt.Println(strings.Repeat("-", ids[0].Pos()))
}
