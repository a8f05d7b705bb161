package main

import (
	"fmt"

	"example.com/doc-file-tracer/race"
	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

func main() {
	__atel_ts := rtlib.NewTracingState()
	defer rtlib.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	rtlib.AutotelEntryPoint()
	fmt.Println(race.Acquire(__atel_child_tracing_ctx, 1))
}

var __atel_tracer = __atel_otel.Tracer("example.com/doc-file-tracer")

var __atel_code_main = __atel_rtlib.Code("example.com/doc-file-tracer", "main.main", "main", "example.com/doc-file-tracer", "example.com/doc-file-tracer/main.go", 10)
