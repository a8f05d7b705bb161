package main

import (
	"fmt"
	"sort"

	"example.com/func-fields-literals/cmds"
	"example.com/func-fields-literals/report"
	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

type step struct {
	name string
	do   func(__atel_tracing_ctx __atel_context.Context, n int) int
}

var steps = []step{
	{"double", double},
	{"square", square},
}

func double(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.double")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return 2 * n
}

func square(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.square")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return n * n
}

// results runs every step on n; the struct declared here has fields of its own, so its positional literal stores
// nothing in step.do or in cmds' command.run.
func results(__atel_tracing_ctx __atel_context.Context, n int) []string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.results")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	type pair struct {
		name  string
		value int
	}
	var pairs []pair
	for _, s := range steps {
		pairs = append(pairs, pair{s.name, s.do(__atel_child_tracing_ctx, n)})
	}
	sort.Slice(pairs, func(i, j int) bool {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.results$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		return pairs[i].value > pairs[j].value
	})
	var out []string
	for _, p := range pairs {
		out = append(out, fmt.Sprintf("%s=%d", p.name, p.value))
	}
	return out
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
	fmt.Println(results(__atel_child_tracing_ctx, 7))
	fmt.Println(cmds.Dispatch(__atel_child_tracing_ctx, "sum", []string{"1", "2", "3"}), cmds.Dispatch(__atel_child_tracing_ctx, "count", []string{"a", "b"}))
	fmt.Println(report.Lines(__atel_child_tracing_ctx, []string{"first", "second"}))
}

var __atel_tracer = __atel_otel.Tracer("example.com/func-fields-literals")

var __atel_code_double = __atel_rtlib.Code("example.com/func-fields-literals", "main.double", "double", "example.com/func-fields-literals", "example.com/func-fields-literals/main.go", 22)

var __atel_code_square = __atel_rtlib.Code("example.com/func-fields-literals", "main.square", "square", "example.com/func-fields-literals", "example.com/func-fields-literals/main.go", 24)

var __atel_code_results = __atel_rtlib.Code("example.com/func-fields-literals", "main.results", "results", "example.com/func-fields-literals", "example.com/func-fields-literals/main.go", 28)

var __atel_code_main = __atel_rtlib.Code("example.com/func-fields-literals", "main.main", "main", "example.com/func-fields-literals", "example.com/func-fields-literals/main.go", 45)

var __atel_code_results_1 = __atel_rtlib.Code("example.com/func-fields-literals", "main.results$1", "results$1", "example.com/func-fields-literals", "example.com/func-fields-literals/main.go", 37)
