// Package report chains lines through a type declared in a function body that refers to itself, whose literal the
// resolver cannot see into: it may set function-typed fields of this package, not the unexported ones of others.
package report

import "strings"

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// Lines joins the lines of a chain built from the parts.
func Lines(__atel_tracing_ctx __atel_context.Context, parts []string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "report.Lines")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	type link struct {
		next *link
		text func() string
	}
	var head *link
	for i := len(parts) - 1; i >= 0; i-- {
		p := parts[i]
		head = &link{head, func() string {
			__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "report.Lines$1")
			_ = __atel_child_tracing_ctx
			defer __atel_span.End() //instrgen:oneline
			return strings.ToUpper(p)
		}}
	}
	var out []string
	for l := head; l != nil; l = l.next {
		out = append(out, l.text())
	}
	return strings.Join(out, "\n")
}

var __atel_tracer = __atel_otel.Tracer("example.com/func-fields-literals/report")

var __atel_code_Lines = __atel_rtlib.Code("example.com/func-fields-literals/report", "report.Lines", "Lines", "example.com/func-fields-literals/report", "example.com/func-fields-literals/report/report.go", 8)

var __atel_code_Lines_1 = __atel_rtlib.Code("example.com/func-fields-literals/report", "report.Lines$1", "Lines$1", "example.com/func-fields-literals/report", "example.com/func-fields-literals/report/report.go", 16)
