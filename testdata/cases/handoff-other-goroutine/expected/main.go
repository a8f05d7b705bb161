package main

import (
	"fmt"
	"os/exec"
	"strings"
	"sync"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_codes "go.opentelemetry.io/otel/codes"
	__atel_trace "go.opentelemetry.io/otel/trace"
	__atel_rtlib "instrgen.dev/rtlib"
)

// lines is an io.Writer that keeps what it is given; os/exec calls its Write on a goroutine of its own.
type lines struct {
	mu  sync.Mutex
	got []string
}

func (l *lines) Write(p []byte) (__atel_ret0 int, __atel_ret1 error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.(*lines).Write")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_ret1)
	l.mu.Lock()
	defer l.mu.Unlock()
	l.got = append(l.got, strings.TrimSpace(string(p)))
	return len(p), nil
}

// child runs a process whose output os/exec copies into l on another goroutine: nothing was handed off there, so
// Write's span starts a new trace, as it did before hand-offs.
func child(__atel_tracing_ctx __atel_context.Context, l *lines) (__atel_err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.child")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_end(__atel_span, &__atel_err)
	cmd := exec.Command("echo", "from a child process")
	cmd.Stdout = l
	return cmd.Run()
}

// note hands l to fmt.Fprintln on its own goroutine: that Write's span is a child of note's.
func note(__atel_tracing_ctx __atel_context.Context, l *lines, s string) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.note")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
	fmt.Fprintln(l, s)
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
	l := &lines{}
	note(__atel_child_tracing_ctx, l, "from main")
	if err := child(__atel_child_tracing_ctx, l); err != nil {
		fmt.Println("child:", err)
		return
	}
	fmt.Println(strings.Join(l.got, " | "))
}

var __atel_tracer = __atel_otel.Tracer("example.com/handoff-other-goroutine")

var __atel_code_lines_Write = __atel_rtlib.Code("example.com/handoff-other-goroutine", "main.(*lines).Write", "Write", "example.com/handoff-other-goroutine.(*lines)", "example.com/handoff-other-goroutine/main.go", 18)

var __atel_code_child = __atel_rtlib.Code("example.com/handoff-other-goroutine", "main.child", "child", "example.com/handoff-other-goroutine", "example.com/handoff-other-goroutine/main.go", 27)

var __atel_code_note = __atel_rtlib.Code("example.com/handoff-other-goroutine", "main.note", "note", "example.com/handoff-other-goroutine", "example.com/handoff-other-goroutine/main.go", 34)

var __atel_code_main = __atel_rtlib.Code("example.com/handoff-other-goroutine", "main.main", "main", "example.com/handoff-other-goroutine", "example.com/handoff-other-goroutine/main.go", 38)

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
