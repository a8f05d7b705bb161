// Package text holds string helpers used by hand-written and generated code.
package text

import "strings"

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
)

// Normalize lower-cases and trims s; generated code calls it.
func Normalize(s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/generated-file/text").Start(__atel_context.Background(), "text.Normalize")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return strings.ToLower(strings.TrimSpace(s))
}

// Title upper-cases the first letter of s.
func Title(__atel_tracing_ctx __atel_context.Context, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/generated-file/text").Start(__atel_tracing_ctx, "text.Title")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
