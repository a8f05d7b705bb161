package main

import (
	"fmt"
	"strings"

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

// rot shifts letters; its method is passed to strings.Map as a method value.
type rot struct{ n rune }

func (r rot) shift(c rune) rune {
	if c >= 'a' && c <= 'z' {
		return 'a' + (c-'a'+r.n)%26
	}
	return c
}

// Scene holds a Point in a field, so a method value can be taken from the field.
type Scene struct {
	origin Point
	pts    []Point
}

// Counter is embedded in Named through a pointer: a method value of Named's promoted Inc keeps Inc's signature.
type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

type Named struct {
	*Counter
	name string
}

// Labeled embeds a Point by value: its promoted Move and Dist bind the outer value.
type Labeled struct {
	Point
	label string
}

// Shifter is implemented by Wheel; a method value taken from the interface keeps the signature.
type Shifter interface{ Turn(int) int }

type Wheel struct{ pos int }

func (w *Wheel) Turn(d int) int {
	w.pos = (w.pos + d) % 10
	return w.pos
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

	// A pointer receiver is bound when the value is made: moving q later does not change what g moves.
	q := &p
	g := q.Move
	q = &Point{100, 100}
	g(1)
	fmt.Println("g moved p:", p, "q:", *q)

	// A value method taken through a pointer copies the value at once.
	pp := &Point{3, 4}
	d2 := pp.Dist
	pp.X = 100
	fmt.Println("copied dist:", d2(), "live:", pp.Dist())

	// Method values of a field and a slice element bind their address.
	sc := Scene{origin: Point{1, 1}, pts: []Point{{2, 2}, {3, 3}}}
	mo := sc.origin.Move
	mp := sc.pts[1].Move
	mo(4)
	mp(5)
	fmt.Println("scene:", sc.origin, sc.pts)

	// A method value passed to the standard library.
	r := rot{n: 13}
	fmt.Println(strings.Map(r.shift, "hello"), strings.Map(rot13.shift, "uryyb"))

	// Promoted through embedded values: the outer value is bound (a pointer to it, or a copy).
	lb := Labeled{Point{1, 2}, "lb"}
	lmove := lb.Move
	ldist := lb.Dist
	lmove(3)
	fmt.Println("labeled:", lb, ldist(), lb.Dist())

	// Promoted through an embedded pointer and taken from an interface: the methods keep their signatures.
	nm := Named{Counter: &Counter{}, name: "n"}
	inc := nm.Inc
	nm.Counter = &Counter{n: 10}
	inc()
	inc()
	var sh Shifter = &Wheel{}
	turn := sh.Turn
	fmt.Println("inc:", nm.n, "turn:", turn(7), turn(7))
}

var rot13 = rot{n: 13}
