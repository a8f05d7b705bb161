package main

import (
	"fmt"
	"strings"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_attribute "go.opentelemetry.io/otel/attribute"
)

type Counter struct {
	n     int
	steps []string
}

func NewCounter(__atel_tracing_ctx __atel_context.Context) *Counter {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.NewCounter")
	__atel_span.SetAttributes(__atel_attrs_NewCounter...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return &Counter{}
}

func (c *Counter) Add(__atel_tracing_ctx __atel_context.Context, k int) *Counter {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*Counter).Add")
	__atel_span.SetAttributes(__atel_attrs_Counter_Add...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	c.n += k
	c.steps = append(c.steps, fmt.Sprintf("+%d", k))
	return c
}

func (c *Counter) Inc(__atel_tracing_ctx __atel_context.Context) *Counter {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*Counter).Inc")
	__atel_span.SetAttributes(__atel_attrs_Counter_Inc...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return c.Add(__atel_child_tracing_ctx, 1)
}

func (c Counter) Value(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Counter.Value")
	__atel_span.SetAttributes(__atel_attrs_Counter_Value...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return c.n
}

type Builder struct{ parts []string }

func (b Builder) With(__atel_tracing_ctx __atel_context.Context, s string) Builder {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Builder.With")
	__atel_span.SetAttributes(__atel_attrs_Builder_With...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	b.parts = append(append([]string(nil), b.parts...), s)
	return b
}

func (b Builder) Build(__atel_tracing_ctx __atel_context.Context, sep string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Builder.Build")
	__atel_span.SetAttributes(__atel_attrs_Builder_Build...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return strings.Join(b.parts, sep)
}

func split(__atel_tracing_ctx __atel_context.Context, s string) (string, string) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.split")
	__atel_span.SetAttributes(__atel_attrs_split...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	i := strings.IndexByte(s, ':')
	if i < 0 {
		return s, ""
	}
	return s[:i], s[i+1:]
}

func sum(__atel_tracing_ctx __atel_context.Context, xs ...int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.sum")
	__atel_span.SetAttributes(__atel_attrs_sum...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func twoValues(__atel_tracing_ctx __atel_context.Context) (string, int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.twoValues")
	__atel_span.SetAttributes(__atel_attrs_twoValues...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return "answer", sum(__atel_child_tracing_ctx, 40, 2)
}

func pair(__atel_tracing_ctx __atel_context.Context, name string, v int) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.pair")
	__atel_span.SetAttributes(__atel_attrs_pair...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return fmt.Sprintf("%s=%d", name, v)
}

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

	fmt.Println("pair:", func(__atel_p0 string, __atel_p1 int) string {
		return pair(__atel_child_tracing_ctx, __atel_p0, __atel_p1)
	}(twoValues(__atel_child_tracing_ctx)))
	left, _ := split(__atel_child_tracing_ctx, "x:y")
	fmt.Println("pair left:", pair(__atel_child_tracing_ctx, left+"!", len(nums)))
}

var __atel_tracer = __atel_otel.Tracer("example.com/call-chains")

var __atel_attrs_NewCounter = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "NewCounter"), __atel_attribute.String("code.namespace", "example.com/call-chains"), __atel_attribute.String("code.filepath", "example.com/call-chains/main.go"), __atel_attribute.Int("code.lineno", 15)}

var __atel_attrs_Counter_Add = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Add"), __atel_attribute.String("code.namespace", "example.com/call-chains.(*Counter)"), __atel_attribute.String("code.filepath", "example.com/call-chains/main.go"), __atel_attribute.Int("code.lineno", 19)}

var __atel_attrs_Counter_Inc = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Inc"), __atel_attribute.String("code.namespace", "example.com/call-chains.(*Counter)"), __atel_attribute.String("code.filepath", "example.com/call-chains/main.go"), __atel_attribute.Int("code.lineno", 25)}

var __atel_attrs_Counter_Value = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Value"), __atel_attribute.String("code.namespace", "example.com/call-chains.Counter"), __atel_attribute.String("code.filepath", "example.com/call-chains/main.go"), __atel_attribute.Int("code.lineno", 29)}

var __atel_attrs_Builder_With = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "With"), __atel_attribute.String("code.namespace", "example.com/call-chains.Builder"), __atel_attribute.String("code.filepath", "example.com/call-chains/main.go"), __atel_attribute.Int("code.lineno", 33)}

var __atel_attrs_Builder_Build = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Build"), __atel_attribute.String("code.namespace", "example.com/call-chains.Builder"), __atel_attribute.String("code.filepath", "example.com/call-chains/main.go"), __atel_attribute.Int("code.lineno", 38)}

var __atel_attrs_split = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "split"), __atel_attribute.String("code.namespace", "example.com/call-chains"), __atel_attribute.String("code.filepath", "example.com/call-chains/main.go"), __atel_attribute.Int("code.lineno", 42)}

var __atel_attrs_sum = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "sum"), __atel_attribute.String("code.namespace", "example.com/call-chains"), __atel_attribute.String("code.filepath", "example.com/call-chains/main.go"), __atel_attribute.Int("code.lineno", 50)}

var __atel_attrs_twoValues = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "twoValues"), __atel_attribute.String("code.namespace", "example.com/call-chains"), __atel_attribute.String("code.filepath", "example.com/call-chains/main.go"), __atel_attribute.Int("code.lineno", 58)}

var __atel_attrs_pair = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "pair"), __atel_attribute.String("code.namespace", "example.com/call-chains"), __atel_attribute.String("code.filepath", "example.com/call-chains/main.go"), __atel_attribute.Int("code.lineno", 62)}

var __atel_attrs_main = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "main"), __atel_attribute.String("code.namespace", "example.com/call-chains"), __atel_attribute.String("code.filepath", "example.com/call-chains/main.go"), __atel_attribute.Int("code.lineno", 66)}
