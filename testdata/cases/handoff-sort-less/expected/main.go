package main

import (
	"fmt"
	"sort"
	"strings"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// byWeight is a sort.Interface: sort.Sort calls Len, Less and Swap, which take no context.
type byWeight []string

func (b byWeight) Len() int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.byWeight.Len")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return len(b)
}
func (b byWeight) Less(i, j int) bool {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.byWeight.Less")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if wi, wj := weight(__atel_child_tracing_ctx, b[i]), weight(__atel_child_tracing_ctx, b[j]); wi != wj {
		return wi < wj
	}
	return b[i] < b[j]
}
func (b byWeight) Swap(i, j int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.byWeight.Swap")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	b[i], b[j] = b[j], b[i]
}

func weight(__atel_tracing_ctx __atel_context.Context, s string) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.weight")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return len(s) + strings.Count(s, "e")
}

// order hands the words to sort.Sort: Less's span is a child of order's, and weight's of Less's.
func order(__atel_tracing_ctx __atel_context.Context, words []string) []string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.order")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
	sorted := append([]string(nil), words...)
	sort.Sort(byWeight(sorted))
	return sorted
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
	fmt.Println(strings.Join(order(__atel_child_tracing_ctx, []string{"pear", "fig", "apple", "kiwi", "plum"}), " "))
}

var __atel_tracer = __atel_otel.Tracer("example.com/handoff-sort-less")

var __atel_code_byWeight_Len = __atel_rtlib.Code("example.com/handoff-sort-less", "main.byWeight.Len", "Len", "example.com/handoff-sort-less.byWeight", "example.com/handoff-sort-less/main.go", 14)

var __atel_code_byWeight_Less = __atel_rtlib.Code("example.com/handoff-sort-less", "main.byWeight.Less", "Less", "example.com/handoff-sort-less.byWeight", "example.com/handoff-sort-less/main.go", 15)

var __atel_code_byWeight_Swap = __atel_rtlib.Code("example.com/handoff-sort-less", "main.byWeight.Swap", "Swap", "example.com/handoff-sort-less.byWeight", "example.com/handoff-sort-less/main.go", 21)

var __atel_code_weight = __atel_rtlib.Code("example.com/handoff-sort-less", "main.weight", "weight", "example.com/handoff-sort-less", "example.com/handoff-sort-less/main.go", 23)

var __atel_code_order = __atel_rtlib.Code("example.com/handoff-sort-less", "main.order", "order", "example.com/handoff-sort-less", "example.com/handoff-sort-less/main.go", 28)

var __atel_code_main = __atel_rtlib.Code("example.com/handoff-sort-less", "main.main", "main", "example.com/handoff-sort-less", "example.com/handoff-sort-less/main.go", 34)
