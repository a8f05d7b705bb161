//go:build windows

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
	return "WINDOWS" + driveHint(__atel_child_tracing_ctx)
}

func driveHint(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.driveHint", __atel_attrs_driveHint)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return ` (C:\)`
}

var __atel_attrs_platformName = __atel_trace.WithAttributes(__atel_semconv.CodeFunctionKey.String("platformName"), __atel_semconv.CodeNamespaceKey.String("example.com/build-tags"), __atel_semconv.CodeFilepathKey.String("example.com/build-tags/platform_windows.go"), __atel_semconv.CodeLineNumberKey.Int(5))

var __atel_attrs_driveHint = __atel_trace.WithAttributes(__atel_semconv.CodeFunctionKey.String("driveHint"), __atel_semconv.CodeNamespaceKey.String("example.com/build-tags"), __atel_semconv.CodeFilepathKey.String("example.com/build-tags/platform_windows.go"), __atel_semconv.CodeLineNumberKey.Int(9))
