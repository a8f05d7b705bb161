// Package shapes provides a few geometric types.
package shapes

import "fmt"

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// Rect is an axis-aligned rectangle.
type Rect struct{ W, H float64 }

// Circle is a circle given by its radius.
type Circle struct{ R float64 }

// NewRect builds a rectangle.
func NewRect(__atel_tracing_ctx __atel_context.Context, w, h float64) Rect {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "shapes.NewRect")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return Rect{W: w, H: h}
}

// NewCircle builds a circle.
func NewCircle(__atel_tracing_ctx __atel_context.Context, r float64) *Circle {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "shapes.NewCircle")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return &Circle{R: r}
}

// Area of the rectangle.
func (r Rect) Area(__atel_tracing_ctx __atel_context.Context) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "shapes.Rect.Area")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return r.W * r.H
}

// Area of the circle, with pi rounded to keep output short.
func (c *Circle) Area(__atel_tracing_ctx __atel_context.Context) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "shapes.(*Circle).Area")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return 3.14 * c.R * c.R
}

// Grow scales the circle in place.
func (c *Circle) Grow(__atel_tracing_ctx __atel_context.Context, f float64) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "shapes.(*Circle).Grow")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	c.R = Scale(__atel_child_tracing_ctx, c.R, f)
}

// Scale multiplies v by f.
func Scale(__atel_tracing_ctx __atel_context.Context, v, f float64) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "shapes.Scale")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return v * f
}

// Label describes an area.
func Label(__atel_tracing_ctx __atel_context.Context, name string, area float64) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "shapes.Label")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return fmt.Sprintf("%s area=%.2f", name, area)
}

var __atel_tracer = __atel_otel.Tracer("example.com/dot-alias-imports/shapes")

var __atel_code_NewRect = __atel_rtlib.Code("example.com/dot-alias-imports/shapes", "shapes.NewRect", "NewRect", "example.com/dot-alias-imports/shapes", "example.com/dot-alias-imports/shapes/shapes.go", 13)

var __atel_code_NewCircle = __atel_rtlib.Code("example.com/dot-alias-imports/shapes", "shapes.NewCircle", "NewCircle", "example.com/dot-alias-imports/shapes", "example.com/dot-alias-imports/shapes/shapes.go", 18)

var __atel_code_Rect_Area = __atel_rtlib.Code("example.com/dot-alias-imports/shapes", "shapes.Rect.Area", "Area", "example.com/dot-alias-imports/shapes.Rect", "example.com/dot-alias-imports/shapes/shapes.go", 23)

var __atel_code_Circle_Area = __atel_rtlib.Code("example.com/dot-alias-imports/shapes", "shapes.(*Circle).Area", "Area", "example.com/dot-alias-imports/shapes.(*Circle)", "example.com/dot-alias-imports/shapes/shapes.go", 28)

var __atel_code_Circle_Grow = __atel_rtlib.Code("example.com/dot-alias-imports/shapes", "shapes.(*Circle).Grow", "Grow", "example.com/dot-alias-imports/shapes.(*Circle)", "example.com/dot-alias-imports/shapes/shapes.go", 33)

var __atel_code_Scale = __atel_rtlib.Code("example.com/dot-alias-imports/shapes", "shapes.Scale", "Scale", "example.com/dot-alias-imports/shapes", "example.com/dot-alias-imports/shapes/shapes.go", 38)

var __atel_code_Label = __atel_rtlib.Code("example.com/dot-alias-imports/shapes", "shapes.Label", "Label", "example.com/dot-alias-imports/shapes", "example.com/dot-alias-imports/shapes/shapes.go", 43)
