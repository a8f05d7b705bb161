// Package shape declares the type the other packages name as shape.Point.
package shape

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

type Point struct{ X, Y int }

// Each calls fn on every point.
func Each(__atel_tracing_ctx __atel_context.Context, ps []Point, fn func(__atel_context.Context, *Point)) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "shape.Each")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	for i := range ps {
		fn(__atel_child_tracing_ctx, &ps[i])
	}
}

var __atel_tracer = __atel_otel.Tracer("example.com/adapterqual/shape")

var __atel_code_Each = __atel_rtlib.Code("example.com/adapterqual/shape", "shape.Each", "Each", "example.com/adapterqual/shape", "example.com/adapterqual/shape/shape.go", 7)
