package main

import (
	"fmt"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_semconv "go.opentelemetry.io/otel/semconv/v1.7.0"
	__atel_trace "go.opentelemetry.io/otel/trace"
)

func banner(__atel_tracing_ctx __atel_context.Context, name string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.banner", __atel_attrs_banner)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return "running on " + name
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
	fmt.Println(banner(__atel_child_tracing_ctx, platformName(__atel_child_tracing_ctx)))
	fmt.Println("extra:", extraFeature(__atel_child_tracing_ctx, 3))
}

var __atel_tracer = __atel_otel.Tracer("example.com/build-tags")

var __atel_attrs_banner = __atel_trace.WithAttributes(__atel_semconv.CodeFunctionKey.String("banner"), __atel_semconv.CodeNamespaceKey.String("example.com/build-tags"), __atel_semconv.CodeFilepathKey.String("example.com/build-tags/main.go"), __atel_semconv.CodeLineNumberKey.Int(9))

var __atel_attrs_main = __atel_trace.WithAttributes(__atel_semconv.CodeFunctionKey.String("main"), __atel_semconv.CodeNamespaceKey.String("example.com/build-tags"), __atel_semconv.CodeFilepathKey.String("example.com/build-tags/main.go"), __atel_semconv.CodeLineNumberKey.Int(13))
