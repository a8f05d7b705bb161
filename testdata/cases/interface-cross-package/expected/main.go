package main

import (
	"fmt"

	. "example.com/interface-cross-package/impl"
	. "example.com/interface-cross-package/shapes"
	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_semconv "go.opentelemetry.io/otel/semconv/v1.7.0"
	__atel_trace "go.opentelemetry.io/otel/trace"
)

func report(__atel_tracing_ctx __atel_context.Context, s Shape) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.report", __atel_attrs_report)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	fmt.Printf("%T area=%.1f perimeter=%.1f\n", s, s.Area(__atel_child_tracing_ctx), s.Perimeter(__atel_child_tracing_ctx))
}

func main() {
	__atel_ts := rtlib.NewTracingState()
	defer rtlib.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main", __atel_attrs_main)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	rtlib.AutotelEntryPoint()

	all := []Shape{Square{Side: 2}, NewCircle(__atel_child_tracing_ctx, 1)}
	for _, s := range all {
		report(__atel_child_tracing_ctx, s)
	}
	fmt.Printf("total area=%.1f\n", TotalArea(__atel_child_tracing_ctx, all))
}

var __atel_tracer = __atel_otel.Tracer("example.com/interface-cross-package")

var __atel_attrs_report = __atel_trace.WithAttributes(__atel_semconv.CodeFunctionKey.String("report"), __atel_semconv.CodeNamespaceKey.String("example.com/interface-cross-package"), __atel_semconv.CodeFilepathKey.String("example.com/interface-cross-package/main.go"), __atel_semconv.CodeLineNumberKey.Int(11))

var __atel_attrs_main = __atel_trace.WithAttributes(__atel_semconv.CodeFunctionKey.String("main"), __atel_semconv.CodeNamespaceKey.String("example.com/interface-cross-package"), __atel_semconv.CodeFilepathKey.String("example.com/interface-cross-package/main.go"), __atel_semconv.CodeLineNumberKey.Int(15))
