// Package shapes declares the Shape interface and helpers that work on any Shape.
package shapes

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_attribute "go.opentelemetry.io/otel/attribute"
)

type Shape interface {
	Area(__atel_tracing_ctx __atel_context.Context) float64
	Perimeter(__atel_tracing_ctx __atel_context.Context) float64
}

// TotalArea sums the areas of all shapes.
func TotalArea(__atel_tracing_ctx __atel_context.Context, ss []Shape) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "shapes.TotalArea")
	__atel_span.SetAttributes(__atel_attrs_TotalArea...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	total := 0.0
	for _, s := range ss {
		total += s.Area(__atel_child_tracing_ctx)
	}
	return total
}

var __atel_tracer = __atel_otel.Tracer("example.com/interface-cross-package/shapes")

var __atel_attrs_TotalArea = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "TotalArea"), __atel_attribute.String("code.namespace", "example.com/interface-cross-package/shapes"), __atel_attribute.String("code.filepath", "example.com/interface-cross-package/shapes/shapes.go"), __atel_attribute.Int("code.lineno", 10)}
