// Shapes printed through an interface whose String keeps its signature (every shape is a fmt.Stringer): the calls
// s.String() go through a dispatch helper that reaches the twins of main's shapes with the caller's context, so
// their spans join the trace; geo.Triangle, from another package, has no twin main can reach and is called as
// before (a new trace); a nil shape panics as before; method sets, as reflection counts them, do not change.
package main

import (
	"fmt"
	"reflect"
	"strconv"

	"example.com/twin-interface-dispatch/geo"
	"instrgen.dev/rtlib"
)

type shape interface {
	String() string
	Area() float64
}

type square struct{ side float64 }

func (s square) String() string { return fmt.Sprintf("square %g", s.side) }

func (s square) Area() float64 { return s.side * s.side }

type circle struct{ r float64 }

func (c *circle) String() string {
	return "circle " + strconv.FormatFloat(c.r, 'g', -1, 64)
}

func (c *circle) Area() float64 { return 3 * c.r * c.r }

// labelled embeds a shape: its String is the embedded one's, through the interface.
type labelled struct {
	shape
	label string
}

func describe(shapes []shape) float64 {
	total := 0.0
	for _, s := range shapes {
		if name := s.String(); name != "" {
			fmt.Println(name, s.Area())
		}
		total += s.Area()
	}
	return total
}

func safeName(s shape) (name string) {
	defer func() {
		if r := recover(); r != nil {
			name = fmt.Sprint("recovered: ", r)
		}
	}()
	return s.String()
}

func main() {
	rtlib.AutotelEntryPoint()
	shapes := []shape{square{2}, &circle{1}, labelled{square{3}, "big"}, geo.Triangle{A: 3, B: 4}}
	fmt.Println("total", describe(shapes))
	fmt.Println(safeName(&circle{2}))
	fmt.Println(safeName(nil))
	fmt.Println(reflect.TypeOf((*shape)(nil)).Elem().NumMethod(), reflect.TypeOf(square{}).NumMethod(),
		reflect.TypeOf(&circle{}).NumMethod(), reflect.TypeOf(labelled{}).NumMethod())
}
