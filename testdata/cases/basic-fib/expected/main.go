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

// fib returns the n-th Fibonacci number, computed iteratively.
func fib(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.fib")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	a, b := 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func printResult(__atel_tracing_ctx __atel_context.Context, label string, v int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.printResult")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	fmt.Printf("%s = %d\n", label, v)
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

	for _, n := range []int{0, 1, 2, 10, 30} {
		fmt.Printf("fib(%d) = %d\n", n, fib(__atel_child_tracing_ctx, n))
	}

	func() {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.main$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End()
		total := 0
		for i := 1; i <= 6; i++ {
			total += fib(__atel_child_tracing_ctx, i)
		}
		printResult(__atel_child_tracing_ctx, "sum fib(1..6)", total)
	}()
}

var __atel_tracer = __atel_otel.Tracer("example.com/basic-fib")

var __atel_code_fib = __atel_rtlib.Code("example.com/basic-fib", "main.fib", "fib", "example.com/basic-fib", "example.com/basic-fib/main.go", 10)

var __atel_code_printResult = __atel_rtlib.Code("example.com/basic-fib", "main.printResult", "printResult", "example.com/basic-fib", "example.com/basic-fib/main.go", 18)

var __atel_code_main = __atel_rtlib.Code("example.com/basic-fib", "main.main", "main", "example.com/basic-fib", "example.com/basic-fib/main.go", 22)

var __atel_code_main_1 = __atel_rtlib.Code("example.com/basic-fib", "main.main$1", "main$1", "example.com/basic-fib", "example.com/basic-fib/main.go", 29)
