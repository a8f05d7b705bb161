//go:build !linux && !windows

package main

import (
	__atel_context "context"
	__atel_semconv "go.opentelemetry.io/otel/semconv/v1.7.0"
	__atel_trace "go.opentelemetry.io/otel/trace"
)

func platformName(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.platformName", __atel_attrs_platformName)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return "OTHER"
}

var __atel_attrs_platformName = __atel_trace.WithAttributes(__atel_semconv.CodeFunctionKey.String("platformName"), __atel_semconv.CodeNamespaceKey.String("example.com/build-tags"), __atel_semconv.CodeFilepathKey.String("example.com/build-tags/platform_other.go"), __atel_semconv.CodeLineNumberKey.Int(5))
