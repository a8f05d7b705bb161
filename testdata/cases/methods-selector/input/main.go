package main

import (
	"fmt"
	"math"

	. "instrgen.dev/rtlib"
)

type Point struct{ X, Y float64 }

// Dist is the distance from the origin.
func (p Point) Dist() float64 {
	return math.Sqrt(sq(p.X) + sq(p.Y))
}

func sq(v float64) float64 { return v * v }

type E struct{ base int }

func (e E) get(k int) int { return e.base*k + 1 }

type D struct {
	name string
	e    E
}

type W struct{ d D }

func main() {
	AutotelEntryPoint()

	p := Point{3, 4}
	fmt.Printf("dist(%v) = %.1f\n", p, p.Dist())
	q := &Point{6, 8}
	fmt.Printf("dist(%v) = %.1f\n", *q, q.Dist())

	d := D{name: "d", e: E{base: 3}}
	fmt.Println("d.e.get(5) =", d.e.get(5))

	dp := &D{name: "dp", e: E{base: 10}}
	fmt.Println("dp.e.get(2) =", dp.e.get(2))

	w := W{d: D{e: E{base: 7}}}
	fmt.Println("w.d.e.get(3) =", w.d.e.get(3))

	pts := []Point{{1, 0}, {0, 2}}
	fmt.Printf("pts[1].Dist() = %.1f\n", pts[1].Dist())
}
