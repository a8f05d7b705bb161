package main

import (
	"fmt"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_codes "go.opentelemetry.io/otel/codes"
	__atel_trace "go.opentelemetry.io/otel/trace"
	__atel_rtlib "instrgen.dev/rtlib"
)

type Celsius float64

type Fahrenheit float64

func (c Celsius) Fahrenheit(__atel_tracing_ctx __atel_context.Context) Fahrenheit {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Celsius.Fahrenheit")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return Fahrenheit(c*9/5 + 32)
}

// MyFunc is a named function type with a method.
type MyFunc func(int) int

func (f MyFunc) Twice(__atel_tracing_ctx __atel_context.Context, x int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.MyFunc.Twice")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return f(f(x))
}

type Tally struct{ n int }

func (t *Tally) Bump(__atel_tracing_ctx __atel_context.Context, by int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*Tally).Bump")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	t.n += by
	return t.n
}

func triple(__atel_tracing_ctx __atel_context.Context, x int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.triple")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return 3 * x
}

// max is an ordinary function here: Go 1.19 has no builtin max.
func max(__atel_tracing_ctx __atel_context.Context, a, b int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.max")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if a > b {
		return a
	}
	return b
}

func reverseBytes(__atel_tracing_ctx __atel_context.Context, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.reverseBytes")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	b := []byte(s)
	out := make([]byte, len(b), cap(b)+1)
	copy(out, b)
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return string(out)
}

func mustPositive(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.mustPositive")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if n <= 0 {
		panic(fmt.Sprintf("not positive: %d", n))
	}
	return n
}

func tryPositive(__atel_tracing_ctx __atel_context.Context, n int) (v int, err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.tryPositive")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &err)
	defer func() {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.tryPositive$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End()
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return mustPositive(__atel_child_tracing_ctx, n), nil
}

func compose(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.compose")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	type step func(int) int
	steps := []step{step(func(__atel_p0 int) int { return triple(__atel_child_tracing_ctx, __atel_p0) }), func(x int) int {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.compose$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		return x - 1
	}}
	x := 2
	for _, s := range steps {
		x = s(x)
	}
	return x
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
	temps := []float64{-40, 0, 100}
	for _, t := range temps {
		fmt.Printf("%.1fC = %.1fF\n", t, float64(Celsius(t).Fahrenheit(__atel_child_tracing_ctx)))
	}

	f := func(x int) int {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.main$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		return x + 5
	}
	g := MyFunc(f)
	h := MyFunc(func(__atel_p0 int) int { return triple(__atel_child_tracing_ctx, __atel_p0) })
	fmt.Println("MyFunc:", g(1), g.Twice(__atel_child_tracing_ctx, 1), h.Twice(__atel_child_tracing_ctx, 2))

	fmt.Println("reverse:", reverseBytes(__atel_child_tracing_ctx, "builtin"))

	xs := append([]int(nil), 3, 9, 4)
	m := make(map[string]int, len(xs))
	m["a"] = max(__atel_child_tracing_ctx, xs[0], xs[1])
	m["b"] = max(__atel_child_tracing_ctx, xs[2], xs[0])
	delete(m, "b")
	fmt.Println("max/map:", len(m), m["a"], cap(xs) >= len(xs))

	p := new(Tally)
	p.Bump(__atel_child_tracing_ctx, 2)
	fmt.Println("new(Tally):", p.Bump(__atel_child_tracing_ctx, 3), new(Tally).Bump(__atel_child_tracing_ctx, 7))

	for _, n := range []int{4, -1} {
		v, err := tryPositive(__atel_child_tracing_ctx, n)
		fmt.Println("tryPositive:", v, err)
	}
	fmt.Println("compose:", compose(__atel_child_tracing_ctx))
}

var __atel_tracer = __atel_otel.Tracer("example.com/conversions-builtins")

var __atel_code_Celsius_Fahrenheit = __atel_rtlib.Code("example.com/conversions-builtins", "main.Celsius.Fahrenheit", "Fahrenheit", "example.com/conversions-builtins.Celsius", "example.com/conversions-builtins/main.go", 13)

var __atel_code_MyFunc_Twice = __atel_rtlib.Code("example.com/conversions-builtins", "main.MyFunc.Twice", "Twice", "example.com/conversions-builtins.MyFunc", "example.com/conversions-builtins/main.go", 18)

var __atel_code_Tally_Bump = __atel_rtlib.Code("example.com/conversions-builtins", "main.(*Tally).Bump", "Bump", "example.com/conversions-builtins.(*Tally)", "example.com/conversions-builtins/main.go", 22)

var __atel_code_triple = __atel_rtlib.Code("example.com/conversions-builtins", "main.triple", "triple", "example.com/conversions-builtins", "example.com/conversions-builtins/main.go", 27)

var __atel_code_max = __atel_rtlib.Code("example.com/conversions-builtins", "main.max", "max", "example.com/conversions-builtins", "example.com/conversions-builtins/main.go", 30)

var __atel_code_reverseBytes = __atel_rtlib.Code("example.com/conversions-builtins", "main.reverseBytes", "reverseBytes", "example.com/conversions-builtins", "example.com/conversions-builtins/main.go", 37)

var __atel_code_mustPositive = __atel_rtlib.Code("example.com/conversions-builtins", "main.mustPositive", "mustPositive", "example.com/conversions-builtins", "example.com/conversions-builtins/main.go", 47)

var __atel_code_tryPositive = __atel_rtlib.Code("example.com/conversions-builtins", "main.tryPositive", "tryPositive", "example.com/conversions-builtins", "example.com/conversions-builtins/main.go", 54)

var __atel_code_compose = __atel_rtlib.Code("example.com/conversions-builtins", "main.compose", "compose", "example.com/conversions-builtins", "example.com/conversions-builtins/main.go", 63)

var __atel_code_main = __atel_rtlib.Code("example.com/conversions-builtins", "main.main", "main", "example.com/conversions-builtins", "example.com/conversions-builtins/main.go", 73)

var __atel_code_tryPositive_1 = __atel_rtlib.Code("example.com/conversions-builtins", "main.tryPositive$1", "tryPositive$1", "example.com/conversions-builtins", "example.com/conversions-builtins/main.go", 55)

var __atel_code_compose_1 = __atel_rtlib.Code("example.com/conversions-builtins", "main.compose$1", "compose$1", "example.com/conversions-builtins", "example.com/conversions-builtins/main.go", 65)

var __atel_code_main_1 = __atel_rtlib.Code("example.com/conversions-builtins", "main.main$1", "main$1", "example.com/conversions-builtins", "example.com/conversions-builtins/main.go", 80)

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
