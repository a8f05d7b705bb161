// Package geo has methods and functions that keep their signatures (fmt.Stringer implementations, functions stored
// in an exported table): main, another package, reaches their twins through geo's exported forwarders.
package geo

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func (p *Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

// Move is not kept: it gets the context parameter as usual.
func (p *Point) Move(dx int) { p.X += dx }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Shape interface {
	Area() int
	String() string
}

type square struct{ side int }

func (s square) Area() int { return s.side * s.side }

func (s square) String() string { return "square " + strings.Repeat("#", s.side) }

type circle struct{ r int }

func (c *circle) Area() int { return 3 * c.r * c.r }

func (c *circle) String() string { return fmt.Sprintf("circle r=%d", c.r) }

func Shapes() []Shape { return []Shape{square{2}, &circle{1}} }

func Double(n int) int { return 2 * n }

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

// Binary and Unary hold Max and Double as values: no context is in scope at package level, so both keep their
// signatures.
var Binary = map[string]func(int, int) int{"max": Max[int]}

var Unary = []func(int) int{Double}

type label struct{ text string }

func (l *label) String() string { return "label " + l.text }

// Marker's String is promoted from its unexported embedded label, which main cannot select.
type Marker struct {
	ID int
	label
}

func NewMarker(id int, text string) *Marker { return &Marker{id, label{text}} }

var stringers = []fmt.Stringer{(*Point)(nil), Celsius(0), square{}, &circle{}, &label{}}

func Count() int { return len(stringers) }

// Buffer's Write keeps its signature (io.Writer). main passes it a slice `data[n : n+2]`: once the forwarder's
// list holds the receiver and the context too, gofmt writes the slice `data[n:n+2]`.
type Buffer struct{ data []byte }

func (b *Buffer) Write(p []byte) (int, error) {
	b.data = append(b.data, p...)
	return len(p), nil
}
