package main

import (
	"fmt"
	"sort"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// step's functions are also used as values where no adapter can be written: the group keeps its type.
type step struct {
	name string
	do   func(n int) int
}

var steps = []step{{"inc", inc}, {"dec", dec}}

// byName holds inc as a value at package level too, where no context is in scope, and is itself handed to an
// interface{} (so it is no group): inc keeps its signature (IG2001), so step.do keeps its type (IG2016), and dec with it.
var byName = map[string]func(int) int{"inc": inc}

var anyTable interface{} = byName

func inc(n int) int { return n + 1 }

func dec(n int) int { return n - 1 }

// sorter stores a function that the standard library also gets (an adapter there), and a literal.
type sorter struct {
	less func(__atel_tracing_ctx __atel_context.Context, a, b int) bool
}

func ascending(__atel_tracing_ctx __atel_context.Context, a, b int) bool {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.ascending")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return a < b
}

func order(__atel_tracing_ctx __atel_context.Context, xs []int, s sorter) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.order")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	sort.Slice(xs, func(i, j int) bool {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.order$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		return s.less(__atel_child_tracing_ctx, xs[i], xs[j])
	})
}

// table's field is called only from code no root reaches: it keeps its type, and add gets no span (it would only
// start traces of its own).
type table struct{ run func(int) int }

var tables = []table{{run: add}}

func add(n int) int { return n + 1 }

func unusedCaller() int { return tables[0].run(1) }

func main() {
	__atel_ts := rtlib.NewTracingState()
	defer rtlib.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	rtlib.AutotelEntryPoint()
	for _, s := range steps {
		fmt.Println(s.name, s.do(10))
	}
	fmt.Println(byName["inc"](1), anyTable != nil)
	xs := []int{3, 1, 2}
	order(__atel_child_tracing_ctx, xs, sorter{less: ascending})
	fmt.Println(xs)
	order(__atel_child_tracing_ctx, xs, sorter{less: func(__atel_tracing_ctx __atel_context.Context, a, b int) bool {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.main$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		return a > b
	}})
	fmt.Println(xs, sort.SliceIsSorted(xs, func(__atel_p0 int, __atel_p1 int) bool {
		return ascending(__atel_child_tracing_ctx, __atel_p0, __atel_p1)
	}))
}

var __atel_tracer = __atel_otel.Tracer("example.com/func-fields-kept")

var __atel_code_ascending = __atel_rtlib.Code("example.com/func-fields-kept", "main.ascending", "ascending", "example.com/func-fields-kept", "example.com/func-fields-kept/main.go", 33)

var __atel_code_order = __atel_rtlib.Code("example.com/func-fields-kept", "main.order", "order", "example.com/func-fields-kept", "example.com/func-fields-kept/main.go", 35)

var __atel_code_main = __atel_rtlib.Code("example.com/func-fields-kept", "main.main", "main", "example.com/func-fields-kept", "example.com/func-fields-kept/main.go", 49)

var __atel_code_order_1 = __atel_rtlib.Code("example.com/func-fields-kept", "main.order$1", "order$1", "example.com/func-fields-kept", "example.com/func-fields-kept/main.go", 36)

var __atel_code_main_1 = __atel_rtlib.Code("example.com/func-fields-kept", "main.main$1", "main$1", "example.com/func-fields-kept", "example.com/func-fields-kept/main.go", 58)
