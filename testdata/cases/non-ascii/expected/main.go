// Non-ASCII text before call sites: tree-sitter offsets are UTF-16 units, Go columns are bytes.
package main

import (
	"fmt"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_attribute "go.opentelemetry.io/otel/attribute"
)

// grüß returns a greeting; the name is not ASCII either.
func grüß(__atel_tracing_ctx __atel_context.Context, name string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.grüß")
	__atel_span.SetAttributes(__atel_attrs_grüß...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return "¡Hola, " + name + "! 👋"
}

func width(__atel_tracing_ctx __atel_context.Context, s string) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.width")
	__atel_span.SetAttributes(__atel_attrs_width...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return len([]rune(s))
}

func main() {
	__atel_ts := rtlib.NewTracingState()
	defer rtlib.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	__atel_span.SetAttributes(__atel_attrs_main...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	rtlib.AutotelEntryPoint()
	fmt.Println("日本語のテキスト 🎉🎉", grüß(__atel_child_tracing_ctx, "Zoë"), width(__atel_child_tracing_ctx, "ünïcödé 🐹"))
	s := "emoji 🐹 before a call"
	fmt.Println(s, width(__atel_child_tracing_ctx, s))
	fmt.Println(`raw
multi-line 字符串 🐹`, grüß(__atel_child_tracing_ctx, "🐹"))
}

var __atel_tracer = __atel_otel.Tracer("example.com/non-ascii")

var __atel_attrs_grüß = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "grüß"), __atel_attribute.String("code.namespace", "example.com/non-ascii"), __atel_attribute.String("code.filepath", "example.com/non-ascii/main.go"), __atel_attribute.Int("code.lineno", 11)}

var __atel_attrs_width = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "width"), __atel_attribute.String("code.namespace", "example.com/non-ascii"), __atel_attribute.String("code.filepath", "example.com/non-ascii/main.go"), __atel_attribute.Int("code.lineno", 15)}

var __atel_attrs_main = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "main"), __atel_attribute.String("code.namespace", "example.com/non-ascii"), __atel_attribute.String("code.filepath", "example.com/non-ascii/main.go"), __atel_attribute.Int("code.lineno", 17)}
