package main

import (
	"fmt"
	"strings"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_attribute "go.opentelemetry.io/otel/attribute"
	__atel_rtlib "instrgen.dev/rtlib"
)

func shared(__atel_tracing_ctx __atel_context.Context, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.shared")
	__atel_span.SetAttributes(__atel_attrs_shared...)
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
	__atel_span.SetAttributes(__atel_attrs_loud...)
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
	__atel_span.SetAttributes(__atel_attrs_run...)
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

var __atel_attrs_shared = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "shared"), __atel_attribute.String("code.namespace", "example.com/directives"), __atel_attribute.String("code.filepath", "example.com/directives/main.go"), __atel_attribute.Int("code.lineno", 8)}

var __atel_attrs_loud = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "loud"), __atel_attribute.String("code.namespace", "example.com/directives"), __atel_attribute.String("code.filepath", "example.com/directives/main.go"), __atel_attribute.Int("code.lineno", 25)}

var __atel_attrs_run = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "run"), __atel_attribute.String("code.namespace", "example.com/directives"), __atel_attribute.String("code.filepath", "example.com/directives/main.go"), __atel_attribute.Int("code.lineno", 30)}
