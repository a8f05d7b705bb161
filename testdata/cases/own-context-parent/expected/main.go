package main

import (
	"context"
	"fmt"
	"time"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_codes "go.opentelemetry.io/otel/codes"
	__atel_trace "go.opentelemetry.io/otel/trace"
	__atel_rtlib "instrgen.dev/rtlib"
)

type key string

// runner keeps a context the program made itself, as callers of go/packages' gocommand.Runner do.
type runner struct {
	ctx  context.Context
	name string
}

// runRaw reuses its own context parameter, so instrgen opens its span from that context.
func (r *runner) runRaw(ctx context.Context, verb string) (__atel_ret0 string, __atel_ret1 error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(ctx, "main.(*runner).runRaw")
	ctx = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_ret1)
	if err := ctx.Err(); err != nil {
		return "", fmt.Errorf("%s %s: %w", r.name, verb, err)
	}
	return fmt.Sprintf("%s %s ok", r.name, verb), nil
}

// describe prints what a function can observe of a context: error, deadline, done channel and a value.
func describe(ctx context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(ctx, "main.describe")
	ctx = __atel_child_tracing_ctx
	defer __atel_span.End()
	deadline, ok := ctx.Deadline()
	done := "nil"
	if ctx.Done() != nil {
		select {
		case <-ctx.Done():
			done = "closed"
		default:
			done = "open"
		}
	}
	far := ok && time.Until(deadline) > 30*time.Minute
	return fmt.Sprintf("[err=%v deadline=%v far=%v done=%s user=%v]", ctx.Err(), ok, far, done, ctx.Value(key("user")))
}

// cleanup runs on a context of its own, detached from the cancelled parent.
func cleanup(ctx context.Context, r *runner) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(ctx, "main.cleanup")
	ctx = __atel_child_tracing_ctx
	defer __atel_span.End()
	out, err := r.runRaw(ctx, "clean")
	fmt.Println("cleanup:", out, err, describe(ctx))
}

// process works under a parent context that is already cancelled.
func process(parent context.Context, r *runner) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(parent, "main.process")
	parent = __atel_child_tracing_ctx
	defer __atel_span.End()
	fmt.Println("process:", describe(parent))
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	out, err := r.runRaw(__atel_rtlib.WithParentSpan(ctx, __atel_child_tracing_ctx), "build")
	fmt.Println("build:", out, err)

	detached, stop := context.WithTimeout(context.WithValue(context.Background(), key("user"), "janitor"), time.Hour)
	defer stop()
	cleanup(__atel_rtlib.WithParentSpan(detached, __atel_child_tracing_ctx), r)
	cleanup(__atel_rtlib.WithParentSpan(context.TODO(), __atel_child_tracing_ctx), r)

	cancelled, cancelNow := context.WithCancel(context.Background())
	cancelNow()
	cleanup(__atel_rtlib.WithParentSpan(cancelled, __atel_child_tracing_ctx), r)
}

// version is called with the context stored in the runner.
func version(__atel_tracing_ctx __atel_context.Context, r *runner) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.version")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	out, _ := r.runRaw(__atel_rtlib.WithParentSpan(r.ctx, __atel_child_tracing_ctx), "version")
	return out
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

	r := &runner{ctx: context.Background(), name: "go"}
	fmt.Println(version(__atel_child_tracing_ctx, r))
	parent, cancel := context.WithCancel(context.WithValue(context.Background(), key("user"), "main"))
	cancel()
	process(__atel_rtlib.WithParentSpan(parent, __atel_child_tracing_ctx), r)
	out, err := r.runRaw(__atel_rtlib.WithParentSpan(context.Background(), __atel_child_tracing_ctx), "env")
	fmt.Println("env:", out, err, describe(__atel_rtlib.WithParentSpan(context.Background(), __atel_child_tracing_ctx)))
}

var __atel_tracer = __atel_otel.Tracer("example.com/own-context-parent")

var __atel_code_runner_runRaw = __atel_rtlib.Code("example.com/own-context-parent", "main.(*runner).runRaw", "runRaw", "example.com/own-context-parent.(*runner)", "example.com/own-context-parent/main.go", 20)

var __atel_code_describe = __atel_rtlib.Code("example.com/own-context-parent", "main.describe", "describe", "example.com/own-context-parent", "example.com/own-context-parent/main.go", 28)

var __atel_code_cleanup = __atel_rtlib.Code("example.com/own-context-parent", "main.cleanup", "cleanup", "example.com/own-context-parent", "example.com/own-context-parent/main.go", 44)

var __atel_code_process = __atel_rtlib.Code("example.com/own-context-parent", "main.process", "process", "example.com/own-context-parent", "example.com/own-context-parent/main.go", 50)

var __atel_code_version = __atel_rtlib.Code("example.com/own-context-parent", "main.version", "version", "example.com/own-context-parent", "example.com/own-context-parent/main.go", 68)

var __atel_code_main = __atel_rtlib.Code("example.com/own-context-parent", "main.main", "main", "example.com/own-context-parent", "example.com/own-context-parent/main.go", 73)

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
