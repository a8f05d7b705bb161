// Helpers that give a span its parent where the context a function sees does not carry its caller's span.
package rtlib

import (
	"context"
	"net/http"

	"go.opentelemetry.io/otel/trace"
)

// WithParentSpan is what instrumented code passes to a function that takes a context.Context of its own: ctx
// itself when it already carries a span (the program's own propagation wins) or is nil (so the callee fails, or
// not, exactly as before), else ctx with the span of parent attached as its current span. Only the span is
// attached: Err, Done, Deadline, cancellation and every value ctx holds are ctx's own, so a function called with
// context.Background() or a detached cleanup context behaves as before while its span joins the caller's trace:
//
//	cleanup(context.Background())
//	cleanup(__atel_rtlib.WithParentSpan(context.Background(), __atel_child_tracing_ctx))
func WithParentSpan(ctx, parent context.Context) context.Context {
	if ctx == nil || parent == nil || trace.SpanContextFromContext(ctx).IsValid() {
		return ctx
	}
	span := trace.SpanFromContext(parent)
	if !span.SpanContext().IsValid() {
		return ctx
	}
	return trace.ContextWithSpan(ctx, span)
}

// RequestContext is the context a handler's span starts from: r.Context(), which carries the server's span when
// a middleware such as otelhttp started one, or context.Background() for a nil request (a handler called directly
// with nil must not panic in instrgen's code before its own).
func RequestContext(r *http.Request) context.Context {
	if r == nil {
		return context.Background()
	}
	return r.Context()
}
