// Package cli dispatches commands registered by name.
package cli

import "sort"

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// Command is an exported named function type without methods: every position declared with it, in this package and
// in main, changes with it.
type Command func(__atel_tracing_ctx __atel_context.Context, args []string) int

// Filter is converted to in main (cli.Filter(strings.TrimSpace)): it keeps its type.
type Filter func(s string) string

var commands = map[string]Command{}

// Register stores a command under a name.
func Register(name string, c Command) { commands[name] = c }

// Names lists the registered commands.
func Names(__atel_tracing_ctx __atel_context.Context) []string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "cli.Names")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	var out []string
	for name := range commands {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

// Run runs a command by name.
func Run(__atel_tracing_ctx __atel_context.Context, name string, args []string) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "cli.Run")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	c, ok := commands[name]
	if !ok {
		return -1
	}
	return c(__atel_child_tracing_ctx, args)
}

// Clean applies a filter to every argument.
func Clean(__atel_tracing_ctx __atel_context.Context, f Filter, args []string) []string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "cli.Clean")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = f(a)
	}
	return out
}

var __atel_tracer = __atel_otel.Tracer("example.com/func-exported-types/cli")

var __atel_code_Names = __atel_rtlib.Code("example.com/func-exported-types/cli", "cli.Names", "Names", "example.com/func-exported-types/cli", "example.com/func-exported-types/cli/cli.go", 19)

var __atel_code_Run = __atel_rtlib.Code("example.com/func-exported-types/cli", "cli.Run", "Run", "example.com/func-exported-types/cli", "example.com/func-exported-types/cli/cli.go", 29)

var __atel_code_Clean = __atel_rtlib.Code("example.com/func-exported-types/cli", "cli.Clean", "Clean", "example.com/func-exported-types/cli", "example.com/func-exported-types/cli/cli.go", 38)
