// Shapes behind an interface with an unexported method, found in a list of values of any type. The program imports
// another module (OpenTelemetry's attribute package), whose types instrgen does not see and which could satisfy an
// interface of exported methods; but only this package can declare name(), so what the assertion finds is one of
// its own shapes, and Area and name gain the context together with the interface.
package main

import (
	"fmt"

	"go.opentelemetry.io/otel/attribute"

	"instrgen.dev/rtlib"
)

type shape interface {
	Area() float64
	name() string
}

type square struct {
	side float64
}

func (s square) Area() float64 { return s.side * s.side }

func (s square) name() string { return "square" }

type rect struct {
	w, h float64
}

func (r rect) Area() float64 { return r.w * r.h }

func (r rect) name() string { return "rect" }

func total(items []interface{}) float64 {
	sum := 0.0
	for _, it := range items {
		if s, ok := it.(shape); ok {
			sum += s.Area()
			fmt.Println(s.name())
		}
	}
	return sum
}

func main() {
	rtlib.AutotelEntryPoint()
	unit := attribute.String("unit", "cm")
	items := []interface{}{square{2}, rect{2, 3}, "not a shape", unit}
	fmt.Printf("total %.1f %s\n", total(items), unit.Value.AsString())
}
