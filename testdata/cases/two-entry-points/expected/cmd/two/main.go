package main

import (
	"fmt"

	"example.com/two-entry-points/lib"
	tel "instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

func squares(__atel_tracing_ctx __atel_context.Context, n int) []int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.squares")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	out := make([]int, n)
	for i := range out {
		out[i] = (i + 1) * (i + 1)
	}
	return out
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

	fmt.Println(lib.Greet(__atel_child_tracing_ctx, "two"))
	fmt.Println("sum of squares:", lib.Sum(__atel_child_tracing_ctx, squares(__atel_child_tracing_ctx, 4)))
}

var __atel_tracer = __atel_otel.Tracer("example.com/two-entry-points/cmd/two")

var __atel_code_squares = __atel_rtlib.Code("example.com/two-entry-points/cmd/two", "main.squares", "squares", "example.com/two-entry-points/cmd/two", "example.com/two-entry-points/cmd/two/main.go", 10)

var __atel_code_main = __atel_rtlib.Code("example.com/two-entry-points/cmd/two", "main.main", "main", "example.com/two-entry-points/cmd/two", "example.com/two-entry-points/cmd/two/main.go", 18)
