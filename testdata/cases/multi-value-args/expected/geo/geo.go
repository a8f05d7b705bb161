// Package geo returns several values from one call.
package geo

import "math"

import (
	__atel_context "context"
	__atel_rtlib "instrgen.dev/rtlib"
)

// Polar converts a point to its radius and angle.
func Polar(__atel_tracing_ctx __atel_context.Context, x, y float64) (float64, float64) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "geo.Polar")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return math.Hypot(x, y), math.Atan2(y, x)
}

// Format prints a radius and an angle.
func Format(__atel_tracing_ctx __atel_context.Context, r, theta float64) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "geo.Format")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return trim(__atel_child_tracing_ctx, r) + "@" + trim(__atel_child_tracing_ctx, theta)
}

func trim(__atel_tracing_ctx __atel_context.Context, v float64) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "geo.trim")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return fmtFloat(__atel_child_tracing_ctx, math.Round(v*1000)/1000)
}

var __atel_code_Polar = __atel_rtlib.Code("example.com/multi-value-args/geo", "geo.Polar", "Polar", "example.com/multi-value-args/geo", "example.com/multi-value-args/geo/geo.go", 7)

var __atel_code_Format = __atel_rtlib.Code("example.com/multi-value-args/geo", "geo.Format", "Format", "example.com/multi-value-args/geo", "example.com/multi-value-args/geo/geo.go", 12)

var __atel_code_trim = __atel_rtlib.Code("example.com/multi-value-args/geo", "geo.trim", "trim", "example.com/multi-value-args/geo", "example.com/multi-value-args/geo/geo.go", 16)
