// Non-ASCII text before call sites: tree-sitter offsets are UTF-16 units, Go columns are bytes.
package main

import (
	"fmt"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// grüß returns a greeting; the name is not ASCII either.
func grüß(__atel_tracing_ctx __atel_context.Context, name string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.grüß")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return "¡Hola, " + name + "! 👋"
}

func width(__atel_tracing_ctx __atel_context.Context, s string) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.width")
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

var __atel_code_grüß = __atel_rtlib.Code("example.com/non-ascii", "main.grüß", "grüß", "example.com/non-ascii", "example.com/non-ascii/main.go", 11)

var __atel_code_width = __atel_rtlib.Code("example.com/non-ascii", "main.width", "width", "example.com/non-ascii", "example.com/non-ascii/main.go", 15)

var __atel_code_main = __atel_rtlib.Code("example.com/non-ascii", "main.main", "main", "example.com/non-ascii", "example.com/non-ascii/main.go", 17)
