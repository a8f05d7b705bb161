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
	__atel_attribute "go.opentelemetry.io/otel/attribute"
)

func report(__atel_tracing_ctx __atel_context.Context, s Shape) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.report")
	__atel_span.SetAttributes(__atel_attrs_report...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	fmt.Printf("%T area=%.1f perimeter=%.1f\n", s, s.Area(__atel_child_tracing_ctx), s.Perimeter(__atel_child_tracing_ctx))
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

	all := []Shape{Square{Side: 2}, NewCircle(__atel_child_tracing_ctx, 1)}
	for _, s := range all {
		report(__atel_child_tracing_ctx, s)
	}
	fmt.Printf("total area=%.1f\n", TotalArea(__atel_child_tracing_ctx, all))
}

var __atel_tracer = __atel_otel.Tracer("example.com/interface-cross-package")

var __atel_attrs_report = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "report"), __atel_attribute.String("code.namespace", "example.com/interface-cross-package"), __atel_attribute.String("code.filepath", "example.com/interface-cross-package/main.go"), __atel_attribute.Int("code.lineno", 11)}

var __atel_attrs_main = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "main"), __atel_attribute.String("code.namespace", "example.com/interface-cross-package"), __atel_attribute.String("code.filepath", "example.com/interface-cross-package/main.go"), __atel_attribute.Int("code.lineno", 15)}
