package main

import (
	stdctx "context"
	"fmt"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
)

// cancellable derives a cancellable context from the caller's context.
func cancellable(parent stdctx.Context) (stdctx.Context, stdctx.CancelFunc) {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/existing-context").Start(parent, "main.cancellable")
	parent = __atel_child_tracing_ctx
	defer __atel_span.End()
	return stdctx.WithCancel(parent)
}

// report reads back what the given context carries.
func report(c stdctx.Context, label string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/existing-context").Start(c, "main.report")
	c = __atel_child_tracing_ctx
	defer __atel_span.End()
	_, hasDeadline := c.Deadline()
	return fmt.Sprintf("[%s user=%s err=%v deadline=%v]", label, userOf(c), c.Err(), hasDeadline) + suffix(__atel_child_tracing_ctx, label)
}

// suffix takes no context yet and lives in a file that imports context under an alias.
func suffix(__atel_tracing_ctx __atel_context.Context, label string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/existing-context").Start(__atel_tracing_ctx, "main.suffix")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return fmt.Sprintf("<%d>", len(label))
}
