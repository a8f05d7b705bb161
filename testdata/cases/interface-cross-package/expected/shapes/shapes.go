// Package shapes declares the Shape interface and helpers that work on any Shape.
package shapes

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_semconv "go.opentelemetry.io/otel/semconv/v1.7.0"
	__atel_trace "go.opentelemetry.io/otel/trace"
)

type Shape interface {
	Area(__atel_tracing_ctx __atel_context.Context) float64
	Perimeter(__atel_tracing_ctx __atel_context.Context) float64
}

// TotalArea sums the areas of all shapes.
func TotalArea(__atel_tracing_ctx __atel_context.Context, ss []Shape) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "shapes.TotalArea", __atel_attrs_TotalArea)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	total := 0.0
	for _, s := range ss {
		total += s.Area(__atel_child_tracing_ctx)
	}
	return total
}

var __atel_tracer = __atel_otel.Tracer("example.com/interface-cross-package/shapes")

var __atel_attrs_TotalArea = __atel_trace.WithAttributes(__atel_semconv.CodeFunctionKey.String("TotalArea"), __atel_semconv.CodeNamespaceKey.String("example.com/interface-cross-package/shapes"), __atel_semconv.CodeFilepathKey.String("example.com/interface-cross-package/shapes/shapes.go"), __atel_semconv.CodeLineNumberKey.Int(10))
