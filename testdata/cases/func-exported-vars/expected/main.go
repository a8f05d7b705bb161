package main

import (
	"fmt"
	"sort"
	"strings"

	"example.com/func-exported-vars/hooks"
	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// Lessers is exported and handed to the standard library: it keeps its type (warning IG2016).
var Lessers = map[string]func(a, b string) bool{"len": byLen}

func byLen(a, b string) bool { return len(a) < len(b) }

func trim(__atel_tracing_ctx __atel_context.Context, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.trim")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return strings.TrimSpace(s)
}

func double(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.double")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return 2 * n
}

func inc(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.inc")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return n + 1
}

func report(__atel_tracing_ctx __atel_context.Context, n int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.report")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	fmt.Println("done", n)
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
	hooks.Filters["trim"] = trim
	hooks.Steps = append(hooks.Steps, double, inc)
	hooks.OnDone = report
	name := "trim"
	fmt.Printf("%q %q\n", hooks.Apply(__atel_child_tracing_ctx, name, "  x  "), hooks.Filters[name](__atel_child_tracing_ctx, "  y  "))
	fmt.Println(hooks.Apply(__atel_child_tracing_ctx, "upper", "abc"))
	fmt.Println(hooks.Run(__atel_child_tracing_ctx, 5))
	words := []string{"ccc", "a", "bb"}
	sort.Slice(words, func(i, j int) bool {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.main$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		return Lessers["len"](words[i], words[j])
	})
	less := Lessers["len"]
	fmt.Println(words, sort.SliceIsSorted(words, func(i, j int) bool {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.main$2")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		return less(words[i], words[j])
	}))
	// Lessers itself is read into a variable: it keeps its type.
	all := Lessers
	fmt.Println(len(all), Lessers != nil)
}

var __atel_tracer = __atel_otel.Tracer("example.com/func-exported-vars")

var __atel_code_trim = __atel_rtlib.Code("example.com/func-exported-vars", "main.trim", "trim", "example.com/func-exported-vars", "example.com/func-exported-vars/main.go", 17)

var __atel_code_double = __atel_rtlib.Code("example.com/func-exported-vars", "main.double", "double", "example.com/func-exported-vars", "example.com/func-exported-vars/main.go", 19)

var __atel_code_inc = __atel_rtlib.Code("example.com/func-exported-vars", "main.inc", "inc", "example.com/func-exported-vars", "example.com/func-exported-vars/main.go", 21)

var __atel_code_report = __atel_rtlib.Code("example.com/func-exported-vars", "main.report", "report", "example.com/func-exported-vars", "example.com/func-exported-vars/main.go", 23)

var __atel_code_main = __atel_rtlib.Code("example.com/func-exported-vars", "main.main", "main", "example.com/func-exported-vars", "example.com/func-exported-vars/main.go", 25)

var __atel_code_main_1 = __atel_rtlib.Code("example.com/func-exported-vars", "main.main$1", "main$1", "example.com/func-exported-vars", "example.com/func-exported-vars/main.go", 35)

var __atel_code_main_2 = __atel_rtlib.Code("example.com/func-exported-vars", "main.main$2", "main$2", "example.com/func-exported-vars", "example.com/func-exported-vars/main.go", 37)
