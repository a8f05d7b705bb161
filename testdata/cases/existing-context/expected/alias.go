package main

import (
	stdctx "context"
	"fmt"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// cancellable derives a cancellable context from the caller's context.
func cancellable(parent stdctx.Context) (stdctx.Context, stdctx.CancelFunc) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(parent, "main.cancellable")
	parent = __atel_child_tracing_ctx
	defer __atel_span.End()
	return stdctx.WithCancel(parent)
}

// report reads back what the given context carries.
func report(c stdctx.Context, label string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(c, "main.report")
	c = __atel_child_tracing_ctx
	defer __atel_span.End()
	_, hasDeadline := c.Deadline()
	return fmt.Sprintf("[%s user=%s err=%v deadline=%v]", label, userOf(c), c.Err(), hasDeadline) + suffix(__atel_child_tracing_ctx, label)
}

// suffix takes no context yet and lives in a file that imports context under an alias.
func suffix(__atel_tracing_ctx __atel_context.Context, label string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.suffix")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return fmt.Sprintf("<%d>", len(label))
}

var __atel_tracer = __atel_otel.Tracer("example.com/existing-context")

var __atel_code_cancellable = __atel_rtlib.Code("example.com/existing-context", "main.cancellable", "cancellable", "example.com/existing-context", "example.com/existing-context/alias.go", 9)

var __atel_code_report = __atel_rtlib.Code("example.com/existing-context", "main.report", "report", "example.com/existing-context", "example.com/existing-context/alias.go", 14)

var __atel_code_suffix = __atel_rtlib.Code("example.com/existing-context", "main.suffix", "suffix", "example.com/existing-context", "example.com/existing-context/alias.go", 20)
