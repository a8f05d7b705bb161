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

// fib returns the n-th Fibonacci number, computed iteratively.
func fib(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.fib", __atel_attrs_fib)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	a, b := 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func printResult(__atel_tracing_ctx __atel_context.Context, label string, v int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.printResult", __atel_attrs_printResult)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	fmt.Printf("%s = %d\n", label, v)
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

	for _, n := range []int{0, 1, 2, 10, 30} {
		fmt.Printf("fib(%d) = %d\n", n, fib(__atel_child_tracing_ctx, n))
	}

	func() {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.main$1", __atel_attrs_main_1)
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

var __atel_attrs_fib = __atel_trace.WithAttributes(__atel_semconv.CodeFunctionKey.String("fib"), __atel_semconv.CodeNamespaceKey.String("example.com/basic-fib"), __atel_semconv.CodeFilepathKey.String("example.com/basic-fib/main.go"), __atel_semconv.CodeLineNumberKey.Int(10))

var __atel_attrs_printResult = __atel_trace.WithAttributes(__atel_semconv.CodeFunctionKey.String("printResult"), __atel_semconv.CodeNamespaceKey.String("example.com/basic-fib"), __atel_semconv.CodeFilepathKey.String("example.com/basic-fib/main.go"), __atel_semconv.CodeLineNumberKey.Int(18))

var __atel_attrs_main = __atel_trace.WithAttributes(__atel_semconv.CodeFunctionKey.String("main"), __atel_semconv.CodeNamespaceKey.String("example.com/basic-fib"), __atel_semconv.CodeFilepathKey.String("example.com/basic-fib/main.go"), __atel_semconv.CodeLineNumberKey.Int(22))

var __atel_attrs_main_1 = __atel_trace.WithAttributes(__atel_semconv.CodeFunctionKey.String("main$1"), __atel_semconv.CodeNamespaceKey.String("example.com/basic-fib"), __atel_semconv.CodeFilepathKey.String("example.com/basic-fib/main.go"), __atel_semconv.CodeLineNumberKey.Int(29))
