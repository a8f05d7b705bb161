package main

import (
	"fmt"

	"example.com/two-entry-points/lib"
	tel "instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_semconv "go.opentelemetry.io/otel/semconv/v1.7.0"
	__atel_trace "go.opentelemetry.io/otel/trace"
)

func squares(__atel_tracing_ctx __atel_context.Context, n int) []int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.squares", __atel_attrs_squares)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	out := make([]int, n)
	for i := range out {
		out[i] = (i + 1) * (i + 1)
	}
	return out
}

func main() {
	__atel_ts := tel.NewTracingState()
	defer tel.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main", __atel_attrs_main)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	tel.AutotelEntryPoint()

	fmt.Println(lib.Greet(__atel_child_tracing_ctx, "two"))
	fmt.Println("sum of squares:", lib.Sum(__atel_child_tracing_ctx, squares(__atel_child_tracing_ctx, 4)))
}

var __atel_tracer = __atel_otel.Tracer("example.com/two-entry-points/cmd/two")

var __atel_attrs_squares = __atel_trace.WithAttributes(__atel_semconv.CodeFunctionKey.String("squares"), __atel_semconv.CodeNamespaceKey.String("example.com/two-entry-points/cmd/two"), __atel_semconv.CodeFilepathKey.String("example.com/two-entry-points/cmd/two/main.go"), __atel_semconv.CodeLineNumberKey.Int(10))

var __atel_attrs_main = __atel_trace.WithAttributes(__atel_semconv.CodeFunctionKey.String("main"), __atel_semconv.CodeNamespaceKey.String("example.com/two-entry-points/cmd/two"), __atel_semconv.CodeFilepathKey.String("example.com/two-entry-points/cmd/two/main.go"), __atel_semconv.CodeLineNumberKey.Int(18))
