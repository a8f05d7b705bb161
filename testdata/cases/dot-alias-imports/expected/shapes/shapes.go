// Package shapes provides a few geometric types.
package shapes

import "fmt"

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_attribute "go.opentelemetry.io/otel/attribute"
)

// Rect is an axis-aligned rectangle.
type Rect struct{ W, H float64 }

// Circle is a circle given by its radius.
type Circle struct{ R float64 }

// NewRect builds a rectangle.
func NewRect(__atel_tracing_ctx __atel_context.Context, w, h float64) Rect {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "shapes.NewRect")
	__atel_span.SetAttributes(__atel_attrs_NewRect...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return Rect{W: w, H: h}
}

// NewCircle builds a circle.
func NewCircle(__atel_tracing_ctx __atel_context.Context, r float64) *Circle {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "shapes.NewCircle")
	__atel_span.SetAttributes(__atel_attrs_NewCircle...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return &Circle{R: r}
}

// Area of the rectangle.
func (r Rect) Area(__atel_tracing_ctx __atel_context.Context) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "shapes.Rect.Area")
	__atel_span.SetAttributes(__atel_attrs_Rect_Area...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return r.W * r.H
}

// Area of the circle, with pi rounded to keep output short.
func (c *Circle) Area(__atel_tracing_ctx __atel_context.Context) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "shapes.(*Circle).Area")
	__atel_span.SetAttributes(__atel_attrs_Circle_Area...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return 3.14 * c.R * c.R
}

// Grow scales the circle in place.
func (c *Circle) Grow(__atel_tracing_ctx __atel_context.Context, f float64) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "shapes.(*Circle).Grow")
	__atel_span.SetAttributes(__atel_attrs_Circle_Grow...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	c.R = Scale(__atel_child_tracing_ctx, c.R, f)
}

// Scale multiplies v by f.
func Scale(__atel_tracing_ctx __atel_context.Context, v, f float64) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "shapes.Scale")
	__atel_span.SetAttributes(__atel_attrs_Scale...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return v * f
}

// Label describes an area.
func Label(__atel_tracing_ctx __atel_context.Context, name string, area float64) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "shapes.Label")
	__atel_span.SetAttributes(__atel_attrs_Label...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return fmt.Sprintf("%s area=%.2f", name, area)
}

var __atel_tracer = __atel_otel.Tracer("example.com/dot-alias-imports/shapes")

var __atel_attrs_NewRect = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "NewRect"), __atel_attribute.String("code.namespace", "example.com/dot-alias-imports/shapes"), __atel_attribute.String("code.filepath", "example.com/dot-alias-imports/shapes/shapes.go"), __atel_attribute.Int("code.lineno", 13)}

var __atel_attrs_NewCircle = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "NewCircle"), __atel_attribute.String("code.namespace", "example.com/dot-alias-imports/shapes"), __atel_attribute.String("code.filepath", "example.com/dot-alias-imports/shapes/shapes.go"), __atel_attribute.Int("code.lineno", 18)}

var __atel_attrs_Rect_Area = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Area"), __atel_attribute.String("code.namespace", "example.com/dot-alias-imports/shapes.Rect"), __atel_attribute.String("code.filepath", "example.com/dot-alias-imports/shapes/shapes.go"), __atel_attribute.Int("code.lineno", 23)}

var __atel_attrs_Circle_Area = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Area"), __atel_attribute.String("code.namespace", "example.com/dot-alias-imports/shapes.(*Circle)"), __atel_attribute.String("code.filepath", "example.com/dot-alias-imports/shapes/shapes.go"), __atel_attribute.Int("code.lineno", 28)}

var __atel_attrs_Circle_Grow = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Grow"), __atel_attribute.String("code.namespace", "example.com/dot-alias-imports/shapes.(*Circle)"), __atel_attribute.String("code.filepath", "example.com/dot-alias-imports/shapes/shapes.go"), __atel_attribute.Int("code.lineno", 33)}

var __atel_attrs_Scale = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Scale"), __atel_attribute.String("code.namespace", "example.com/dot-alias-imports/shapes"), __atel_attribute.String("code.filepath", "example.com/dot-alias-imports/shapes/shapes.go"), __atel_attribute.Int("code.lineno", 38)}

var __atel_attrs_Label = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Label"), __atel_attribute.String("code.namespace", "example.com/dot-alias-imports/shapes"), __atel_attribute.String("code.filepath", "example.com/dot-alias-imports/shapes/shapes.go"), __atel_attribute.Int("code.lineno", 43)}
