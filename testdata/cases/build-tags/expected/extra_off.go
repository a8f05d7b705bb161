//go:build !extra

package main

import (
	__atel_context "context"
	__atel_attribute "go.opentelemetry.io/otel/attribute"
)

func extraFeature(__atel_tracing_ctx __atel_context.Context, n int) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.extraFeature")
	__atel_span.SetAttributes(__atel_attrs_extraFeature...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return "disabled" + suffix(__atel_child_tracing_ctx, n)
}

func suffix(__atel_tracing_ctx __atel_context.Context, n int) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.suffix")
	__atel_span.SetAttributes(__atel_attrs_suffix...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if n > 1 {
		return "!"
	}
	return ""
}

var __atel_attrs_extraFeature = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "extraFeature"), __atel_attribute.String("code.namespace", "example.com/build-tags"), __atel_attribute.String("code.filepath", "example.com/build-tags/extra_off.go"), __atel_attribute.Int("code.lineno", 5)}

var __atel_attrs_suffix = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "suffix"), __atel_attribute.String("code.namespace", "example.com/build-tags"), __atel_attribute.String("code.filepath", "example.com/build-tags/extra_off.go"), __atel_attribute.Int("code.lineno", 9)}
