//go:build unix

package main

import (
	__atel_context "context"
	__atel_attribute "go.opentelemetry.io/otel/attribute"
)

type k struct{}

func (__atel_r k) String() string {
	return __atel_r.__atel_twin_String(__atel_context.Background())
}

func (k) __atel_twin_String(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.k.String")
	__atel_span.SetAttributes(__atel_attrs_k_String...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return "k"
}

var __atel_attrs_k_String = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "String"), __atel_attribute.String("code.namespace", "example.com/twin-layouts.k"), __atel_attribute.String("code.filepath", "example.com/twin-layouts/k_unix.go"), __atel_attribute.Int("code.lineno", 7)}
