// Package cmds keeps a table of commands in a struct with an unexported function-typed field: only a literal of
// this package can set it.
package cmds

import "strconv"

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

type command struct {
	name string
	run  func(__atel_tracing_ctx __atel_context.Context, args []string) int
}

var commands = []command{
	{"sum", sum},
	{"count", count},
}

// Dispatch runs the command called name.
func Dispatch(__atel_tracing_ctx __atel_context.Context, name string, args []string) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "cmds.Dispatch")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	for _, c := range commands {
		if c.name == name {
			return c.run(__atel_child_tracing_ctx, args)
		}
	}
	return -1
}

func sum(__atel_tracing_ctx __atel_context.Context, args []string) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "cmds.sum")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	total := 0
	for _, a := range args {
		n, _ := strconv.Atoi(a)
		total += n
	}
	return total
}

func count(__atel_tracing_ctx __atel_context.Context, args []string) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "cmds.count")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return len(args)
}

var __atel_tracer = __atel_otel.Tracer("example.com/func-fields-literals/cmds")

var __atel_code_Dispatch = __atel_rtlib.Code("example.com/func-fields-literals/cmds", "cmds.Dispatch", "Dispatch", "example.com/func-fields-literals/cmds", "example.com/func-fields-literals/cmds/cmds.go", 18)

var __atel_code_sum = __atel_rtlib.Code("example.com/func-fields-literals/cmds", "cmds.sum", "sum", "example.com/func-fields-literals/cmds", "example.com/func-fields-literals/cmds/cmds.go", 27)

var __atel_code_count = __atel_rtlib.Code("example.com/func-fields-literals/cmds", "cmds.count", "count", "example.com/func-fields-literals/cmds", "example.com/func-fields-literals/cmds/cmds.go", 36)
