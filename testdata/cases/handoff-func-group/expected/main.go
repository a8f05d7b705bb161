package main

import (
	"fmt"
	"runtime"
	"strings"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// ops holds strings.ToUpper, which cannot take a context: the table keeps its type, and reverse, stored in it,
// keeps its signature (main's direct call reaches its twin). apply calls through the table on its own goroutine,
// so it lends its span to reverse.
var ops = map[string]func(string) string{
	"upper":   strings.ToUpper,
	"reverse": reverse,
}

func reverse(s string) string {
	return __atel_twin_reverse(__atel_context.Background(), s)
}

func __atel_twin_reverse(__atel_tracing_ctx __atel_context.Context, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "main.reverse")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return tidy(__atel_child_tracing_ctx, string(r))
}

func tidy(__atel_tracing_ctx __atel_context.Context, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.tidy")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return strings.TrimSpace(s)
}

func apply(__atel_tracing_ctx __atel_context.Context, name, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.apply")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
	return ops[name](s)
}

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
	fmt.Println(__atel_twin_reverse(__atel_child_tracing_ctx, "direct"))
	fmt.Println(apply(__atel_child_tracing_ctx, "upper", "table"))
	fmt.Println(apply(__atel_child_tracing_ctx, "reverse", "table "))
	// On a goroutine of its own nothing is lent: that reverse's span starts a new trace, as before.
	n := runtime.NumGoroutine()
	go ops["reverse"]("go")
	for runtime.NumGoroutine() > n {
		runtime.Gosched()
	}
	fmt.Println("done")
}

var __atel_tracer = __atel_otel.Tracer("example.com/handoff-func-group")

var __atel_code_reverse = __atel_rtlib.Code("example.com/handoff-func-group", "main.reverse", "reverse", "example.com/handoff-func-group", "example.com/handoff-func-group/main.go", 19)

var __atel_code_tidy = __atel_rtlib.Code("example.com/handoff-func-group", "main.tidy", "tidy", "example.com/handoff-func-group", "example.com/handoff-func-group/main.go", 27)

var __atel_code_apply = __atel_rtlib.Code("example.com/handoff-func-group", "main.apply", "apply", "example.com/handoff-func-group", "example.com/handoff-func-group/main.go", 29)

var __atel_code_main = __atel_rtlib.Code("example.com/handoff-func-group", "main.main", "main", "example.com/handoff-func-group", "example.com/handoff-func-group/main.go", 33)
