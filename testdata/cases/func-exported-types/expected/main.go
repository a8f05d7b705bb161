package main

import (
	"fmt"
	"strings"

	"example.com/func-exported-types/cli"
	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// alias holds a cli.Command in a field of main's own.
type alias struct {
	name string
	to   cli.Command
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

func longest(__atel_tracing_ctx __atel_context.Context, args []string) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.longest")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	best := 0
	for _, a := range args {
		if len(a) > best {
			best = len(a)
		}
	}
	return best
}

func init() {
	cli.Register("sum", sum)
	cli.Register("count", count)
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
	args := cli.Clean(__atel_child_tracing_ctx, cli.Filter(strings.TrimSpace), []string{" a ", "bb ", " ccc"})
	for _, name := range cli.Names(__atel_child_tracing_ctx) {
		fmt.Println(name, cli.Run(__atel_child_tracing_ctx, name, args))
	}
	a := alias{name: "max", to: longest}
	fmt.Println(a.name, a.to(__atel_child_tracing_ctx, args))
	var direct cli.Command = count
	fmt.Println("direct", direct(__atel_child_tracing_ctx, args))
}

var __atel_tracer = __atel_otel.Tracer("example.com/func-exported-types")

var __atel_code_sum = __atel_rtlib.Code("example.com/func-exported-types", "main.sum", "sum", "example.com/func-exported-types", "example.com/func-exported-types/main.go", 17)

var __atel_code_count = __atel_rtlib.Code("example.com/func-exported-types", "main.count", "count", "example.com/func-exported-types", "example.com/func-exported-types/main.go", 25)

var __atel_code_longest = __atel_rtlib.Code("example.com/func-exported-types", "main.longest", "longest", "example.com/func-exported-types", "example.com/func-exported-types/main.go", 27)

var __atel_code_main = __atel_rtlib.Code("example.com/func-exported-types", "main.main", "main", "example.com/func-exported-types", "example.com/func-exported-types/main.go", 42)
