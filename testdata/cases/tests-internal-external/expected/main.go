package main

import (
	"fmt"

	"example.com/tests-internal-external/calc"
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
	fmt.Println("add:", calc.Add(__atel_child_tracing_ctx, 2, 3))
	fmt.Println("factorial(6):", calc.Factorial(__atel_child_tracing_ctx, 6))

	acc := calc.NewAcc(__atel_child_tracing_ctx)
	for _, x := range []int{4, 8, 15, 16, 23, 42} {
		acc.Push(__atel_child_tracing_ctx, x)
	}
	fmt.Println("acc:", acc.Sum(__atel_child_tracing_ctx), acc.Count(__atel_child_tracing_ctx))
}

var __atel_tracer = __atel_otel.Tracer("example.com/tests-internal-external")

var __atel_code_main = __atel_rtlib.Code("example.com/tests-internal-external", "main.main", "main", "example.com/tests-internal-external", "example.com/tests-internal-external/main.go", 10)
