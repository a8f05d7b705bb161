// Package hooks holds exported tables of functions that main fills and calls.
package hooks

import "strings"

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// Filters is filled by other packages and called by Apply.
var Filters = map[string]func(__atel_tracing_ctx __atel_context.Context, s string) string{"upper": upper}

// OnDone is called when a run ends.
var OnDone func(__atel_tracing_ctx __atel_context.Context, n int)

// Steps run in order.
var Steps []func(__atel_tracing_ctx __atel_context.Context, n int) int

func upper(__atel_tracing_ctx __atel_context.Context, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "hooks.upper")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return strings.ToUpper(s)
}

// Apply runs a filter by name.
func Apply(__atel_tracing_ctx __atel_context.Context, name, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "hooks.Apply")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if f, ok := Filters[name]; ok {
		return f(__atel_child_tracing_ctx, s)
	}
	return s
}

// Run runs every step.
func Run(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "hooks.Run")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	for _, i := range []int{0, 1} {
		if i < len(Steps) {
			n = Steps[i](__atel_child_tracing_ctx, n)
		}
	}
	if OnDone != nil {
		OnDone(__atel_child_tracing_ctx, n)
	}
	return n
}

var __atel_tracer = __atel_otel.Tracer("example.com/func-exported-vars/hooks")

var __atel_code_upper = __atel_rtlib.Code("example.com/func-exported-vars/hooks", "hooks.upper", "upper", "example.com/func-exported-vars/hooks", "example.com/func-exported-vars/hooks/hooks.go", 15)

var __atel_code_Apply = __atel_rtlib.Code("example.com/func-exported-vars/hooks", "hooks.Apply", "Apply", "example.com/func-exported-vars/hooks", "example.com/func-exported-vars/hooks/hooks.go", 18)

var __atel_code_Run = __atel_rtlib.Code("example.com/func-exported-vars/hooks", "hooks.Run", "Run", "example.com/func-exported-vars/hooks", "example.com/func-exported-vars/hooks/hooks.go", 26)
