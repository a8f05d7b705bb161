// notes prints messages at positions, as x/tools' guru does: a position is an offset or anything with a Pos method.
package main

import (
	"fmt"
	"strings"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// Ident is an identifier of a parsed file.
type Ident struct {
	Name string
	At   int
}

// Pos satisfies the interface describe writes out, so it keeps its signature (an assertion to it must stay true)
// and sees no context when describe calls it through that interface.
func (i *Ident) Pos() int {
	return i.__atel_twin_Pos(__atel_context.Background())
}

func (i *Ident) __atel_twin_Pos(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "main.(*Ident).Pos")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return offset(__atel_child_tracing_ctx, i.At)
}

func offset(__atel_tracing_ctx __atel_context.Context, at int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.offset")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return at + 1
}

// describe prints a message at pos: an offset, anything with a Pos method, or nothing.
func describe(__atel_tracing_ctx __atel_context.Context, pos interface{}, format string, args ...interface{}) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.describe")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
	start := -1
	switch pos := pos.(type) {
	case int:
		start = pos
	case interface{ Pos() int }:
		start = pos.Pos()
	}
	fmt.Printf("%d: %s\n", start, fmt.Sprintf(format, args...))
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
	ids := []*Ident{{"main", 5}, {"run", 12}}
	for _, id := range ids {
		describe(__atel_child_tracing_ctx, id, "identifier %s", id.Name)
	}
	describe(__atel_child_tracing_ctx, 3, "a number")
	fmt.Println(strings.Repeat("-", ids[0].__atel_twin_Pos(__atel_child_tracing_ctx)))
}

var __atel_tracer = __atel_otel.Tracer("example.com/handoff-interface-literal")

var __atel_code_Ident_Pos = __atel_rtlib.Code("example.com/handoff-interface-literal", "main.(*Ident).Pos", "Pos", "example.com/handoff-interface-literal.(*Ident)", "example.com/handoff-interface-literal/main.go", 19)

var __atel_code_offset = __atel_rtlib.Code("example.com/handoff-interface-literal", "main.offset", "offset", "example.com/handoff-interface-literal", "example.com/handoff-interface-literal/main.go", 21)

var __atel_code_describe = __atel_rtlib.Code("example.com/handoff-interface-literal", "main.describe", "describe", "example.com/handoff-interface-literal", "example.com/handoff-interface-literal/main.go", 24)

var __atel_code_main = __atel_rtlib.Code("example.com/handoff-interface-literal", "main.main", "main", "example.com/handoff-interface-literal", "example.com/handoff-interface-literal/main.go", 35)
