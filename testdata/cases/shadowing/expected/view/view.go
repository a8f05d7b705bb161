// Package view renders text banners.
package view

import "strings"

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// Banner frames s with stars.
func Banner(__atel_tracing_ctx __atel_context.Context, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "view.Banner")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	line := strings.Repeat("*", len(s)+4)
	return line + "\n* " + s + " *\n" + line
}

var __atel_tracer = __atel_otel.Tracer("example.com/shadowing/view")

var __atel_code_Banner = __atel_rtlib.Code("example.com/shadowing/view", "view.Banner", "Banner", "example.com/shadowing/view", "example.com/shadowing/view/view.go", 7)
