// Package view renders text banners.
package view

import "strings"

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_semconv "go.opentelemetry.io/otel/semconv/v1.7.0"
	__atel_trace "go.opentelemetry.io/otel/trace"
)

// Banner frames s with stars.
func Banner(__atel_tracing_ctx __atel_context.Context, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "view.Banner", __atel_attrs_Banner)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	line := strings.Repeat("*", len(s)+4)
	return line + "\n* " + s + " *\n" + line
}

var __atel_tracer = __atel_otel.Tracer("example.com/shadowing/view")

var __atel_attrs_Banner = __atel_trace.WithAttributes(__atel_semconv.CodeFunctionKey.String("Banner"), __atel_semconv.CodeNamespaceKey.String("example.com/shadowing/view"), __atel_semconv.CodeFilepathKey.String("example.com/shadowing/view/view.go"), __atel_semconv.CodeLineNumberKey.Int(7))
