package main

import (
	"fmt"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_attribute "go.opentelemetry.io/otel/attribute"
)

type Counter struct{ n int }

func (c *Counter) Inc(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*Counter).Inc")
	__atel_span.SetAttributes(__atel_attrs_Counter_Inc...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	c.n++
	return c.n
}

// Reset is a method of a type main uses, but nothing reachable calls it.
func (c *Counter) Reset() { c.n = 0 }

func used(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.used")
	__atel_span.SetAttributes(__atel_attrs_used...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return shared(__atel_child_tracing_ctx, n) + 1
}

// shared is called from both reachable and unreachable code, so it gets a span.
func shared(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.shared")
	__atel_span.SetAttributes(__atel_attrs_shared...)
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
	__atel_span.SetAttributes(__atel_attrs_main...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	rtlib.AutotelEntryPoint()

	c := &Counter{}
	for i := 1; i <= 3; i++ {
		fmt.Printf("used(%d) = %d, count = %d\n", i, used(__atel_child_tracing_ctx, i), c.Inc(__atel_child_tracing_ctx))
	}
}

var __atel_tracer = __atel_otel.Tracer("example.com/unreachable")

var __atel_attrs_Counter_Inc = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Inc"), __atel_attribute.String("code.namespace", "example.com/unreachable.(*Counter)"), __atel_attribute.String("code.filepath", "example.com/unreachable/main.go"), __atel_attribute.Int("code.lineno", 11)}

var __atel_attrs_used = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "used"), __atel_attribute.String("code.namespace", "example.com/unreachable"), __atel_attribute.String("code.filepath", "example.com/unreachable/main.go"), __atel_attribute.Int("code.lineno", 19)}

var __atel_attrs_shared = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "shared"), __atel_attribute.String("code.namespace", "example.com/unreachable"), __atel_attribute.String("code.filepath", "example.com/unreachable/main.go"), __atel_attribute.Int("code.lineno", 22)}

var __atel_attrs_main = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "main"), __atel_attribute.String("code.namespace", "example.com/unreachable"), __atel_attribute.String("code.filepath", "example.com/unreachable/main.go"), __atel_attribute.Int("code.lineno", 37)}
