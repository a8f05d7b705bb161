// Package geo has a shape of its own, which main's shape interface may hold.
package geo

import "fmt"

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// Triangle is a right triangle.
type Triangle struct{ A, B float64 }

func (t Triangle) String() string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "geo.Triangle.String")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return fmt.Sprintf("triangle %gx%g", t.A, t.B)
}

// Area is half the product of the legs.
func (t Triangle) Area(__atel_tracing_ctx __atel_context.Context) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "geo.Triangle.Area")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return t.A * t.B / 2
}

var __atel_tracer = __atel_otel.Tracer("example.com/twin-interface-dispatch/geo")

var __atel_code_Triangle_String = __atel_rtlib.Code("example.com/twin-interface-dispatch/geo", "geo.Triangle.String", "String", "example.com/twin-interface-dispatch/geo.Triangle", "example.com/twin-interface-dispatch/geo/geo.go", 9)

var __atel_code_Triangle_Area = __atel_rtlib.Code("example.com/twin-interface-dispatch/geo", "geo.Triangle.Area", "Area", "example.com/twin-interface-dispatch/geo.Triangle", "example.com/twin-interface-dispatch/geo/geo.go", 12)
