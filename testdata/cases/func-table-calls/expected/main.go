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

// Tables indexed by a variable and called at once with one argument: tree-sitter-go reads ops[name](x) as a
// conversion to a generic type ops[name]; instrgen reads it as the call it is.
var ops = map[string]func(__atel_tracing_ctx __atel_context.Context, n int) int{
	"double": double,
	"square": square,
	"neg": func(__atel_tracing_ctx __atel_context.Context, n int) int {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.init$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		return -n
	},
}

var steps = []func(__atel_tracing_ctx __atel_context.Context, n int) int{inc, double}

// formats holds a standard library function: it keeps its type (warning IG2016).
var formats = map[string]func(s string) string{"trim": strings.TrimSpace}

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

func inc(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.inc")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return n + 1
}

func parse(__atel_tracing_ctx __atel_context.Context, s string) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.parse")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return len(s)
}

func apply(__atel_tracing_ctx __atel_context.Context, name string, x int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.apply")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return ops[name](__atel_child_tracing_ctx, x)
}

// applyParsed passes another call's result, which has one value.
func applyParsed(__atel_tracing_ctx __atel_context.Context, name, s string) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.applyParsed")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return ops[name](__atel_child_tracing_ctx, parse(__atel_child_tracing_ctx, s))
}

func pipeline(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.pipeline")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	for i := range steps {
		n = steps[i](__atel_child_tracing_ctx, n)
	}
	return n
}

// chain ranges over the table, reading its elements into a variable of inferred type.
func chain(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.chain")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	for _, step := range steps {
		n = step(__atel_child_tracing_ctx, n)
	}
	return n
}

func format(__atel_tracing_ctx __atel_context.Context, name, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.format")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return formats[name](s)
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
	for _, name := range []string{"double", "square", "neg"} {
		fmt.Println(name, apply(__atel_child_tracing_ctx, name, 7), applyParsed(__atel_child_tracing_ctx, name, "abc"))
	}
	fmt.Println(pipeline(__atel_child_tracing_ctx, 3), chain(__atel_child_tracing_ctx, 3))
	fmt.Printf("%q\n", format(__atel_child_tracing_ctx, "trim", "  x  "))
}

var __atel_tracer = __atel_otel.Tracer("example.com/func-table-calls")

var __atel_code_double = __atel_rtlib.Code("example.com/func-table-calls", "main.double", "double", "example.com/func-table-calls", "example.com/func-table-calls/main.go", 23)

var __atel_code_square = __atel_rtlib.Code("example.com/func-table-calls", "main.square", "square", "example.com/func-table-calls", "example.com/func-table-calls/main.go", 25)

var __atel_code_inc = __atel_rtlib.Code("example.com/func-table-calls", "main.inc", "inc", "example.com/func-table-calls", "example.com/func-table-calls/main.go", 27)

var __atel_code_parse = __atel_rtlib.Code("example.com/func-table-calls", "main.parse", "parse", "example.com/func-table-calls", "example.com/func-table-calls/main.go", 29)

var __atel_code_apply = __atel_rtlib.Code("example.com/func-table-calls", "main.apply", "apply", "example.com/func-table-calls", "example.com/func-table-calls/main.go", 31)

var __atel_code_applyParsed = __atel_rtlib.Code("example.com/func-table-calls", "main.applyParsed", "applyParsed", "example.com/func-table-calls", "example.com/func-table-calls/main.go", 36)

var __atel_code_pipeline = __atel_rtlib.Code("example.com/func-table-calls", "main.pipeline", "pipeline", "example.com/func-table-calls", "example.com/func-table-calls/main.go", 40)

var __atel_code_chain = __atel_rtlib.Code("example.com/func-table-calls", "main.chain", "chain", "example.com/func-table-calls", "example.com/func-table-calls/main.go", 48)

var __atel_code_format = __atel_rtlib.Code("example.com/func-table-calls", "main.format", "format", "example.com/func-table-calls", "example.com/func-table-calls/main.go", 55)

var __atel_code_main = __atel_rtlib.Code("example.com/func-table-calls", "main.main", "main", "example.com/func-table-calls", "example.com/func-table-calls/main.go", 59)

var __atel_code_init_1 = __atel_rtlib.Code("example.com/func-table-calls", "main.init$1", "init$1", "example.com/func-table-calls", "example.com/func-table-calls/main.go", 15)
