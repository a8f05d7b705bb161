// Package out has a method that keeps its signature (fmt.Stringer) and is called from this package and from main.
package out

import (
	"fmt"
	"strings"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// Buffer collects lines.
type Buffer struct {
	lines []string
}

// Add appends a line.
func (b *Buffer) Add(__atel_tracing_ctx __atel_context.Context, s string) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "out.(*Buffer).Add")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	b.lines = append(b.lines, s)
}

// String joins the lines; fmt calls it through fmt.Stringer.
func (b *Buffer) String() string {
	return b.__atel_twin_String(__atel_context.Background())
}

func AtelTwinOf__Buffer__String(b *Buffer, __atel_tracing_ctx __atel_context.Context) string {
	return b.__atel_twin_String(__atel_tracing_ctx)
}

func (b *Buffer) __atel_twin_String(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "out.(*Buffer).String")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return strings.Join(b.lines, "|")
}

// Summary calls String directly, from the same package: through its twin.
func (b *Buffer) Summary(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "out.(*Buffer).Summary")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return fmt.Sprintf("%d lines: %s", len(b.lines), b.__atel_twin_String(__atel_child_tracing_ctx))
}

var __atel_tracer = __atel_otel.Tracer("example.com/twin-kept-signatures/out")

var __atel_code_Buffer_Add = __atel_rtlib.Code("example.com/twin-kept-signatures/out", "out.(*Buffer).Add", "Add", "example.com/twin-kept-signatures/out.(*Buffer)", "example.com/twin-kept-signatures/out/out.go", 15)

var __atel_code_Buffer_String = __atel_rtlib.Code("example.com/twin-kept-signatures/out", "out.(*Buffer).String", "String", "example.com/twin-kept-signatures/out.(*Buffer)", "example.com/twin-kept-signatures/out/out.go", 20)

var __atel_code_Buffer_Summary = __atel_rtlib.Code("example.com/twin-kept-signatures/out", "out.(*Buffer).Summary", "Summary", "example.com/twin-kept-signatures/out.(*Buffer)", "example.com/twin-kept-signatures/out/out.go", 25)
