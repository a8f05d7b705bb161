package main

import (
	stdctx "context"
	"fmt"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_semconv "go.opentelemetry.io/otel/semconv/v1.7.0"
	__atel_trace "go.opentelemetry.io/otel/trace"
)

// cancellable derives a cancellable context from the caller's context.
func cancellable(parent stdctx.Context) (stdctx.Context, stdctx.CancelFunc) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(parent, "main.cancellable", __atel_attrs_cancellable)
	parent = __atel_child_tracing_ctx
	defer __atel_span.End()
	return stdctx.WithCancel(parent)
}

// report reads back what the given context carries.
func report(c stdctx.Context, label string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(c, "main.report", __atel_attrs_report)
	c = __atel_child_tracing_ctx
	defer __atel_span.End()
	_, hasDeadline := c.Deadline()
	return fmt.Sprintf("[%s user=%s err=%v deadline=%v]", label, userOf(c), c.Err(), hasDeadline) + suffix(__atel_child_tracing_ctx, label)
}

// suffix takes no context yet and lives in a file that imports context under an alias.
func suffix(__atel_tracing_ctx __atel_context.Context, label string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.suffix", __atel_attrs_suffix)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return fmt.Sprintf("<%d>", len(label))
}

var __atel_tracer = __atel_otel.Tracer("example.com/existing-context")

var __atel_attrs_cancellable = __atel_trace.WithAttributes(__atel_semconv.CodeFunctionKey.String("cancellable"), __atel_semconv.CodeNamespaceKey.String("example.com/existing-context"), __atel_semconv.CodeFilepathKey.String("example.com/existing-context/alias.go"), __atel_semconv.CodeLineNumberKey.Int(9))

var __atel_attrs_report = __atel_trace.WithAttributes(__atel_semconv.CodeFunctionKey.String("report"), __atel_semconv.CodeNamespaceKey.String("example.com/existing-context"), __atel_semconv.CodeFilepathKey.String("example.com/existing-context/alias.go"), __atel_semconv.CodeLineNumberKey.Int(14))

var __atel_attrs_suffix = __atel_trace.WithAttributes(__atel_semconv.CodeFunctionKey.String("suffix"), __atel_semconv.CodeNamespaceKey.String("example.com/existing-context"), __atel_semconv.CodeFilepathKey.String("example.com/existing-context/alias.go"), __atel_semconv.CodeLineNumberKey.Int(20))
