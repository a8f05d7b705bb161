//go:build extra

package main

import "fmt"

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
)

func extraFeature(__atel_tracing_ctx __atel_context.Context, n int) string {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/build-tags").Start(__atel_tracing_ctx, "main.extraFeature")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return fmt.Sprintf("enabled x%d", n)
}
