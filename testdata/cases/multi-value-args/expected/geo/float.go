package geo

import "strconv"

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_attribute "go.opentelemetry.io/otel/attribute"
)

func fmtFloat(__atel_tracing_ctx __atel_context.Context, v float64) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "geo.fmtFloat")
	__atel_span.SetAttributes(__atel_attrs_fmtFloat...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return strconv.FormatFloat(v, 'f', -1, 64)
}

var __atel_tracer = __atel_otel.Tracer("example.com/multi-value-args/geo")

var __atel_attrs_fmtFloat = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "fmtFloat"), __atel_attribute.String("code.namespace", "example.com/multi-value-args/geo"), __atel_attribute.String("code.filepath", "example.com/multi-value-args/geo/float.go"), __atel_attribute.Int("code.lineno", 5)}
