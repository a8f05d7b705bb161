// Package core is what instrgen.yaml includes.
package core

import "strings"

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// Process is called from serve, which has no span: its span starts a trace of its own.
func Process(__atel_tracing_ctx __atel_context.Context, words []string) []string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "core.Process")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	out := make([]string, 0, len(words))
	for _, w := range words {
		out = append(out, step(__atel_child_tracing_ctx, w))
	}
	return out
}

func step(__atel_tracing_ctx __atel_context.Context, w string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "core.step")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return strings.ToUpper(w)
}

var __atel_tracer = __atel_otel.Tracer("example.com/volinclude/core")

var __atel_code_Process = __atel_rtlib.Code("example.com/volinclude/core", "core.Process", "Process", "example.com/volinclude/core", "example.com/volinclude/core/core.go", 7)

var __atel_code_step = __atel_rtlib.Code("example.com/volinclude/core", "core.step", "step", "example.com/volinclude/core", "example.com/volinclude/core/core.go", 15)
