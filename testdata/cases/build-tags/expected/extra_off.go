//go:build !extra

package main

import (
	__atel_context "context"
	__atel_semconv "go.opentelemetry.io/otel/semconv/v1.7.0"
	__atel_trace "go.opentelemetry.io/otel/trace"
)

func extraFeature(__atel_tracing_ctx __atel_context.Context, n int) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.extraFeature", __atel_attrs_extraFeature)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return "disabled" + suffix(__atel_child_tracing_ctx, n)
}

func suffix(__atel_tracing_ctx __atel_context.Context, n int) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.suffix", __atel_attrs_suffix)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if n > 1 {
		return "!"
	}
	return ""
}

var __atel_attrs_extraFeature = __atel_trace.WithAttributes(__atel_semconv.CodeFunctionKey.String("extraFeature"), __atel_semconv.CodeNamespaceKey.String("example.com/build-tags"), __atel_semconv.CodeFilepathKey.String("example.com/build-tags/extra_off.go"), __atel_semconv.CodeLineNumberKey.Int(5))

var __atel_attrs_suffix = __atel_trace.WithAttributes(__atel_semconv.CodeFunctionKey.String("suffix"), __atel_semconv.CodeNamespaceKey.String("example.com/build-tags"), __atel_semconv.CodeFilepathKey.String("example.com/build-tags/extra_off.go"), __atel_semconv.CodeLineNumberKey.Int(9))
