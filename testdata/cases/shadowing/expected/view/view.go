// Package view renders text banners.
package view

import "strings"

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_attribute "go.opentelemetry.io/otel/attribute"
)

// Banner frames s with stars.
func Banner(__atel_tracing_ctx __atel_context.Context, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "view.Banner")
	__atel_span.SetAttributes(__atel_attrs_Banner...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	line := strings.Repeat("*", len(s)+4)
	return line + "\n* " + s + " *\n" + line
}

var __atel_tracer = __atel_otel.Tracer("example.com/shadowing/view")

var __atel_attrs_Banner = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Banner"), __atel_attribute.String("code.namespace", "example.com/shadowing/view"), __atel_attribute.String("code.filepath", "example.com/shadowing/view/view.go"), __atel_attribute.Int("code.lineno", 7)}
