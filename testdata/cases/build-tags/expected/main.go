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

func banner(__atel_tracing_ctx __atel_context.Context, name string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.banner")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return "running on " + name
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
	fmt.Println(banner(__atel_child_tracing_ctx, platformName(__atel_child_tracing_ctx)))
	fmt.Println("extra:", extraFeature(__atel_child_tracing_ctx, 3))
}

var __atel_tracer = __atel_otel.Tracer("example.com/build-tags")

var __atel_code_banner = __atel_rtlib.Code("example.com/build-tags", "main.banner", "banner", "example.com/build-tags", "example.com/build-tags/main.go", 9)

var __atel_code_main = __atel_rtlib.Code("example.com/build-tags", "main.main", "main", "example.com/build-tags", "example.com/build-tags/main.go", 13)
