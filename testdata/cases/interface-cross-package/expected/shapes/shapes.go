// Package shapes declares the Shape interface and helpers that work on any Shape.
package shapes

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

type Shape interface {
	Area(__atel_tracing_ctx __atel_context.Context) float64
	Perimeter(__atel_tracing_ctx __atel_context.Context) float64
}

// TotalArea sums the areas of all shapes.
func TotalArea(__atel_tracing_ctx __atel_context.Context, ss []Shape) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "shapes.TotalArea")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	total := 0.0
	for _, s := range ss {
		total += s.Area(__atel_child_tracing_ctx)
	}
	return total
}

var __atel_tracer = __atel_otel.Tracer("example.com/interface-cross-package/shapes")

var __atel_code_TotalArea = __atel_rtlib.Code("example.com/interface-cross-package/shapes", "shapes.TotalArea", "TotalArea", "example.com/interface-cross-package/shapes", "example.com/interface-cross-package/shapes/shapes.go", 10)
