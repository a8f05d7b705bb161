package main

import (
	"fmt"
	"strings"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_semconv "go.opentelemetry.io/otel/semconv/v1.7.0"
	__atel_trace "go.opentelemetry.io/otel/trace"
)

type Counter struct {
	n     int
	steps []string
}

func NewCounter(__atel_tracing_ctx __atel_context.Context) *Counter {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.NewCounter", __atel_attrs_NewCounter)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return &Counter{}
}

func (c *Counter) Add(__atel_tracing_ctx __atel_context.Context, k int) *Counter {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*Counter).Add", __atel_attrs_Counter_Add)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	c.n += k
	c.steps = append(c.steps, fmt.Sprintf("+%d", k))
	return c
}

func (c *Counter) Inc(__atel_tracing_ctx __atel_context.Context) *Counter {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*Counter).Inc", __atel_attrs_Counter_Inc)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return c.Add(__atel_child_tracing_ctx, 1)
}

func (c Counter) Value(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Counter.Value", __atel_attrs_Counter_Value)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return c.n
}

type Builder struct{ parts []string }

func (b Builder) With(__atel_tracing_ctx __atel_context.Context, s string) Builder {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Builder.With", __atel_attrs_Builder_With)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	b.parts = append(append([]string(nil), b.parts...), s)
	return b
}

func (b Builder) Build(__atel_tracing_ctx __atel_context.Context, sep string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Builder.Build", __atel_attrs_Builder_Build)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return strings.Join(b.parts, sep)
}

func split(__atel_tracing_ctx __atel_context.Context, s string) (string, string) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.split", __atel_attrs_split)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	i := strings.IndexByte(s, ':')
	if i < 0 {
		return s, ""
	}
	return s[:i], s[i+1:]
}

func sum(__atel_tracing_ctx __atel_context.Context, xs ...int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.sum", __atel_attrs_sum)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func twoValues(__atel_tracing_ctx __atel_context.Context) (string, int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.twoValues", __atel_attrs_twoValues)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return "answer", sum(__atel_child_tracing_ctx, 40, 2)
}

func pair(name string, v int) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_context.Background(), "main.pair", __atel_attrs_pair)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return fmt.Sprintf("%s=%d", name, v)
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
	c := NewCounter(__atel_child_tracing_ctx)
	c.Add(__atel_child_tracing_ctx, 2).Add(__atel_child_tracing_ctx, 3).Inc(__atel_child_tracing_ctx)
	fmt.Println("counter:", c.Value(__atel_child_tracing_ctx), c.steps)
	fmt.Println("fresh chain:", NewCounter(__atel_child_tracing_ctx).Inc(__atel_child_tracing_ctx).Inc(__atel_child_tracing_ctx).Add(__atel_child_tracing_ctx, 10).Value(__atel_child_tracing_ctx))

	base := Builder{}.With(__atel_child_tracing_ctx, "a")
	fmt.Println("builder:", base.With(__atel_child_tracing_ctx, "b").With(__atel_child_tracing_ctx, "c").Build(__atel_child_tracing_ctx, "-"), base.Build(__atel_child_tracing_ctx, "-"))

	k, v := split(__atel_child_tracing_ctx, "key:value")
	fmt.Println("split:", k, v)

	nums := []int{4, 5, 6}
	fmt.Println("sum:", sum(__atel_child_tracing_ctx, 1, 2, 3), sum(__atel_child_tracing_ctx, nums...), sum(__atel_child_tracing_ctx))

	fmt.Println("pair:", pair(twoValues(__atel_child_tracing_ctx)))
	left, _ := split(__atel_child_tracing_ctx, "x:y")
	fmt.Println("pair left:", pair(left+"!", len(nums)))
}

var __atel_tracer = __atel_otel.Tracer("example.com/call-chains")

