// Package lib is shared by both commands.
package lib

import "strings"

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// Greet is called by both commands.
func Greet(__atel_tracing_ctx __atel_context.Context, name string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "lib.Greet")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return "Hello, " + title(__atel_child_tracing_ctx, name)
}

func title(__atel_tracing_ctx __atel_context.Context, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "lib.title")
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

var __atel_code_Greet = __atel_rtlib.Code("example.com/two-entry-points/lib", "lib.Greet", "Greet", "example.com/two-entry-points/lib", "example.com/two-entry-points/lib/lib.go", 7)

var __atel_code_title = __atel_rtlib.Code("example.com/two-entry-points/lib", "lib.title", "title", "example.com/two-entry-points/lib", "example.com/two-entry-points/lib/lib.go", 11)

var __atel_code_Sum = __atel_rtlib.Code("example.com/two-entry-points/lib", "lib.Sum", "Sum", "example.com/two-entry-points/lib", "example.com/two-entry-points/lib/lib.go", 19)
