// Package impl implements shapes.Shape.
package impl

import "example.com/interface-cross-package/shapes"

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
)

const pi = 3.0 // a round number keeps the output exact

type Square struct{ Side float64 }

func (s Square) Area(__atel_tracing_ctx __atel_context.Context) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/interface-cross-package/impl").Start(__atel_tracing_ctx, "impl.Square.Area")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return s.Side * s.Side
}
func (s Square) Perimeter(__atel_tracing_ctx __atel_context.Context) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/interface-cross-package/impl").Start(__atel_tracing_ctx, "impl.Square.Perimeter")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return times(__atel_child_tracing_ctx, 4, s.Side)
}

type Circle struct{ R float64 }

func (c *Circle) Area(__atel_tracing_ctx __atel_context.Context) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/interface-cross-package/impl").Start(__atel_tracing_ctx, "impl.(*Circle).Area")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return pi * c.R * c.R
}
func (c *Circle) Perimeter(__atel_tracing_ctx __atel_context.Context) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/interface-cross-package/impl").Start(__atel_tracing_ctx, "impl.(*Circle).Perimeter")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return times(__atel_child_tracing_ctx, 2*pi, c.R)
}

func times(__atel_tracing_ctx __atel_context.Context, k, v float64) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/interface-cross-package/impl").Start(__atel_tracing_ctx, "impl.times")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return k * v
}

// NewCircle returns a Circle as a shapes.Shape.
func NewCircle(__atel_tracing_ctx __atel_context.Context, r float64) shapes.Shape {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/interface-cross-package/impl").Start(__atel_tracing_ctx, "impl.NewCircle")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return &Circle{R: r}
}

var _ shapes.Shape = Square{}
