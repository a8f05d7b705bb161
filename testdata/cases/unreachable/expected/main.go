package main

import (
	"fmt"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

type Counter struct{ n int }

func (c *Counter) Inc(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*Counter).Inc")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	c.n++
	return c.n
}

// Reset is a method of a type main uses, but nothing reachable calls it.
func (c *Counter) Reset() { c.n = 0 }

func used(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.used")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return shared(__atel_child_tracing_ctx, n) + 1
}

// shared is called from both reachable and unreachable code, so it gets a span.
func shared(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.shared")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return n * n
}

// unused is never called from main or anything main reaches.
func unused() int {
	f := func() int { return deadHelper(3) }
	return f() + shared(__atel_context.TODO(), 2)
}

// deadHelper is only called from unreachable code.
func deadHelper(n int) int {
	var c Counter
	c.Reset()
	return n + c.Inc(__atel_context.TODO())
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

	c := &Counter{}
	for i := 1; i <= 3; i++ {
		fmt.Printf("used(%d) = %d, count = %d\n", i, used(__atel_child_tracing_ctx, i), c.Inc(__atel_child_tracing_ctx))
	}
}

var __atel_tracer = __atel_otel.Tracer("example.com/unreachable")

var __atel_code_Counter_Inc = __atel_rtlib.Code("example.com/unreachable", "main.(*Counter).Inc", "Inc", "example.com/unreachable.(*Counter)", "example.com/unreachable/main.go", 11)

var __atel_code_used = __atel_rtlib.Code("example.com/unreachable", "main.used", "used", "example.com/unreachable", "example.com/unreachable/main.go", 19)

var __atel_code_shared = __atel_rtlib.Code("example.com/unreachable", "main.shared", "shared", "example.com/unreachable", "example.com/unreachable/main.go", 22)

var __atel_code_main = __atel_rtlib.Code("example.com/unreachable", "main.main", "main", "example.com/unreachable", "example.com/unreachable/main.go", 37)
