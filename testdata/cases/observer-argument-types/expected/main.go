// A word tool that logs through a printf-style helper to stderr and hands a module function to the standard
// library (strings.Map). What the helper prints are strings and ints, which cannot hold a function, so shout is not
// observed and is passed through an adapter that carries the context; greet, whose name the program prints through
// reflect and runtime, keeps its signature.
package main

import (
	"fmt"
	"os"
	"reflect"
	"runtime"
	"strings"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// logf writes a note to stderr; its arguments reach fmt.Fprintf.
func logf(__atel_tracing_ctx __atel_context.Context, format string, args ...interface{}) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.logf")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	fmt.Fprintf(os.Stderr, format, args...)
}

func shout(__atel_tracing_ctx __atel_context.Context, r rune) rune {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.shout")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if r == 'a' {
		return 'A'
	}
	return r
}

func greet(name string) string {
	return __atel_twin_greet(__atel_context.Background(), name)
}

func __atel_twin_greet(__atel_tracing_ctx __atel_context.Context, name string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.greet")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return "hello " + name
}

func describe(__atel_tracing_ctx __atel_context.Context, word string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.describe")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	label := ""
	if len(word) > 4 {
		label = "long"
	} else {
		label = "short"
	}
	logf(__atel_child_tracing_ctx, "describing %s (%s)\n", word, label)
	return fmt.Sprintf("%s (%s)", strings.Map(func(__atel_p0 rune) rune { return shout(__atel_child_tracing_ctx, __atel_p0) }, word), label)
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
	for _, w := range []string{"banana", "kiwi", "fig"} {
		logf(__atel_child_tracing_ctx, "word %s: %d letters\n", strings.ToUpper(w), len(w))
		fmt.Println(describe(__atel_child_tracing_ctx, w))
	}
	fmt.Println(runtime.FuncForPC(reflect.ValueOf(greet).Pointer()).Name(), __atel_twin_greet(__atel_child_tracing_ctx, "gopher"))
}

var __atel_tracer = __atel_otel.Tracer("example.com/observer-argument-types")

var __atel_code_logf = __atel_rtlib.Code("example.com/observer-argument-types", "main.logf", "logf", "example.com/observer-argument-types", "example.com/observer-argument-types/main.go", 18)

var __atel_code_shout = __atel_rtlib.Code("example.com/observer-argument-types", "main.shout", "shout", "example.com/observer-argument-types", "example.com/observer-argument-types/main.go", 22)

var __atel_code_greet = __atel_rtlib.Code("example.com/observer-argument-types", "main.greet", "greet", "example.com/observer-argument-types", "example.com/observer-argument-types/main.go", 29)

var __atel_code_describe = __atel_rtlib.Code("example.com/observer-argument-types", "main.describe", "describe", "example.com/observer-argument-types", "example.com/observer-argument-types/main.go", 33)

var __atel_code_main = __atel_rtlib.Code("example.com/observer-argument-types", "main.main", "main", "example.com/observer-argument-types", "example.com/observer-argument-types/main.go", 44)
