// Package impl implements shapes.Shape.
package impl

import "example.com/interface-cross-package/shapes"

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

const pi = 3.0 // a round number keeps the output exact

type Square struct{ Side float64 }

func (s Square) Area(__atel_tracing_ctx __atel_context.Context) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "impl.Square.Area")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return s.Side * s.Side
}
func (s Square) Perimeter(__atel_tracing_ctx __atel_context.Context) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "impl.Square.Perimeter")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return times(__atel_child_tracing_ctx, 4, s.Side)
}

type Circle struct{ R float64 }

func (c *Circle) Area(__atel_tracing_ctx __atel_context.Context) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "impl.(*Circle).Area")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return pi * c.R * c.R
}
func (c *Circle) Perimeter(__atel_tracing_ctx __atel_context.Context) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "impl.(*Circle).Perimeter")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return times(__atel_child_tracing_ctx, 2*pi, c.R)
}

func times(__atel_tracing_ctx __atel_context.Context, k, v float64) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "impl.times")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return k * v
}

// NewCircle returns a Circle as a shapes.Shape.
func NewCircle(__atel_tracing_ctx __atel_context.Context, r float64) shapes.Shape {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "impl.NewCircle")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return &Circle{R: r}
}

var _ shapes.Shape = Square{}

var __atel_tracer = __atel_otel.Tracer("example.com/interface-cross-package/impl")

var __atel_code_Square_Area = __atel_rtlib.Code("example.com/interface-cross-package/impl", "impl.Square.Area", "Area", "example.com/interface-cross-package/impl.Square", "example.com/interface-cross-package/impl/impl.go", 10)

var __atel_code_Square_Perimeter = __atel_rtlib.Code("example.com/interface-cross-package/impl", "impl.Square.Perimeter", "Perimeter", "example.com/interface-cross-package/impl.Square", "example.com/interface-cross-package/impl/impl.go", 11)

var __atel_code_Circle_Area = __atel_rtlib.Code("example.com/interface-cross-package/impl", "impl.(*Circle).Area", "Area", "example.com/interface-cross-package/impl.(*Circle)", "example.com/interface-cross-package/impl/impl.go", 15)

var __atel_code_Circle_Perimeter = __atel_rtlib.Code("example.com/interface-cross-package/impl", "impl.(*Circle).Perimeter", "Perimeter", "example.com/interface-cross-package/impl.(*Circle)", "example.com/interface-cross-package/impl/impl.go", 16)

var __atel_code_times = __atel_rtlib.Code("example.com/interface-cross-package/impl", "impl.times", "times", "example.com/interface-cross-package/impl", "example.com/interface-cross-package/impl/impl.go", 18)

var __atel_code_NewCircle = __atel_rtlib.Code("example.com/interface-cross-package/impl", "impl.NewCircle", "NewCircle", "example.com/interface-cross-package/impl", "example.com/interface-cross-package/impl/impl.go", 21)
