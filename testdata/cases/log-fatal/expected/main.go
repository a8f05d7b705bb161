package main

import (
	"fmt"
	"log"
	"strconv"
	"strings"

	autotel "instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_codes "go.opentelemetry.io/otel/codes"
	__atel_trace "go.opentelemetry.io/otel/trace"
	__atel_rtlib "instrgen.dev/rtlib"
)

type config struct {
	name    string
	retries int
	port    int
}

func parseLine(__atel_tracing_ctx __atel_context.Context, line string) (key, value string, err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.parseLine")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &err)
	parts := strings.SplitN(line, "=", 2)
	if len(parts) != 2 {
		return "", "", fmt.Errorf("line %q: missing '='", line)
	}
	return strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1]), nil
}

func apply(__atel_tracing_ctx __atel_context.Context, c *config, key, value string) (__atel_err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.apply")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_err)
	switch key {
	case "name":
		c.name = value
	case "retries", "port":
		n, err := strconv.Atoi(value)
		if err != nil {
			return fmt.Errorf("%s: %w", key, err)
		}
		if key == "retries" {
			c.retries = n
		} else {
			c.port = n
		}
	default:
		return fmt.Errorf("unknown key %q", key)
	}
	return nil
}

func load(__atel_tracing_ctx __atel_context.Context, lines []string) (__atel_ret0 *config, __atel_ret1 error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.load")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_ret1)
	c := &config{}
	for i, line := range lines {
		k, v, err := parseLine(__atel_child_tracing_ctx, line)
		if err == nil {
			err = apply(__atel_child_tracing_ctx, c, k, v)
		}
		if err != nil {
			return c, fmt.Errorf("line %d: %w", i+1, err)
		}
		fmt.Printf("applied %s=%s\n", k, v)
	}
	return c, nil
}

func main() {
	__atel_ts := autotel.NewTracingState()
	defer autotel.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	autotel.AutotelEntryPoint()
	log.SetFlags(0)
	log.SetPrefix("log-fatal: ")
	defer fmt.Println("deferred: must not be printed")
	c, err := load(__atel_child_tracing_ctx, []string{"name = demo", "retries=3", "port = eighty"})
	fmt.Printf("partial config: %+v\n", *c)
	if err != nil {
		__atel_rtlib.EndAll()
		log.Fatalf("cannot load config: %v", err)
	}
	fmt.Println("unreachable: config ok")
}

var __atel_tracer = __atel_otel.Tracer("example.com/log-fatal")

var __atel_code_parseLine = __atel_rtlib.Code("example.com/log-fatal", "main.parseLine", "parseLine", "example.com/log-fatal", "example.com/log-fatal/main.go", 18)

var __atel_code_apply = __atel_rtlib.Code("example.com/log-fatal", "main.apply", "apply", "example.com/log-fatal", "example.com/log-fatal/main.go", 26)

var __atel_code_load = __atel_rtlib.Code("example.com/log-fatal", "main.load", "load", "example.com/log-fatal", "example.com/log-fatal/main.go", 46)

var __atel_code_main = __atel_rtlib.Code("example.com/log-fatal", "main.main", "main", "example.com/log-fatal", "example.com/log-fatal/main.go", 61)

// __atel_end ends a span, recording a non-nil error as its error and status (added by instrgen).
func __atel_end(span __atel_trace.Span, err *error) {
	defer span.End()
	if e := *err; e != nil && span.IsRecording() {
		span.SetStatus(__atel_codes.Error, "")
		defer func() { _ = recover() }()
		span.SetStatus(__atel_codes.Error, e.Error())
		span.RecordError(e)
	}
}
