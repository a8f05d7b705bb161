//go:build !extra

package main

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
)

func extraFeature(__atel_tracing_ctx __atel_context.Context, n int) string {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/build-tags").Start(__atel_tracing_ctx, "main.extraFeature")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return "disabled" + suffix(__atel_child_tracing_ctx, n)
}

func suffix(__atel_tracing_ctx __atel_context.Context, n int) string {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/build-tags").Start(__atel_tracing_ctx, "main.suffix")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if n > 1 {
		return "!"
	}
	return ""
}
