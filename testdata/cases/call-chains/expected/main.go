package main

import (
	"fmt"
	"strings"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

type Counter struct {
	n     int
	steps []string
}

func NewCounter(__atel_tracing_ctx __atel_context.Context) *Counter {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.NewCounter")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return &Counter{}
}

func (c *Counter) Add(__atel_tracing_ctx __atel_context.Context, k int) *Counter {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*Counter).Add")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	c.n += k
	c.steps = append(c.steps, fmt.Sprintf("+%d", k))
	return c
}

func (c *Counter) Inc(__atel_tracing_ctx __atel_context.Context) *Counter {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*Counter).Inc")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return c.Add(__atel_child_tracing_ctx, 1)
}

func (c Counter) Value(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Counter.Value")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return c.n
}

type Builder struct{ parts []string }

func (b Builder) With(__atel_tracing_ctx __atel_context.Context, s string) Builder {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Builder.With")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	b.parts = append(append([]string(nil), b.parts...), s)
	return b
}

func (b Builder) Build(__atel_tracing_ctx __atel_context.Context, sep string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Builder.Build")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return strings.Join(b.parts, sep)
}

func split(__atel_tracing_ctx __atel_context.Context, s string) (string, string) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.split")
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
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return "answer", sum(__atel_child_tracing_ctx, 40, 2)
}

func pair(__atel_tracing_ctx __atel_context.Context, name string, v int) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.pair")
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

var __atel_code_NewCounter = __atel_rtlib.Code("example.com/call-chains", "main.NewCounter", "NewCounter", "example.com/call-chains", "example.com/call-chains/main.go", 15)

var __atel_code_Counter_Add = __atel_rtlib.Code("example.com/call-chains", "main.(*Counter).Add", "Add", "example.com/call-chains.(*Counter)", "example.com/call-chains/main.go", 19)

var __atel_code_Counter_Inc = __atel_rtlib.Code("example.com/call-chains", "main.(*Counter).Inc", "Inc", "example.com/call-chains.(*Counter)", "example.com/call-chains/main.go", 25)

var __atel_code_Counter_Value = __atel_rtlib.Code("example.com/call-chains", "main.Counter.Value", "Value", "example.com/call-chains.Counter", "example.com/call-chains/main.go", 29)

var __atel_code_Builder_With = __atel_rtlib.Code("example.com/call-chains", "main.Builder.With", "With", "example.com/call-chains.Builder", "example.com/call-chains/main.go", 33)

var __atel_code_Builder_Build = __atel_rtlib.Code("example.com/call-chains", "main.Builder.Build", "Build", "example.com/call-chains.Builder", "example.com/call-chains/main.go", 38)

var __atel_code_split = __atel_rtlib.Code("example.com/call-chains", "main.split", "split", "example.com/call-chains", "example.com/call-chains/main.go", 42)

var __atel_code_sum = __atel_rtlib.Code("example.com/call-chains", "main.sum", "sum", "example.com/call-chains", "example.com/call-chains/main.go", 50)

var __atel_code_twoValues = __atel_rtlib.Code("example.com/call-chains", "main.twoValues", "twoValues", "example.com/call-chains", "example.com/call-chains/main.go", 58)

var __atel_code_pair = __atel_rtlib.Code("example.com/call-chains", "main.pair", "pair", "example.com/call-chains", "example.com/call-chains/main.go", 62)

var __atel_code_main = __atel_rtlib.Code("example.com/call-chains", "main.main", "main", "example.com/call-chains", "example.com/call-chains/main.go", 66)
