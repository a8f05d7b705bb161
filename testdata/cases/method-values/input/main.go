package main

import (
	"fmt"

	"instrgen.dev/rtlib"
)

type Point struct{ X, Y int }

func (p *Point) Move(d int) {
	p.X += d
	p.Y += d
}

// Dist is the Manhattan distance from the origin.
func (p Point) Dist() int { return abs(p.X) + abs(p.Y) }

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// Op stores a function in a struct field.
type Op struct {
	name string
	fn   func(int) int
}

func double(n int) int { return 2 * n }
func square(n int) int { return n * n }

// current is a function stored in a package variable.
var current = square

// adder returns a function literal that captures k.
func adder(k int) func(int) int {
	return func(n int) int { return n + k }
}

func main() {
	rtlib.AutotelEntryPoint()

	p := Point{-1, 2}
	f := p.Move // method value bound to &p
	f(1)
	fmt.Println("after f(1):", p)

	dist := p.Dist // method value bound to a copy of p
	p.Move(10)
	fmt.Println("bound copy dist:", dist(), "live dist:", p.Dist())

	fmt.Println("Point.Dist(p):", Point.Dist(p))
	(*Point).Move(&p, 2)
	fmt.Println("after (*Point).Move(&p, 2):", p)

	op := Op{name: "double", fn: double}
	fmt.Printf("%s(5) = %d\n", op.name, op.fn(5))

	fmt.Println("current(4) =", current(4))
	current = double
	fmt.Println("current(4) =", current(4))

	add3 := adder(3)
	fmt.Println("add3(4) =", add3(4))
}
