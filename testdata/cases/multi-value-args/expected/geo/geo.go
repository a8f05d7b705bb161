// Package geo returns several values from one call.
package geo

import "math"

import (
	__atel_context "context"
	__atel_attribute "go.opentelemetry.io/otel/attribute"
)

// Polar converts a point to its radius and angle.
func Polar(__atel_tracing_ctx __atel_context.Context, x, y float64) (float64, float64) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "geo.Polar")
	__atel_span.SetAttributes(__atel_attrs_Polar...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return math.Hypot(x, y), math.Atan2(y, x)
}

// Format prints a radius and an angle.
func Format(__atel_tracing_ctx __atel_context.Context, r, theta float64) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "geo.Format")
	__atel_span.SetAttributes(__atel_attrs_Format...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return trim(__atel_child_tracing_ctx, r) + "@" + trim(__atel_child_tracing_ctx, theta)
}

func trim(__atel_tracing_ctx __atel_context.Context, v float64) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "geo.trim")
	__atel_span.SetAttributes(__atel_attrs_trim...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return fmtFloat(__atel_child_tracing_ctx, math.Round(v*1000)/1000)
}

var __atel_attrs_Polar = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Polar"), __atel_attribute.String("code.namespace", "example.com/multi-value-args/geo"), __atel_attribute.String("code.filepath", "example.com/multi-value-args/geo/geo.go"), __atel_attribute.Int("code.lineno", 7)}

var __atel_attrs_Format = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Format"), __atel_attribute.String("code.namespace", "example.com/multi-value-args/geo"), __atel_attribute.String("code.filepath", "example.com/multi-value-args/geo/geo.go"), __atel_attribute.Int("code.lineno", 12)}

var __atel_attrs_trim = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "trim"), __atel_attribute.String("code.namespace", "example.com/multi-value-args/geo"), __atel_attribute.String("code.filepath", "example.com/multi-value-args/geo/geo.go"), __atel_attribute.Int("code.lineno", 16)}
