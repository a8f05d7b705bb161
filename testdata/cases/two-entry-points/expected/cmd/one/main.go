package main

import (
	"fmt"

	"example.com/two-entry-points/lib"
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

	for _, n := range []string{"ada", "grace"} {
		fmt.Println(lib.Greet(__atel_child_tracing_ctx, n))
	}
}

var __atel_tracer = __atel_otel.Tracer("example.com/two-entry-points/cmd/one")

var __atel_code_main = __atel_rtlib.Code("example.com/two-entry-points/cmd/one", "main.main", "main", "example.com/two-entry-points/cmd/one", "example.com/two-entry-points/cmd/one/main.go", 10)
