package main

import (
	"fmt"

	"example.com/generated-file/text"
	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_semconv "go.opentelemetry.io/otel/semconv/v1.7.0"
	__atel_trace "go.opentelemetry.io/otel/trace"
)

func describe(__atel_tracing_ctx __atel_context.Context, input string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.describe", __atel_attrs_describe)
	_ = __atel_child_tracing_ctx
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
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main", __atel_attrs_main)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	rtlib.AutotelEntryPoint()
	for _, in := range []string{"  Green ", "BLUE", "mauve"} {
		fmt.Println(describe(__atel_child_tracing_ctx, in))
	}
	fmt.Println("direct:", text.Normalize(" MiXeD "))
}

var __atel_tracer = __atel_otel.Tracer("example.com/generated-file")

var __atel_attrs_describe = __atel_trace.WithAttributes(__atel_semconv.CodeFunctionKey.String("describe"), __atel_semconv.CodeNamespaceKey.String("example.com/generated-file"), __atel_semconv.CodeFilepathKey.String("example.com/generated-file/main.go"), __atel_semconv.CodeLineNumberKey.Int(10))

var __atel_attrs_main = __atel_trace.WithAttributes(__atel_semconv.CodeFunctionKey.String("main"), __atel_semconv.CodeNamespaceKey.String("example.com/generated-file"), __atel_semconv.CodeFilepathKey.String("example.com/generated-file/main.go"), __atel_semconv.CodeLineNumberKey.Int(18))
