package main

import (
	"fmt"

	. "example.com/interface-cross-package/impl"
	. "example.com/interface-cross-package/shapes"
	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

func report(__atel_tracing_ctx __atel_context.Context, s Shape) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.report")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	fmt.Printf("%T area=%.1f perimeter=%.1f\n", s, s.Area(__atel_child_tracing_ctx), s.Perimeter(__atel_child_tracing_ctx))
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

	all := []Shape{Square{Side: 2}, NewCircle(__atel_child_tracing_ctx, 1)}
	for _, s := range all {
		report(__atel_child_tracing_ctx, s)
	}
	fmt.Printf("total area=%.1f\n", TotalArea(__atel_child_tracing_ctx, all))
}

var __atel_tracer = __atel_otel.Tracer("example.com/interface-cross-package")

var __atel_code_report = __atel_rtlib.Code("example.com/interface-cross-package", "main.report", "report", "example.com/interface-cross-package", "example.com/interface-cross-package/main.go", 11)

var __atel_code_main = __atel_rtlib.Code("example.com/interface-cross-package", "main.main", "main", "example.com/interface-cross-package", "example.com/interface-cross-package/main.go", 15)
