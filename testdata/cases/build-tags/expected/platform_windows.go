//go:build windows

package main

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
)

func platformName(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/build-tags").Start(__atel_tracing_ctx, "main.platformName")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return "WINDOWS" + driveHint(__atel_child_tracing_ctx)
}

func driveHint(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/build-tags").Start(__atel_tracing_ctx, "main.driveHint")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return ` (C:\)`
}
