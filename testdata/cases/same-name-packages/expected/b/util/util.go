// Package util (b) formats strings; it shares its name with package a/util.
package util

import (
	base "example.com/same-name-packages/a/util"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// Format quotes s and underlines it.
func Format(__atel_tracing_ctx __atel_context.Context, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "util.Format")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	q := quote(__atel_child_tracing_ctx, s)
	return q + "\n" + base.Repeat(__atel_child_tracing_ctx, "=", len(q))
}

func quote(__atel_tracing_ctx __atel_context.Context, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "util.quote")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return "«" + s + "»"
}

// Unused is never called.
func Unused() string {
	return quote(__atel_context.TODO(), "unused")
}

var __atel_tracer = __atel_otel.Tracer("example.com/same-name-packages/b/util")

var __atel_code_Format = __atel_rtlib.Code("example.com/same-name-packages/b/util", "util.Format", "Format", "example.com/same-name-packages/b/util", "example.com/same-name-packages/b/util/util.go", 9)

var __atel_code_quote = __atel_rtlib.Code("example.com/same-name-packages/b/util", "util.quote", "quote", "example.com/same-name-packages/b/util", "example.com/same-name-packages/b/util/util.go", 14)
