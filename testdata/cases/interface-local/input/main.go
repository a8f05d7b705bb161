package main

import (
	"fmt"

	"instrgen.dev/rtlib"
)

// Shape is declared in this package and implemented by *Rect.
type Shape interface {
	Area() float64
	Scale(f float64)
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func (r *Rect) Scale(f float64) {
	r.W = mul(r.W, f)
	r.H = mul(r.H, f)
}

func mul(a, b float64) float64 { return a * b }

func describe(s Shape) string {
	return fmt.Sprintf("area=%.2f", s.Area())
}

func main() {
	rtlib.AutotelEntryPoint()

	var s Shape = &Rect{W: 3, H: 4}
	fmt.Println("before:", s.Area())
	s.Scale(1.5)
	fmt.Println("after:", describe(s))
	if r, ok := s.(*Rect); ok {
		fmt.Printf("rect: %.2f x %.2f\n", r.W, r.H)
	}
}
