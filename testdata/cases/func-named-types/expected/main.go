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

// handler is a named function type without methods: the field, the parameter and the table below are declared
// with it, so they change together, at the type's declaration.
type handler func(__atel_tracing_ctx __atel_context.Context, args []string) int

type command struct {
	name string
	run  handler
}

var commands = map[string]command{}

// register stores what it is passed in the field: its parameter joins the group.
func register(name string, fn handler) {
	commands[name] = command{name: name, run: fn}
}

func init() {
	register("sum", sum)
	register("count", count)
	register("upper", func(__atel_tracing_ctx __atel_context.Context, args []string) int {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.init$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End()
		return len(shout(__atel_child_tracing_ctx, strings.Join(args, " ")))
	})
}

func sum(__atel_tracing_ctx __atel_context.Context, args []string) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.sum")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	total := 0
	for _, a := range args {
		total += len(a)
	}
	return total
}

func count(__atel_tracing_ctx __atel_context.Context, args []string) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.count")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return len(args)
}

func shout(__atel_tracing_ctx __atel_context.Context, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.shout")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return strings.ToUpper(s) + "!"
}

var steps = []step{double, inc}

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

func pipeline(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.pipeline")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	var last step = double
	for i := range steps {
		var s step = steps[i]
		n = s(__atel_child_tracing_ctx, n)
	}
	if last != nil {
		n = last(__atel_child_tracing_ctx, n)
	}
	return n
}

// visitor is converted to (visitor(trim)): the conversion stores trim in the group, whose value goes to visit's v.
type visitor func(__atel_tracing_ctx __atel_context.Context, s string) string

func visit(__atel_tracing_ctx __atel_context.Context, v visitor, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.visit")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return v(__atel_child_tracing_ctx, s)
}

func trim(__atel_tracing_ctx __atel_context.Context, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.trim")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return strings.TrimSpace(s)
}

func dispatch(__atel_tracing_ctx __atel_context.Context, name string, args []string) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.dispatch")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	c, ok := commands[name]
	if !ok || c.run == nil {
		return -1
	}
	return c.run(__atel_child_tracing_ctx, args)
}

// before and after share one written function type: it gains the context once.
var before, after func(__atel_tracing_ctx __atel_context.Context, n int) int

func half(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.half")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return n / 2
}

func neg(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.neg")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return -n
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
	before, after = half, neg
	halved := before(__atel_child_tracing_ctx, 10)
	fmt.Println("before/after", after(__atel_child_tracing_ctx, halved))
	for _, name := range []string{"sum", "count", "upper", "none"} {
		fmt.Println(name, dispatch(__atel_child_tracing_ctx, name, []string{"a", "bb", "ccc"}))
	}
	fmt.Println("pipeline", pipeline(__atel_child_tracing_ctx, 3))
	fmt.Println("visit", visit(__atel_child_tracing_ctx, visitor(trim), "  x  "))
}

var __atel_tracer = __atel_otel.Tracer("example.com/func-named-types")

var __atel_code_sum = __atel_rtlib.Code("example.com/func-named-types", "main.sum", "sum", "example.com/func-named-types", "example.com/func-named-types/main.go", 34)

var __atel_code_count = __atel_rtlib.Code("example.com/func-named-types", "main.count", "count", "example.com/func-named-types", "example.com/func-named-types/main.go", 42)

var __atel_code_shout = __atel_rtlib.Code("example.com/func-named-types", "main.shout", "shout", "example.com/func-named-types", "example.com/func-named-types/main.go", 44)

var __atel_code_double = __atel_rtlib.Code("example.com/func-named-types", "main.double", "double", "example.com/func-named-types", "example.com/func-named-types/main.go", 48)

var __atel_code_inc = __atel_rtlib.Code("example.com/func-named-types", "main.inc", "inc", "example.com/func-named-types", "example.com/func-named-types/main.go", 50)

var __atel_code_pipeline = __atel_rtlib.Code("example.com/func-named-types", "main.pipeline", "pipeline", "example.com/func-named-types", "example.com/func-named-types/main.go", 52)

var __atel_code_visit = __atel_rtlib.Code("example.com/func-named-types", "main.visit", "visit", "example.com/func-named-types", "example.com/func-named-types/main.go", 67)

var __atel_code_trim = __atel_rtlib.Code("example.com/func-named-types", "main.trim", "trim", "example.com/func-named-types", "example.com/func-named-types/main.go", 69)

var __atel_code_dispatch = __atel_rtlib.Code("example.com/func-named-types", "main.dispatch", "dispatch", "example.com/func-named-types", "example.com/func-named-types/main.go", 71)

var __atel_code_half = __atel_rtlib.Code("example.com/func-named-types", "main.half", "half", "example.com/func-named-types", "example.com/func-named-types/main.go", 82)

var __atel_code_neg = __atel_rtlib.Code("example.com/func-named-types", "main.neg", "neg", "example.com/func-named-types", "example.com/func-named-types/main.go", 84)

var __atel_code_main = __atel_rtlib.Code("example.com/func-named-types", "main.main", "main", "example.com/func-named-types", "example.com/func-named-types/main.go", 86)

var __atel_code_init_1 = __atel_rtlib.Code("example.com/func-named-types", "main.init$1", "init$1", "example.com/func-named-types", "example.com/func-named-types/main.go", 29)
