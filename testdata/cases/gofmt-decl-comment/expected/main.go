// A type declaration whose comment gofmt aligns with the bodies of the one-line methods below it: once the
// rewrite opens Len, the comment moves back to one blank after the type (x/tools go/ssa/coretype.go).
package main

import "fmt"

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// termList is a list of terms.
type termList []string // type terms of the type set
func (s termList) Len(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.termList.Len")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return len(s)
}
func (s termList) At(i int) string { return s[i] }

type other int // alone

func count(__atel_tracing_ctx __atel_context.Context, s termList) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.count")
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
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	fmt.Println(count(__atel_child_tracing_ctx, termList{"a"}))
}

var __atel_tracer = __atel_otel.Tracer("example.com/gofmt-decl-comment")

var __atel_code_termList_Len = __atel_rtlib.Code("example.com/gofmt-decl-comment", "main.termList.Len", "Len", "example.com/gofmt-decl-comment.termList", "example.com/gofmt-decl-comment/main.go", 9)

var __atel_code_count = __atel_rtlib.Code("example.com/gofmt-decl-comment", "main.count", "count", "example.com/gofmt-decl-comment", "example.com/gofmt-decl-comment/main.go", 14)

var __atel_code_main = __atel_rtlib.Code("example.com/gofmt-decl-comment", "main.main", "main", "example.com/gofmt-decl-comment", "example.com/gofmt-decl-comment/main.go", 19)
