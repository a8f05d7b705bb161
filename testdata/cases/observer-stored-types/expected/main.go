// A report that prints interface values holding strings which came from the standard library, and hands a module
// function to the standard library (strings.Map). A string cannot hold a function, so storing one (a local, a field)
// carries no function value into what is printed: shout is not observed and goes through an adapter that carries the
// context. tag, whose name the program prints through reflect and runtime, keeps its signature.
package main

import (
	"fmt"
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

type entry struct {
	Title string
	Count int
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

func tag(word string) string {
	return __atel_twin_tag(__atel_context.Background(), word)
}

func __atel_twin_tag(__atel_tracing_ctx __atel_context.Context, word string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.tag")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return "#" + word
}

// report prints a word's line: values whose origin instrgen cannot see (results of the standard library) go through
// a local and a struct field into interface values that fmt prints.
func report(__atel_tracing_ctx __atel_context.Context, word string) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.report")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	title := strings.TrimSpace(" " + word + " ")
	e := entry{Title: strings.Repeat("=", len(word)), Count: len(word)}
	var heading interface{} = e.Title
	fields := []interface{}{title, e.Count}
	fmt.Println(heading)
	fmt.Println(fields...)
	fmt.Println(strings.Map(func(__atel_p0 rune) rune { return shout(__atel_child_tracing_ctx, __atel_p0) }, word))
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
	for _, w := range []string{"banana", "kiwi"} {
		report(__atel_child_tracing_ctx, w)
	}
	fmt.Println(runtime.FuncForPC(reflect.ValueOf(tag).Pointer()).Name(), __atel_twin_tag(__atel_child_tracing_ctx, "go"))
}

var __atel_tracer = __atel_otel.Tracer("example.com/observer-stored-types")

var __atel_code_shout = __atel_rtlib.Code("example.com/observer-stored-types", "main.shout", "shout", "example.com/observer-stored-types", "example.com/observer-stored-types/main.go", 21)

var __atel_code_tag = __atel_rtlib.Code("example.com/observer-stored-types", "main.tag", "tag", "example.com/observer-stored-types", "example.com/observer-stored-types/main.go", 28)

var __atel_code_report = __atel_rtlib.Code("example.com/observer-stored-types", "main.report", "report", "example.com/observer-stored-types", "example.com/observer-stored-types/main.go", 34)

var __atel_code_main = __atel_rtlib.Code("example.com/observer-stored-types", "main.main", "main", "example.com/observer-stored-types", "example.com/observer-stored-types/main.go", 44)
