package main

import (
	"fmt"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
)

type Point struct{ X, Y int }

func (p *Point) Move(d int) {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/method-values").Start(__atel_context.Background(), "main.(*Point).Move")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	p.X += d
	p.Y += d
}

// Dist is the Manhattan distance from the origin.
func (p Point) Dist() int {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/method-values").Start(__atel_context.Background(), "main.Point.Dist")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return abs(__atel_child_tracing_ctx, p.X) + abs(__atel_child_tracing_ctx, p.Y)
}

func abs(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/method-values").Start(__atel_tracing_ctx, "main.abs")
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
	fn   func(int) int
}

func double(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/method-values").Start(__atel_tracing_ctx, "main.double")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return 2 * n
}
func square(n int) int { return n * n }

// current is a function stored in a package variable.
var current = square

// adder returns a function literal that captures k.
func adder(__atel_tracing_ctx __atel_context.Context, k int) func(int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/method-values").Start(__atel_tracing_ctx, "main.adder")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return func(n int) int {
		__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/method-values").Start(__atel_child_tracing_ctx, "main.adder$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		return n + k
	}
}

func main() {
	__atel_ts := rtlib.NewTracingState()
	defer rtlib.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/method-values").Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
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

	op := Op{name: "double", fn: func(__atel_p0 int) int { return double(__atel_child_tracing_ctx, __atel_p0) }}
	fmt.Printf("%s(5) = %d\n", op.name, op.fn(5))

	fmt.Println("current(4) =", current(4))
	current = func(__atel_p0 int) int { return double(__atel_child_tracing_ctx, __atel_p0) }
	fmt.Println("current(4) =", current(4))

	add3 := adder(__atel_child_tracing_ctx, 3)
	fmt.Println("add3(4) =", add3(4))
}
