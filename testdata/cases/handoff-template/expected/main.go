// edges prints the calls of a tiny call graph through a -format template, as x/tools' cmd/callgraph does.
package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"text/template"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_codes "go.opentelemetry.io/otel/codes"
	__atel_trace "go.opentelemetry.io/otel/trace"
	__atel_rtlib "instrgen.dev/rtlib"
)

// call is one edge of the graph.
type call struct {
	caller, callee string
	line           int
}

// Edge is what the template sees of a call: its exported fields, and its exported methods, which the template
// calls by name through reflection (so they keep their signatures).
type Edge struct {
	Caller string
	Callee string
	c      *call
}

// Description names the kind of call.
func (e *Edge) Description() string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.(*Edge).Description")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return kind(__atel_child_tracing_ctx, e.c)
}

// Line is the line of the call.
func (e *Edge) Line() int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.(*Edge).Line")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return e.c.line
}

func kind(__atel_tracing_ctx __atel_context.Context, c *call) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.kind")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if strings.HasPrefix(c.callee, "(") {
		return "dynamic method call"
	}
	return "static function call"
}

// visit calls f for every call, in order.
func visit(__atel_tracing_ctx __atel_context.Context, calls []call, f func(__atel_context.Context, *call) error) (__atel_err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.visit")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_err)
	for i := range calls {
		if err := f(__atel_child_tracing_ctx, &calls[i]); err != nil {
			return err
		}
	}
	return nil
}

// printEdges executes the template once per call, in a closure: Edge's methods run below it, on its goroutine.
func printEdges(__atel_tracing_ctx __atel_context.Context, format string, calls []call) (__atel_err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.printEdges")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_err)
	tmpl, err := template.New("-format").Parse(format)
	if err != nil {
		return fmt.Errorf("invalid -format template: %v", err)
	}
	var buf bytes.Buffer
	data := Edge{}
	return visit(__atel_child_tracing_ctx, calls, func(__atel_tracing_ctx __atel_context.Context, c *call) (__atel_err error) {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.printEdges$1")
		_ = __atel_child_tracing_ctx
		defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
		defer __atel_end(__atel_span, &__atel_err)
		data.Caller, data.Callee, data.c = c.caller, c.callee, c
		buf.Reset()
		if err := tmpl.Execute(&buf, &data); err != nil {
			return err
		}
		fmt.Println(buf.String())
		return nil
	})
}

func main() {
	__atel_ts := rtlib.NewTracingState()
	defer rtlib.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	rtlib.AutotelEntryPoint()
	calls := []call{{"main", "run", 3}, {"run", "(*T).Do", 7}}
	if err := printEdges(__atel_child_tracing_ctx, "{{.Caller}} --{{.Description}}:{{.Line}}--> {{.Callee}}", calls); err != nil {
		fmt.Println(err)
		__atel_rtlib.EndAll()
		os.Exit(1)
	}
}

var __atel_tracer = __atel_otel.Tracer("example.com/handoff-template")

var __atel_code_Edge_Description = __atel_rtlib.Code("example.com/handoff-template", "main.(*Edge).Description", "Description", "example.com/handoff-template.(*Edge)", "example.com/handoff-template/main.go", 29)

var __atel_code_Edge_Line = __atel_rtlib.Code("example.com/handoff-template", "main.(*Edge).Line", "Line", "example.com/handoff-template.(*Edge)", "example.com/handoff-template/main.go", 32)

var __atel_code_kind = __atel_rtlib.Code("example.com/handoff-template", "main.kind", "kind", "example.com/handoff-template", "example.com/handoff-template/main.go", 34)

var __atel_code_visit = __atel_rtlib.Code("example.com/handoff-template", "main.visit", "visit", "example.com/handoff-template", "example.com/handoff-template/main.go", 42)

var __atel_code_printEdges = __atel_rtlib.Code("example.com/handoff-template", "main.printEdges", "printEdges", "example.com/handoff-template", "example.com/handoff-template/main.go", 52)

var __atel_code_main = __atel_rtlib.Code("example.com/handoff-template", "main.main", "main", "example.com/handoff-template", "example.com/handoff-template/main.go", 70)

var __atel_code_printEdges_1 = __atel_rtlib.Code("example.com/handoff-template", "main.printEdges$1", "printEdges$1", "example.com/handoff-template", "example.com/handoff-template/main.go", 59)

// __atel_end ends a span, recording a non-nil error as its error and status (added by instrgen).
func __atel_end(span __atel_trace.Span, err *error) {
	defer span.End()
	if e := *err; e != nil && span.IsRecording() {
		span.SetStatus(__atel_codes.Error, "")
		defer func() { _ = recover() }()
		span.SetStatus(__atel_codes.Error, e.Error())
		span.RecordError(e)
	}
}
