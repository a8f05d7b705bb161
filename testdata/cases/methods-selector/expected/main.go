package main

import (
	"fmt"
	"math"

	. "instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

type Point struct{ X, Y float64 }

// Dist is the distance from the origin.
func (p Point) Dist(__atel_tracing_ctx __atel_context.Context) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Point.Dist")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return math.Sqrt(sq(__atel_child_tracing_ctx, p.X) + sq(__atel_child_tracing_ctx, p.Y))
}

func sq(__atel_tracing_ctx __atel_context.Context, v float64) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.sq")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return v * v
}

type E struct{ base int }

func (e E) get(__atel_tracing_ctx __atel_context.Context, k int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.E.get")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return e.base*k + 1
}

type D struct {
	name string
	e    E
}

type W struct{ d D }

func main() {
	__atel_ts := NewTracingState()
	defer Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	AutotelEntryPoint()

	p := Point{3, 4}
	fmt.Printf("dist(%v) = %.1f\n", p, p.Dist(__atel_child_tracing_ctx))
	q := &Point{6, 8}
	fmt.Printf("dist(%v) = %.1f\n", *q, q.Dist(__atel_child_tracing_ctx))

	d := D{name: "d", e: E{base: 3}}
	fmt.Println("d.e.get(5) =", d.e.get(__atel_child_tracing_ctx, 5))

	dp := &D{name: "dp", e: E{base: 10}}
	fmt.Println("dp.e.get(2) =", dp.e.get(__atel_child_tracing_ctx, 2))

	w := W{d: D{e: E{base: 7}}}
	fmt.Println("w.d.e.get(3) =", w.d.e.get(__atel_child_tracing_ctx, 3))

	pts := []Point{{1, 0}, {0, 2}}
	fmt.Printf("pts[1].Dist() = %.1f\n", pts[1].Dist(__atel_child_tracing_ctx))
}

var __atel_tracer = __atel_otel.Tracer("example.com/methods-selector")

var __atel_code_Point_Dist = __atel_rtlib.Code("example.com/methods-selector", "main.Point.Dist", "Dist", "example.com/methods-selector.Point", "example.com/methods-selector/main.go", 13)

var __atel_code_sq = __atel_rtlib.Code("example.com/methods-selector", "main.sq", "sq", "example.com/methods-selector", "example.com/methods-selector/main.go", 17)

var __atel_code_E_get = __atel_rtlib.Code("example.com/methods-selector", "main.E.get", "get", "example.com/methods-selector.E", "example.com/methods-selector/main.go", 21)

var __atel_code_main = __atel_rtlib.Code("example.com/methods-selector", "main.main", "main", "example.com/methods-selector", "example.com/methods-selector/main.go", 30)
