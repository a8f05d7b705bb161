// Package shape declares the type the other packages name as shape.Point.
package shape

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_attribute "go.opentelemetry.io/otel/attribute"
)

type Point struct{ X, Y int }

// Each calls fn on every point.
func Each(__atel_tracing_ctx __atel_context.Context, ps []Point, fn func(*Point)) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "shape.Each")
	__atel_span.SetAttributes(__atel_attrs_Each...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	for i := range ps {
		fn(&ps[i])
	}
}

var __atel_tracer = __atel_otel.Tracer("example.com/adapterqual/shape")

var __atel_attrs_Each = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Each"), __atel_attribute.String("code.namespace", "example.com/adapterqual/shape"), __atel_attribute.String("code.filepath", "example.com/adapterqual/shape/shape.go"), __atel_attribute.Int("code.lineno", 7)}
