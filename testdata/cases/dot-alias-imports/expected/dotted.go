package main

import (
	. "example.com/dot-alias-imports/shapes"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// circleReport uses the shapes package through a dot import.
func circleReport(__atel_tracing_ctx __atel_context.Context, r float64) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.circleReport")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	c := NewCircle(__atel_child_tracing_ctx, r)
	before := Label(__atel_child_tracing_ctx, "circle", c.Area(__atel_child_tracing_ctx))
	c.Grow(__atel_child_tracing_ctx, 2)
	return before + " -> " + Label(__atel_child_tracing_ctx, "grown", c.Area(__atel_child_tracing_ctx))
}

var __atel_tracer = __atel_otel.Tracer("example.com/dot-alias-imports")

var __atel_code_circleReport = __atel_rtlib.Code("example.com/dot-alias-imports", "main.circleReport", "circleReport", "example.com/dot-alias-imports", "example.com/dot-alias-imports/dotted.go", 8)
