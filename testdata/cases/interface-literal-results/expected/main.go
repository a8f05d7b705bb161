package main

import (
	"fmt"

	"example.com/interface-literal-results/seq"
	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

func main() {
	__atel_ts := rtlib.NewTracingState()
	defer rtlib.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	rtlib.AutotelEntryPoint()
	it := seq.Range(__atel_child_tracing_ctx, 3)
	for v, ok := it.Next(__atel_child_tracing_ctx); ok; v, ok = it.Next(__atel_child_tracing_ctx) {
		fmt.Println(v)
	}
	fmt.Println(seq.Describe(__atel_child_tracing_ctx, seq.Words(__atel_child_tracing_ctx, "a", "b")))
	fmt.Println(seq.Describe(__atel_child_tracing_ctx, 42))
}

var __atel_tracer = __atel_otel.Tracer("example.com/interface-literal-results")

var __atel_code_main = __atel_rtlib.Code("example.com/interface-literal-results", "main.main", "main", "example.com/interface-literal-results", "example.com/interface-literal-results/main.go", 10)
