// Package view renders text banners.
package view

import "strings"

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
)

// Banner frames s with stars.
func Banner(__atel_tracing_ctx __atel_context.Context, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/shadowing/view").Start(__atel_tracing_ctx, "view.Banner")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	line := strings.Repeat("*", len(s)+4)
	return line + "\n* " + s + " *\n" + line
}
