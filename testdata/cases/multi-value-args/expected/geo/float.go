package geo

import "strconv"

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

func fmtFloat(__atel_tracing_ctx __atel_context.Context, v float64) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "geo.fmtFloat")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return strconv.FormatFloat(v, 'f', -1, 64)
}

var __atel_tracer = __atel_otel.Tracer("example.com/multi-value-args/geo")

var __atel_code_fmtFloat = __atel_rtlib.Code("example.com/multi-value-args/geo", "geo.fmtFloat", "fmtFloat", "example.com/multi-value-args/geo", "example.com/multi-value-args/geo/float.go", 5)
