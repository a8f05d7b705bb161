//go:build !linux && !windows

package main

import (
	__atel_context "context"
	__atel_attribute "go.opentelemetry.io/otel/attribute"
)

func platformName(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.platformName")
	__atel_span.SetAttributes(__atel_attrs_platformName...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return "OTHER"
}

var __atel_attrs_platformName = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "platformName"), __atel_attribute.String("code.namespace", "example.com/build-tags"), __atel_attribute.String("code.filepath", "example.com/build-tags/platform_other.go"), __atel_attribute.Int("code.lineno", 5)}
