// A type declaration whose comment gofmt aligns with the bodies of the one-line methods below it: once the
// rewrite opens Len, the comment moves back to one blank after the type (x/tools go/ssa/coretype.go).
package main

import "fmt"

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_attribute "go.opentelemetry.io/otel/attribute"
	__atel_rtlib "instrgen.dev/rtlib"
)

// termList is a list of terms.
type termList []string // type terms of the type set
func (s termList) Len(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.termList.Len")
	__atel_span.SetAttributes(__atel_attrs_termList_Len...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return len(s)
}
func (s termList) At(i int) string { return s[i] }

type other int // alone

func count(__atel_tracing_ctx __atel_context.Context, s termList) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.count")
	__atel_span.SetAttributes(__atel_attrs_count...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return s.Len(__atel_child_tracing_ctx)
}

//instrgen:entry
func main() {
	__atel_ts := __atel_rtlib.NewTracingState()
	defer __atel_rtlib.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	__atel_span.SetAttributes(__atel_attrs_main...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	fmt.Println(count(__atel_child_tracing_ctx, termList{"a"}))
}

var __atel_tracer = __atel_otel.Tracer("example.com/gofmt-decl-comment")

var __atel_attrs_termList_Len = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Len"), __atel_attribute.String("code.namespace", "example.com/gofmt-decl-comment.termList"), __atel_attribute.String("code.filepath", "example.com/gofmt-decl-comment/main.go"), __atel_attribute.Int("code.lineno", 9)}

var __atel_attrs_count = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "count"), __atel_attribute.String("code.namespace", "example.com/gofmt-decl-comment"), __atel_attribute.String("code.filepath", "example.com/gofmt-decl-comment/main.go"), __atel_attribute.Int("code.lineno", 14)}

var __atel_attrs_main = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "main"), __atel_attribute.String("code.namespace", "example.com/gofmt-decl-comment"), __atel_attribute.String("code.filepath", "example.com/gofmt-decl-comment/main.go"), __atel_attribute.Int("code.lineno", 19)}
