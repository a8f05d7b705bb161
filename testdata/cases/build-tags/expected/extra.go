//go:build extra

package main

import "fmt"

import (
	__atel_context "context"
	__atel_attribute "go.opentelemetry.io/otel/attribute"
)

func extraFeature(__atel_tracing_ctx __atel_context.Context, n int) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.extraFeature")
	__atel_span.SetAttributes(__atel_attrs_extraFeature...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return fmt.Sprintf("enabled x%d", n)
}

var __atel_attrs_extraFeature = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "extraFeature"), __atel_attribute.String("code.namespace", "example.com/build-tags"), __atel_attribute.String("code.filepath", "example.com/build-tags/extra.go"), __atel_attribute.Int("code.lineno", 7)}
