package main

import (
	"fmt"
	"os"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_codes "go.opentelemetry.io/otel/codes"
	__atel_trace "go.opentelemetry.io/otel/trace"
	__atel_rtlib "instrgen.dev/rtlib"
)

type v struct{}

func (v) Len(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.v.Len")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return 1
}
func (__atel_r v) Write(__atel_u0 []byte) (int, error) {
	return __atel_r.__atel_twin_Write(__atel_context.Background(), __atel_u0)
}

func (v) __atel_twin_Write(__atel_tracing_ctx __atel_context.Context, __atel_u0 []byte) (__atel_ret0 int, __atel_ret1 error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "main.v.Write")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_ret1) //instrgen:oneline
	return 0, nil
}
func (__atel_r v) Close() error {
	return __atel_r.__atel_twin_Close(__atel_context.Background())
}

func (_ v) __atel_twin_Close(__atel_tracing_ctx __atel_context.Context) (__atel_err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "main.v.Close")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_err) //instrgen:oneline
	return nil
}

// sum has a signature over several lines, a blank parameter, a variadic one, a named result and a recover; it is
// stored in a package-level table, where no context is in scope, so it keeps its signature.
func sum(
	a int,
	__atel_u1 string,
	rest ...int,
) (total int) {
	return __atel_twin_sum(__atel_context.Background(), a, __atel_u1, rest...)
}

func __atel_twin_sum(
	__atel_tracing_ctx __atel_context.Context,
	a int,
	_ string,
	rest ...int,
) (total int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.sum")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	defer func() {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.sum$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End()
		if recover() != nil {
			total = -1
		}
	}()
	if a < 0 {
		panic("negative")
	}
	return a + len(rest)
}

func first[T any, S ~[]T](s S, __atel_u1 int) T {
	return __atel_twin_first[T, S](__atel_context.Background(), s, __atel_u1)
}

func __atel_twin_first[T any, S ~[]T](__atel_tracing_ctx __atel_context.Context, s S, _ int) T {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.first")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return s[0]
}

func two(__atel_tracing_ctx __atel_context.Context) ([]int, int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.two")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return []int{5}, 0
}

var observed = []interface{}{sum}

func main() {
	__atel_ts := rtlib.NewTracingState()
	defer rtlib.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
	rtlib.AutotelEntryPoint()
	var x v
	_ = x.Len(__atel_child_tracing_ctx)
	x.__atel_twin_Write(__atel_child_tracing_ctx, nil)
	fmt.Println(x.__atel_twin_Close(__atel_child_tracing_ctx), k{}.__atel_twin_String(__atel_child_tracing_ctx), k{})
	fmt.Fprintln(x, "discarded")
	fmt.Println(__atel_twin_sum(__atel_child_tracing_ctx, 1, "", 2, 3), __atel_twin_sum(__atel_child_tracing_ctx, -1, ""), __atel_twin_first(__atel_child_tracing_ctx, []int{4}, 0), first(two(__atel_child_tracing_ctx)), len(observed))
	fmt.Fprintln(os.Stdout, "done")
}

var __atel_tracer = __atel_otel.Tracer("example.com/twin-layouts")

var __atel_code_v_Len = __atel_rtlib.Code("example.com/twin-layouts", "main.v.Len", "Len", "example.com/twin-layouts.v", "example.com/twin-layouts/main.go", 12)

var __atel_code_v_Write = __atel_rtlib.Code("example.com/twin-layouts", "main.v.Write", "Write", "example.com/twin-layouts.v", "example.com/twin-layouts/main.go", 13)

var __atel_code_v_Close = __atel_rtlib.Code("example.com/twin-layouts", "main.v.Close", "Close", "example.com/twin-layouts.v", "example.com/twin-layouts/main.go", 14)

var __atel_code_sum = __atel_rtlib.Code("example.com/twin-layouts", "main.sum", "sum", "example.com/twin-layouts", "example.com/twin-layouts/main.go", 18)

var __atel_code_first = __atel_rtlib.Code("example.com/twin-layouts", "main.first", "first", "example.com/twin-layouts", "example.com/twin-layouts/main.go", 34)

var __atel_code_two = __atel_rtlib.Code("example.com/twin-layouts", "main.two", "two", "example.com/twin-layouts", "example.com/twin-layouts/main.go", 36)

var __atel_code_main = __atel_rtlib.Code("example.com/twin-layouts", "main.main", "main", "example.com/twin-layouts", "example.com/twin-layouts/main.go", 40)

var __atel_code_sum_1 = __atel_rtlib.Code("example.com/twin-layouts", "main.sum$1", "sum$1", "example.com/twin-layouts", "example.com/twin-layouts/main.go", 23)

// __atel_end ends a span, recording a non-nil error as its error and status (added by instrgen).
func __atel_end(span __atel_trace.Span, err *error) {
	defer span.End()
	if e := *err; e != nil && span.IsRecording() {
		span.SetStatus(__atel_codes.Error, "")
		defer func() { _ = recover() }()
		span.SetStatus(__atel_codes.Error, e.Error())
		span.RecordError(e)
	}
}
