package main

import (
	"fmt"
	"os"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_attribute "go.opentelemetry.io/otel/attribute"
	__atel_codes "go.opentelemetry.io/otel/codes"
	__atel_trace "go.opentelemetry.io/otel/trace"
)

type v struct{}

func (v) Len(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.v.Len")
	__atel_span.SetAttributes(__atel_attrs_v_Len...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return 1
}
func (__atel_r v) Write(__atel_u0 []byte) (int, error) {
	return __atel_r.__atel_twin_Write(__atel_context.Background(), __atel_u0)
}

func (v) __atel_twin_Write(__atel_tracing_ctx __atel_context.Context, __atel_u0 []byte) (__atel_ret0 int, __atel_ret1 error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.v.Write")
	__atel_span.SetAttributes(__atel_attrs_v_Write...)
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_ret1) //instrgen:oneline
	return 0, nil
}
func (__atel_r v) Close() error {
	return __atel_r.__atel_twin_Close(__atel_context.Background())
}

func (_ v) __atel_twin_Close(__atel_tracing_ctx __atel_context.Context) (__atel_err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.v.Close")
	__atel_span.SetAttributes(__atel_attrs_v_Close...)
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
	__atel_span.SetAttributes(__atel_attrs_sum...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	defer func() {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.sum$1")
		__atel_span.SetAttributes(__atel_attrs_sum_1...)
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
	__atel_span.SetAttributes(__atel_attrs_first...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return s[0]
}

func two(__atel_tracing_ctx __atel_context.Context) ([]int, int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.two")
	__atel_span.SetAttributes(__atel_attrs_two...)
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
	__atel_span.SetAttributes(__atel_attrs_main...)
	_ = __atel_child_tracing_ctx
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

var __atel_attrs_v_Len = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Len"), __atel_attribute.String("code.namespace", "example.com/twin-layouts.v"), __atel_attribute.String("code.filepath", "example.com/twin-layouts/main.go"), __atel_attribute.Int("code.lineno", 12)}

var __atel_attrs_v_Write = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Write"), __atel_attribute.String("code.namespace", "example.com/twin-layouts.v"), __atel_attribute.String("code.filepath", "example.com/twin-layouts/main.go"), __atel_attribute.Int("code.lineno", 13)}

var __atel_attrs_v_Close = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Close"), __atel_attribute.String("code.namespace", "example.com/twin-layouts.v"), __atel_attribute.String("code.filepath", "example.com/twin-layouts/main.go"), __atel_attribute.Int("code.lineno", 14)}

var __atel_attrs_sum = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "sum"), __atel_attribute.String("code.namespace", "example.com/twin-layouts"), __atel_attribute.String("code.filepath", "example.com/twin-layouts/main.go"), __atel_attribute.Int("code.lineno", 18)}

var __atel_attrs_first = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "first"), __atel_attribute.String("code.namespace", "example.com/twin-layouts"), __atel_attribute.String("code.filepath", "example.com/twin-layouts/main.go"), __atel_attribute.Int("code.lineno", 34)}

var __atel_attrs_two = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "two"), __atel_attribute.String("code.namespace", "example.com/twin-layouts"), __atel_attribute.String("code.filepath", "example.com/twin-layouts/main.go"), __atel_attribute.Int("code.lineno", 36)}

var __atel_attrs_main = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "main"), __atel_attribute.String("code.namespace", "example.com/twin-layouts"), __atel_attribute.String("code.filepath", "example.com/twin-layouts/main.go"), __atel_attribute.Int("code.lineno", 40)}

var __atel_attrs_sum_1 = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "sum$1"), __atel_attribute.String("code.namespace", "example.com/twin-layouts"), __atel_attribute.String("code.filepath", "example.com/twin-layouts/main.go"), __atel_attribute.Int("code.lineno", 23)}

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
