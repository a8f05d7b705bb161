package main

import (
	"fmt"
	"strings"

	"example.com/shadowing/view"
	otelroot "instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// Banner is a type named like the function view.Banner.
type Banner string

// Show renders the banner through the function of the same name in package view.
func (b Banner) Show(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Banner.Show")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return view.Banner(__atel_child_tracing_ctx, strings.ToUpper(string(b)))
}

func helper(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.helper")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return 40
}

func square(__atel_tracing_ctx __atel_context.Context, x int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.square")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return x * x
}

// total is never called: only local variables share its name.
func total(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

// useLocalHelper declares a variable named helper and uses it as an int.
func useLocalHelper(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.useLocalHelper")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	helper := 3
	helper *= 2
	return helper + 1
}

// tag has a parameter named context of type string.
func tag(__atel_tracing_ctx __atel_context.Context, context string, n int) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.tag")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return fmt.Sprintf("%s#%d", context, n)
}

// squares shadows the function square with a closure of the same name.
func squares(__atel_tracing_ctx __atel_context.Context, xs []int) []int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.squares")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	square := func(x int) int {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.squares$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End()
		return x*x + 1000
	}
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, square(x))
	}
	return out
}

// summarize has locals named ctx and span, and a local total hiding the function total.
func summarize(__atel_tracing_ctx __atel_context.Context, xs []int) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.summarize")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	ctx := "summary"
	span := len(xs)
	total := 0
	for _, x := range xs {
		total += square(__atel_child_tracing_ctx, x)
	}
	return fmt.Sprintf("%s: %d values, sum of squares %d", ctx, span, total)
}

func main() {
	__atel_ts := otelroot.NewTracingState()
	defer otelroot.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	otelroot.AutotelEntryPoint()
	fmt.Println(Banner("shadows").Show(__atel_child_tracing_ctx))
	fmt.Println("helper():", helper(__atel_child_tracing_ctx))
	fmt.Println("local helper:", useLocalHelper(__atel_child_tracing_ctx))
	fmt.Println("tag:", tag(__atel_child_tracing_ctx, "request", 7))
	fmt.Println("squares:", squares(__atel_child_tracing_ctx, []int{1, 2, 3}))
	fmt.Println("square:", square(__atel_child_tracing_ctx, 9))
	fmt.Println(summarize(__atel_child_tracing_ctx, []int{1, 2, 3, 4}))
}

var __atel_tracer = __atel_otel.Tracer("example.com/shadowing")

var __atel_code_Banner_Show = __atel_rtlib.Code("example.com/shadowing", "main.Banner.Show", "Show", "example.com/shadowing.Banner", "example.com/shadowing/main.go", 15)

var __atel_code_helper = __atel_rtlib.Code("example.com/shadowing", "main.helper", "helper", "example.com/shadowing", "example.com/shadowing/main.go", 19)

var __atel_code_square = __atel_rtlib.Code("example.com/shadowing", "main.square", "square", "example.com/shadowing", "example.com/shadowing/main.go", 23)

var __atel_code_useLocalHelper = __atel_rtlib.Code("example.com/shadowing", "main.useLocalHelper", "useLocalHelper", "example.com/shadowing", "example.com/shadowing/main.go", 37)

var __atel_code_tag = __atel_rtlib.Code("example.com/shadowing", "main.tag", "tag", "example.com/shadowing", "example.com/shadowing/main.go", 44)

var __atel_code_squares = __atel_rtlib.Code("example.com/shadowing", "main.squares", "squares", "example.com/shadowing", "example.com/shadowing/main.go", 49)

var __atel_code_summarize = __atel_rtlib.Code("example.com/shadowing", "main.summarize", "summarize", "example.com/shadowing", "example.com/shadowing/main.go", 61)

var __atel_code_main = __atel_rtlib.Code("example.com/shadowing", "main.main", "main", "example.com/shadowing", "example.com/shadowing/main.go", 71)

var __atel_code_squares_1 = __atel_rtlib.Code("example.com/shadowing", "main.squares$1", "squares$1", "example.com/shadowing", "example.com/shadowing/main.go", 50)
