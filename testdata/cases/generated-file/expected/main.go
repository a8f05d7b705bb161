package main

import (
	"fmt"

	"example.com/generated-file/text"
	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

func describe(__atel_tracing_ctx __atel_context.Context, input string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.describe")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
	i, ok := ParseColor(input)
	if !ok {
		return fmt.Sprintf("%q is not a color", input)
	}
	return fmt.Sprintf("%q is color %d (%s)", input, i, text.Title(__atel_child_tracing_ctx, ColorName(i)))
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
	for _, in := range []string{"  Green ", "BLUE", "mauve"} {
		fmt.Println(describe(__atel_child_tracing_ctx, in))
	}
	fmt.Println("direct:", text.AtelTwin__Normalize(__atel_child_tracing_ctx, " MiXeD "))
}

var __atel_tracer = __atel_otel.Tracer("example.com/generated-file")

var __atel_code_describe = __atel_rtlib.Code("example.com/generated-file", "main.describe", "describe", "example.com/generated-file", "example.com/generated-file/main.go", 10)

var __atel_code_main = __atel_rtlib.Code("example.com/generated-file", "main.main", "main", "example.com/generated-file", "example.com/generated-file/main.go", 18)
