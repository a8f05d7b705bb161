package main

import (
	"fmt"
	"strings"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

func shared(__atel_tracing_ctx __atel_context.Context, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.shared")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return strings.ToUpper(s)
}

func onlyViaIgnored(s string) string {
	return "[" + s + "]"
}

func mix(a, b int) int {
	return a*31 + b
}

//instrgen:ignore
func quiet(s string) string {
	return onlyViaIgnored(shared(__atel_context.TODO(), s))
}

func loud(__atel_tracing_ctx __atel_context.Context, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.loud")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return shared(__atel_child_tracing_ctx, s) + "!"
}

//instrgen:entry
func run(args []string) int {
	__atel_ts := __atel_rtlib.NewTracingState()
	defer __atel_rtlib.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.run")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	for _, a := range args {
		fmt.Println(loud(__atel_child_tracing_ctx, a), quiet(a))
	}
	sum := legacyChecksum(strings.Join(args, ","))
	fmt.Println("checksum:", sum)
	return len(args)
}

func main() {
	fmt.Println("main starts")
	n := run([]string{"alpha", "beta"})
	fmt.Println("processed", n)
}

var __atel_tracer = __atel_otel.Tracer("example.com/directives")

var __atel_code_shared = __atel_rtlib.Code("example.com/directives", "main.shared", "shared", "example.com/directives", "example.com/directives/main.go", 8)

var __atel_code_loud = __atel_rtlib.Code("example.com/directives", "main.loud", "loud", "example.com/directives", "example.com/directives/main.go", 25)

var __atel_code_run = __atel_rtlib.Code("example.com/directives", "main.run", "run", "example.com/directives", "example.com/directives/main.go", 30)
