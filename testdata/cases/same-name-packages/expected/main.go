package main

import (
	"fmt"

	autil "example.com/same-name-packages/a/util"
	butil "example.com/same-name-packages/b/util"
	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

func table(__atel_tracing_ctx __atel_context.Context, rows []int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.table")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	for _, r := range rows {
		fmt.Println(autil.Format(__atel_child_tracing_ctx, r, 6))
	}
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
	fmt.Println(butil.Format(__atel_child_tracing_ctx, "totals"))
	table(__atel_child_tracing_ctx, []int{7, -42, 1234567, 0})
	fmt.Println(autil.Format(__atel_child_tracing_ctx, 99, 3), butil.Format(__atel_child_tracing_ctx, "end"))
}

var __atel_tracer = __atel_otel.Tracer("example.com/same-name-packages")

var __atel_code_table = __atel_rtlib.Code("example.com/same-name-packages", "main.table", "table", "example.com/same-name-packages", "example.com/same-name-packages/main.go", 11)

var __atel_code_main = __atel_rtlib.Code("example.com/same-name-packages", "main.main", "main", "example.com/same-name-packages", "example.com/same-name-packages/main.go", 17)
