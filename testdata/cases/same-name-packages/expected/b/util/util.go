// Package util (b) formats strings; it shares its name with package a/util.
package util

import (
	base "example.com/same-name-packages/a/util"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
)

// Format quotes s and underlines it.
func Format(__atel_tracing_ctx __atel_context.Context, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/same-name-packages/b/util").Start(__atel_tracing_ctx, "util.Format")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	q := quote(__atel_child_tracing_ctx, s)
	return q + "\n" + base.Repeat(__atel_child_tracing_ctx, "=", len(q))
}

func quote(__atel_tracing_ctx __atel_context.Context, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/same-name-packages/b/util").Start(__atel_tracing_ctx, "util.quote")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return "«" + s + "»"
}

// Unused is never called.
func Unused() string {
	return quote(__atel_context.TODO(), "unused")
}
