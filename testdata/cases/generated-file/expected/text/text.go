// Package text holds string helpers used by hand-written and generated code.
package text

import "strings"

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// Normalize lower-cases and trims s; generated code calls it.
func Normalize(s string) string {
	return __atel_twin_Normalize(__atel_context.Background(), s)
}

func AtelTwin__Normalize(__atel_tracing_ctx __atel_context.Context, s string) string {
	return __atel_twin_Normalize(__atel_tracing_ctx, s)
}

func __atel_twin_Normalize(__atel_tracing_ctx __atel_context.Context, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "text.Normalize")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return strings.ToLower(strings.TrimSpace(s))
}

// Title upper-cases the first letter of s.
func Title(__atel_tracing_ctx __atel_context.Context, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "text.Title")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

var __atel_tracer = __atel_otel.Tracer("example.com/generated-file/text")

var __atel_code_Normalize = __atel_rtlib.Code("example.com/generated-file/text", "text.Normalize", "Normalize", "example.com/generated-file/text", "example.com/generated-file/text/text.go", 7)

var __atel_code_Title = __atel_rtlib.Code("example.com/generated-file/text", "text.Title", "Title", "example.com/generated-file/text", "example.com/generated-file/text/text.go", 12)
