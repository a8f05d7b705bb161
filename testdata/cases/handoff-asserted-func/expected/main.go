package main

import (
	"fmt"
	"runtime"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// builtins holds functions as interface{} values, as an interpreter's instruction table does: instrgen cannot
// follow them to the call. double is reached from no root (it gets no span, and passes the span lent to it where it calls
// scale and pair) and triple keeps its signature.
var builtins = map[string]interface{}{}

func init() {
	builtins["double"] = double
	builtins["triple"] = triple
}

func double(x int) int {
	return func(__atel_p0 int, __atel_p1 int) int { return scale(__atel_rtlib.Lent(), __atel_p0, __atel_p1) }(pair(__atel_rtlib.Lent(), x, 2))
}

func triple(x int) int {
	return __atel_twin_triple(__atel_context.Background(), x)
}

func __atel_twin_triple(__atel_tracing_ctx __atel_context.Context, x int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "main.triple")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return scale(__atel_child_tracing_ctx, x, 3)
}

func scale(__atel_tracing_ctx __atel_context.Context, x, by int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.scale")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return x * by
}

func pair(__atel_tracing_ctx __atel_context.Context, x, y int) (int, int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.pair")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return x, y
}

// eval calls what the table holds through a type assertion: it lends its span to its goroutine while it runs.
func eval(__atel_tracing_ctx __atel_context.Context, name string, x int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.eval")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
	return builtins[name].(func(int) int)(x)
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
	fmt.Println(func(__atel_p0 int, __atel_p1 int) int { return scale(__atel_child_tracing_ctx, __atel_p0, __atel_p1) }(pair(__atel_child_tracing_ctx, 1, 1)), __atel_twin_triple(__atel_child_tracing_ctx, 1))
	fmt.Println(eval(__atel_child_tracing_ctx, "double", 5), eval(__atel_child_tracing_ctx, "triple", 5))
	// On a goroutine of its own nothing is lent: pair and scale, called from double there, start new traces, as before.
	n := runtime.NumGoroutine()
	go builtins["double"].(func(int) int)(7)
	for runtime.NumGoroutine() > n {
		runtime.Gosched()
	}
	fmt.Println("done")
}

var __atel_tracer = __atel_otel.Tracer("example.com/handoff-asserted-func")

var __atel_code_triple = __atel_rtlib.Code("example.com/handoff-asserted-func", "main.triple", "triple", "example.com/handoff-asserted-func", "example.com/handoff-asserted-func/main.go", 24)

var __atel_code_scale = __atel_rtlib.Code("example.com/handoff-asserted-func", "main.scale", "scale", "example.com/handoff-asserted-func", "example.com/handoff-asserted-func/main.go", 26)

var __atel_code_pair = __atel_rtlib.Code("example.com/handoff-asserted-func", "main.pair", "pair", "example.com/handoff-asserted-func", "example.com/handoff-asserted-func/main.go", 28)

var __atel_code_eval = __atel_rtlib.Code("example.com/handoff-asserted-func", "main.eval", "eval", "example.com/handoff-asserted-func", "example.com/handoff-asserted-func/main.go", 31)

var __atel_code_main = __atel_rtlib.Code("example.com/handoff-asserted-func", "main.main", "main", "example.com/handoff-asserted-func", "example.com/handoff-asserted-func/main.go", 35)
