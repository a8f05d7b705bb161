// Package impl implements shapes.Shape.
package impl

import "example.com/interface-cross-package/shapes"

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_attribute "go.opentelemetry.io/otel/attribute"
)

const pi = 3.0 // a round number keeps the output exact

type Square struct{ Side float64 }

func (s Square) Area(__atel_tracing_ctx __atel_context.Context) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "impl.Square.Area")
	__atel_span.SetAttributes(__atel_attrs_Square_Area...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return s.Side * s.Side
}
func (s Square) Perimeter(__atel_tracing_ctx __atel_context.Context) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "impl.Square.Perimeter")
	__atel_span.SetAttributes(__atel_attrs_Square_Perimeter...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return times(__atel_child_tracing_ctx, 4, s.Side)
}

type Circle struct{ R float64 }

func (c *Circle) Area(__atel_tracing_ctx __atel_context.Context) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "impl.(*Circle).Area")
	__atel_span.SetAttributes(__atel_attrs_Circle_Area...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return pi * c.R * c.R
}
func (c *Circle) Perimeter(__atel_tracing_ctx __atel_context.Context) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "impl.(*Circle).Perimeter")
	__atel_span.SetAttributes(__atel_attrs_Circle_Perimeter...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return times(__atel_child_tracing_ctx, 2*pi, c.R)
}

func times(__atel_tracing_ctx __atel_context.Context, k, v float64) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "impl.times")
	__atel_span.SetAttributes(__atel_attrs_times...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return k * v
}

// NewCircle returns a Circle as a shapes.Shape.
func NewCircle(__atel_tracing_ctx __atel_context.Context, r float64) shapes.Shape {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "impl.NewCircle")
	__atel_span.SetAttributes(__atel_attrs_NewCircle...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return &Circle{R: r}
}

var _ shapes.Shape = Square{}

var __atel_tracer = __atel_otel.Tracer("example.com/interface-cross-package/impl")

var __atel_attrs_Square_Area = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Area"), __atel_attribute.String("code.namespace", "example.com/interface-cross-package/impl.Square"), __atel_attribute.String("code.filepath", "example.com/interface-cross-package/impl/impl.go"), __atel_attribute.Int("code.lineno", 10)}

var __atel_attrs_Square_Perimeter = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Perimeter"), __atel_attribute.String("code.namespace", "example.com/interface-cross-package/impl.Square"), __atel_attribute.String("code.filepath", "example.com/interface-cross-package/impl/impl.go"), __atel_attribute.Int("code.lineno", 11)}

var __atel_attrs_Circle_Area = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Area"), __atel_attribute.String("code.namespace", "example.com/interface-cross-package/impl.(*Circle)"), __atel_attribute.String("code.filepath", "example.com/interface-cross-package/impl/impl.go"), __atel_attribute.Int("code.lineno", 15)}

var __atel_attrs_Circle_Perimeter = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Perimeter"), __atel_attribute.String("code.namespace", "example.com/interface-cross-package/impl.(*Circle)"), __atel_attribute.String("code.filepath", "example.com/interface-cross-package/impl/impl.go"), __atel_attribute.Int("code.lineno", 16)}

var __atel_attrs_times = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "times"), __atel_attribute.String("code.namespace", "example.com/interface-cross-package/impl"), __atel_attribute.String("code.filepath", "example.com/interface-cross-package/impl/impl.go"), __atel_attribute.Int("code.lineno", 18)}

var __atel_attrs_NewCircle = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "NewCircle"), __atel_attribute.String("code.namespace", "example.com/interface-cross-package/impl"), __atel_attribute.String("code.filepath", "example.com/interface-cross-package/impl/impl.go"), __atel_attribute.Int("code.lineno", 21)}
