// Package lib is shared by both commands.
package lib

import "strings"

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_attribute "go.opentelemetry.io/otel/attribute"
)

// Greet is called by both commands.
func Greet(__atel_tracing_ctx __atel_context.Context, name string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "lib.Greet")
	__atel_span.SetAttributes(__atel_attrs_Greet...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return "Hello, " + title(__atel_child_tracing_ctx, name)
}

func title(__atel_tracing_ctx __atel_context.Context, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "lib.title")
	__atel_span.SetAttributes(__atel_attrs_title...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// Sum is called only by cmd/two.
func Sum(__atel_tracing_ctx __atel_context.Context, xs []int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "lib.Sum")
	__atel_span.SetAttributes(__atel_attrs_Sum...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	total := 0
	for _, x := range xs {
		total += x
	}
	return total
}

// Unused is called by neither command.
func Unused() string { return title(__atel_context.TODO(), "unused") }

var __atel_tracer = __atel_otel.Tracer("example.com/two-entry-points/lib")

var __atel_attrs_Greet = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Greet"), __atel_attribute.String("code.namespace", "example.com/two-entry-points/lib"), __atel_attribute.String("code.filepath", "example.com/two-entry-points/lib/lib.go"), __atel_attribute.Int("code.lineno", 7)}

var __atel_attrs_title = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "title"), __atel_attribute.String("code.namespace", "example.com/two-entry-points/lib"), __atel_attribute.String("code.filepath", "example.com/two-entry-points/lib/lib.go"), __atel_attribute.Int("code.lineno", 11)}

var __atel_attrs_Sum = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Sum"), __atel_attribute.String("code.namespace", "example.com/two-entry-points/lib"), __atel_attribute.String("code.filepath", "example.com/two-entry-points/lib/lib.go"), __atel_attribute.Int("code.lineno", 19)}
