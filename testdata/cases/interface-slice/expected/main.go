package main

import (
	"fmt"

	rt "instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_attribute "go.opentelemetry.io/otel/attribute"
)

type Fooer interface {
	Foo(__atel_tracing_ctx __atel_context.Context, n int) int
}

// Doubler implements Fooer with a value receiver.
type Doubler struct{}

func (Doubler) Foo(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Doubler.Foo")
	__atel_span.SetAttributes(__atel_attrs_Doubler_Foo...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return 2 * n
}

// Adder implements Fooer with a pointer receiver and keeps state.
type Adder struct{ k int }

func (a *Adder) Foo(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*Adder).Foo")
	__atel_span.SetAttributes(__atel_attrs_Adder_Foo...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	a.k++
	return bump(__atel_child_tracing_ctx, n, a.k)
}

func bump(__atel_tracing_ctx __atel_context.Context, n, k int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.bump")
	__atel_span.SetAttributes(__atel_attrs_bump...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return n + k
}

func sumAll(__atel_tracing_ctx __atel_context.Context, fs []Fooer, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.sumAll")
	__atel_span.SetAttributes(__atel_attrs_sumAll...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	total := 0
	for _, f := range fs {
		total += f.Foo(__atel_child_tracing_ctx, n)
	}
	return total
}

func main() {
	__atel_ts := rt.NewTracingState()
	defer rt.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	__atel_span.SetAttributes(__atel_attrs_main...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	rt.AutotelEntryPoint()

	a := []Fooer{Doubler{}, &Adder{k: 10}}
	fmt.Println("a[0].Foo(4) =", a[0].Foo(__atel_child_tracing_ctx, 4))
	fmt.Println("a[1].Foo(4) =", a[1].Foo(__atel_child_tracing_ctx, 4))
	for i, f := range a {
		fmt.Printf("a[%d].Foo(%d) = %d\n", i, i+1, f.Foo(__atel_child_tracing_ctx, i+1))
	}
	fmt.Println("sumAll(a, 5) =", sumAll(__atel_child_tracing_ctx, a, 5))
}

var __atel_tracer = __atel_otel.Tracer("example.com/interface-slice")

var __atel_attrs_Doubler_Foo = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Foo"), __atel_attribute.String("code.namespace", "example.com/interface-slice.Doubler"), __atel_attribute.String("code.filepath", "example.com/interface-slice/main.go"), __atel_attribute.Int("code.lineno", 16)}

var __atel_attrs_Adder_Foo = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Foo"), __atel_attribute.String("code.namespace", "example.com/interface-slice.(*Adder)"), __atel_attribute.String("code.filepath", "example.com/interface-slice/main.go"), __atel_attribute.Int("code.lineno", 21)}

var __atel_attrs_bump = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "bump"), __atel_attribute.String("code.namespace", "example.com/interface-slice"), __atel_attribute.String("code.filepath", "example.com/interface-slice/main.go"), __atel_attribute.Int("code.lineno", 26)}

var __atel_attrs_sumAll = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "sumAll"), __atel_attribute.String("code.namespace", "example.com/interface-slice"), __atel_attribute.String("code.filepath", "example.com/interface-slice/main.go"), __atel_attribute.Int("code.lineno", 28)}

var __atel_attrs_main = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "main"), __atel_attribute.String("code.namespace", "example.com/interface-slice"), __atel_attribute.String("code.filepath", "example.com/interface-slice/main.go"), __atel_attribute.Int("code.lineno", 36)}
