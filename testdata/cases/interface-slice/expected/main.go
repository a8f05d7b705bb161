package main

import (
	"fmt"

	rt "instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

type Fooer interface {
	Foo(__atel_tracing_ctx __atel_context.Context, n int) int
}

// Doubler implements Fooer with a value receiver.
type Doubler struct{}

func (Doubler) Foo(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Doubler.Foo")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return 2 * n
}

// Adder implements Fooer with a pointer receiver and keeps state.
type Adder struct{ k int }

func (a *Adder) Foo(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*Adder).Foo")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	a.k++
	return bump(__atel_child_tracing_ctx, n, a.k)
}

func bump(__atel_tracing_ctx __atel_context.Context, n, k int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.bump")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return n + k
}

func sumAll(__atel_tracing_ctx __atel_context.Context, fs []Fooer, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.sumAll")
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

var __atel_code_Doubler_Foo = __atel_rtlib.Code("example.com/interface-slice", "main.Doubler.Foo", "Foo", "example.com/interface-slice.Doubler", "example.com/interface-slice/main.go", 16)

var __atel_code_Adder_Foo = __atel_rtlib.Code("example.com/interface-slice", "main.(*Adder).Foo", "Foo", "example.com/interface-slice.(*Adder)", "example.com/interface-slice/main.go", 21)

var __atel_code_bump = __atel_rtlib.Code("example.com/interface-slice", "main.bump", "bump", "example.com/interface-slice", "example.com/interface-slice/main.go", 26)

var __atel_code_sumAll = __atel_rtlib.Code("example.com/interface-slice", "main.sumAll", "sumAll", "example.com/interface-slice", "example.com/interface-slice/main.go", 28)

var __atel_code_main = __atel_rtlib.Code("example.com/interface-slice", "main.main", "main", "example.com/interface-slice", "example.com/interface-slice/main.go", 36)