var __atel_attrs_NewCounter = __atel_trace.WithAttributes(__atel_semconv.CodeFunctionKey.String("NewCounter"), __atel_semconv.CodeNamespaceKey.String("example.com/call-chains"), __atel_semconv.CodeFilepathKey.String("example.com/call-chains/main.go"), __atel_semconv.CodeLineNumberKey.Int(15))

var __atel_attrs_Counter_Add = __atel_trace.WithAttributes(__atel_semconv.CodeFunctionKey.String("Add"), __atel_semconv.CodeNamespaceKey.String("example.com/call-chains.(*Counter)"), __atel_semconv.CodeFilepathKey.String("example.com/call-chains/main.go"), __atel_semconv.CodeLineNumberKey.Int(19))

var __atel_attrs_Counter_Inc = __atel_trace.WithAttributes(__atel_semconv.CodeFunctionKey.String("Inc"), __atel_semconv.CodeNamespaceKey.String("example.com/call-chains.(*Counter)"), __atel_semconv.CodeFilepathKey.String("example.com/call-chains/main.go"), __atel_semconv.CodeLineNumberKey.Int(25))

var __atel_attrs_Counter_Value = __atel_trace.WithAttributes(__atel_semconv.CodeFunctionKey.String("Value"), __atel_semconv.CodeNamespaceKey.String("example.com/call-chains.Counter"), __atel_semconv.CodeFilepathKey.String("example.com/call-chains/main.go"), __atel_semconv.CodeLineNumberKey.Int(29))

var __atel_attrs_Builder_With = __atel_trace.WithAttributes(__atel_semconv.CodeFunctionKey.String("With"), __atel_semconv.CodeNamespaceKey.String("example.com/call-chains.Builder"), __atel_semconv.CodeFilepathKey.String("example.com/call-chains/main.go"), __atel_semconv.CodeLineNumberKey.Int(33))

var __atel_attrs_Builder_Build = __atel_trace.WithAttributes(__atel_semconv.CodeFunctionKey.String("Build"), __atel_semconv.CodeNamespaceKey.String("example.com/call-chains.Builder"), __atel_semconv.CodeFilepathKey.String("example.com/call-chains/main.go"), __atel_semconv.CodeLineNumberKey.Int(38))

var __atel_attrs_split = __atel_trace.WithAttributes(__atel_semconv.CodeFunctionKey.String("split"), __atel_semconv.CodeNamespaceKey.String("example.com/call-chains"), __atel_semconv.CodeFilepathKey.String("example.com/call-chains/main.go"), __atel_semconv.CodeLineNumberKey.Int(42))

var __atel_attrs_sum = __atel_trace.WithAttributes(__atel_semconv.CodeFunctionKey.String("sum"), __atel_semconv.CodeNamespaceKey.String("example.com/call-chains"), __atel_semconv.CodeFilepathKey.String("example.com/call-chains/main.go"), __atel_semconv.CodeLineNumberKey.Int(50))

var __atel_attrs_twoValues = __atel_trace.WithAttributes(__atel_semconv.CodeFunctionKey.String("twoValues"), __atel_semconv.CodeNamespaceKey.String("example.com/call-chains"), __atel_semconv.CodeFilepathKey.String("example.com/call-chains/main.go"), __atel_semconv.CodeLineNumberKey.Int(58))

var __atel_attrs_pair = __atel_trace.WithAttributes(__atel_semconv.CodeFunctionKey.String("pair"), __atel_semconv.CodeNamespaceKey.String("example.com/call-chains"), __atel_semconv.CodeFilepathKey.String("example.com/call-chains/main.go"), __atel_semconv.CodeLineNumberKey.Int(62))

var __atel_attrs_main = __atel_trace.WithAttributes(__atel_semconv.CodeFunctionKey.String("main"), __atel_semconv.CodeNamespaceKey.String("example.com/call-chains"), __atel_semconv.CodeFilepathKey.String("example.com/call-chains/main.go"), __atel_semconv.CodeLineNumberKey.Int(66))
