package main

import (
	"fmt"
	"strings"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

type Point struct{ X, Y int }

func (p *Point) Move(__atel_tracing_ctx __atel_context.Context, d int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*Point).Move")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	p.X += d
	p.Y += d
}

// Dist is the Manhattan distance from the origin.
func (p Point) Dist(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Point.Dist")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return abs(__atel_child_tracing_ctx, p.X) + abs(__atel_child_tracing_ctx, p.Y)
}

func abs(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.abs")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if n < 0 {
		return -n
	}
	return n
}

// Op stores a function in a struct field.
type Op struct {
	name string
	fn   func(__atel_context.Context, int) int
}

func double(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.double")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return 2 * n
}
func square(n int) int { return n * n }

// current is a function stored in a package variable.
var current = square

// adder returns a function literal that captures k.
func adder(__atel_tracing_ctx __atel_context.Context, k int) func(int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.adder")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return func(n int) int {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.adder$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		return n + k
	}
}

// rot shifts letters; its method is passed to strings.Map as a method value.
type rot struct{ n rune }

func (r rot) shift(__atel_tracing_ctx __atel_context.Context, c rune) rune {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.rot.shift")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
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

func (c *Counter) Inc() {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_context.Background(), "main.(*Counter).Inc")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	c.n++
}

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
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_context.Background(), "main.(*Wheel).Turn")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	w.pos = (w.pos + d) % 10
	return w.pos
}

func main() {
	__atel_ts := rtlib.NewTracingState()
	defer rtlib.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	rtlib.AutotelEntryPoint()

	p := Point{-1, 2}
	f := func(__atel_r *Point) func(int) {
		return func(__atel_p0 int) { __atel_r.Move(__atel_child_tracing_ctx, __atel_p0) }
	}(&p) // method value bound to &p
	f(1)
	fmt.Println("after f(1):", p)

	dist := func(__atel_r Point) func() int { return func() int { return __atel_r.Dist(__atel_child_tracing_ctx) } }(p) // method value bound to a copy of p
	p.Move(__atel_child_tracing_ctx, 10)
	fmt.Println("bound copy dist:", dist(), "live dist:", p.Dist(__atel_child_tracing_ctx))

	fmt.Println("Point.Dist(p):", func(__atel_p0 Point) int { return __atel_p0.Dist(__atel_child_tracing_ctx) }(p))
	func(__atel_p0 *Point, __atel_p1 int) { __atel_p0.Move(__atel_child_tracing_ctx, __atel_p1) }(&p, 2)
	fmt.Println("after (*Point).Move(&p, 2):", p)

	op := Op{name: "double", fn: double}
	fmt.Printf("%s(5) = %d\n", op.name, op.fn(__atel_child_tracing_ctx, 5))

	fmt.Println("current(4) =", current(4))
	current = func(__atel_p0 int) int { return double(__atel_child_tracing_ctx, __atel_p0) }
	fmt.Println("current(4) =", current(4))

	add3 := adder(__atel_child_tracing_ctx, 3)
	fmt.Println("add3(4) =", add3(4))

	// A pointer receiver is bound when the value is made: moving q later does not change what g moves.
	q := &p
	g := func(__atel_r *Point) func(int) {
		return func(__atel_p0 int) { __atel_r.Move(__atel_child_tracing_ctx, __atel_p0) }
	}(q)
	q = &Point{100, 100}
	g(1)
	fmt.Println("g moved p:", p, "q:", *q)

	// A value method taken through a pointer copies the value at once.
	pp := &Point{3, 4}
	d2 := func(__atel_r Point) func() int { return func() int { return __atel_r.Dist(__atel_child_tracing_ctx) } }(*pp)
	pp.X = 100
	fmt.Println("copied dist:", d2(), "live:", pp.Dist(__atel_child_tracing_ctx))

	// Method values of a field and a slice element bind their address.
	sc := Scene{origin: Point{1, 1}, pts: []Point{{2, 2}, {3, 3}}}
	mo := func(__atel_r *Point) func(int) {
		return func(__atel_p0 int) { __atel_r.Move(__atel_child_tracing_ctx, __atel_p0) }
	}(&sc.origin)
	mp := func(__atel_r *Point) func(int) {
		return func(__atel_p0 int) { __atel_r.Move(__atel_child_tracing_ctx, __atel_p0) }
	}(&sc.pts[1])
	mo(4)
	mp(5)
	fmt.Println("scene:", sc.origin, sc.pts)

	// A method value passed to the standard library.
	r := rot{n: 13}
	fmt.Println(strings.Map(func(__atel_r rot) func(rune) rune {
		return func(__atel_p0 rune) rune { return __atel_r.shift(__atel_child_tracing_ctx, __atel_p0) }
	}(r), "hello"), strings.Map(func(__atel_r rot) func(rune) rune {
		return func(__atel_p0 rune) rune { return __atel_r.shift(__atel_child_tracing_ctx, __atel_p0) }
	}(rot13), "uryyb"))

	// Promoted through embedded values: the outer value is bound (a pointer to it, or a copy).
	lb := Labeled{Point{1, 2}, "lb"}
	lmove := func(__atel_r *Labeled) func(int) {
		return func(__atel_p0 int) { __atel_r.Move(__atel_child_tracing_ctx, __atel_p0) }
	}(&lb)
	ldist := func(__atel_r Labeled) func() int {
		return func() int { return __atel_r.Dist(__atel_child_tracing_ctx) }
	}(lb)
	lmove(3)
	fmt.Println("labeled:", lb, ldist(), lb.Dist(__atel_child_tracing_ctx))

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

var __atel_tracer = __atel_otel.Tracer("example.com/method-values")

var __atel_code_Point_Move = __atel_rtlib.Code("example.com/method-values", "main.(*Point).Move", "Move", "example.com/method-values.(*Point)", "example.com/method-values/main.go", 12)

var __atel_code_Point_Dist = __atel_rtlib.Code("example.com/method-values", "main.Point.Dist", "Dist", "example.com/method-values.Point", "example.com/method-values/main.go", 18)

var __atel_code_abs = __atel_rtlib.Code("example.com/method-values", "main.abs", "abs", "example.com/method-values", "example.com/method-values/main.go", 20)

var __atel_code_double = __atel_rtlib.Code("example.com/method-values", "main.double", "double", "example.com/method-values", "example.com/method-values/main.go", 33)

var __atel_code_adder = __atel_rtlib.Code("example.com/method-values", "main.adder", "adder", "example.com/method-values", "example.com/method-values/main.go", 40)

var __atel_code_rot_shift = __atel_rtlib.Code("example.com/method-values", "main.rot.shift", "shift", "example.com/method-values.rot", "example.com/method-values/main.go", 47)

var __atel_code_Counter_Inc = __atel_rtlib.Code("example.com/method-values", "main.(*Counter).Inc", "Inc", "example.com/method-values.(*Counter)", "example.com/method-values/main.go", 63)

var __atel_code_Wheel_Turn = __atel_rtlib.Code("example.com/method-values", "main.(*Wheel).Turn", "Turn", "example.com/method-values.(*Wheel)", "example.com/method-values/main.go", 81)

var __atel_code_main = __atel_rtlib.Code("example.com/method-values", "main.main", "main", "example.com/method-values", "example.com/method-values/main.go", 86)

var __atel_code_adder_1 = __atel_rtlib.Code("example.com/method-values", "main.adder$1", "adder$1", "example.com/method-values", "example.com/method-values/main.go", 41)
