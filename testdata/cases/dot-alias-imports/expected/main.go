package main

import (
	"fmt"

	sh "example.com/dot-alias-imports/shapes"
	tel "instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

func rectReport(__atel_tracing_ctx __atel_context.Context, w, h float64) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.rectReport")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	r := sh.NewRect(__atel_child_tracing_ctx, w, h)
	return sh.Label(__atel_child_tracing_ctx, "rect", r.Area(__atel_child_tracing_ctx))
}

func main() {
	__atel_ts := tel.NewTracingState()
	defer tel.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	tel.AutotelEntryPoint()
	fmt.Println(rectReport(__atel_child_tracing_ctx, 3, 4))
	fmt.Println(circleReport(__atel_child_tracing_ctx, 1.5))
	fmt.Println("scaled:", sh.Scale(__atel_child_tracing_ctx, 2.5, 4))
}

var __atel_code_rectReport = __atel_rtlib.Code("example.com/dot-alias-imports", "main.rectReport", "rectReport", "example.com/dot-alias-imports", "example.com/dot-alias-imports/main.go", 10)

var __atel_code_main = __atel_rtlib.Code("example.com/dot-alias-imports", "main.main", "main", "example.com/dot-alias-imports", "example.com/dot-alias-imports/main.go", 15)
