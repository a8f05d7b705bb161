package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_codes "go.opentelemetry.io/otel/codes"
	__atel_trace "go.opentelemetry.io/otel/trace"
	__atel_rtlib "instrgen.dev/rtlib"
)

// shouter is an io.Writer: fmt.Fprintf calls its Write, which takes no context; main also calls Write directly.
type shouter struct {
	out   io.Writer
	bytes int
}

func (s *shouter) Write(p []byte) (int, error) {
	return s.__atel_twin_Write(__atel_context.Background(), p)
}

func (s *shouter) __atel_twin_Write(__atel_tracing_ctx __atel_context.Context, p []byte) (__atel_ret0 int, __atel_ret1 error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "main.(*shouter).Write")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_end(__atel_span, &__atel_ret1)
	s.bytes += len(p)
	return io.WriteString(s.out, louder(__atel_child_tracing_ctx, string(p)))
}

func louder(__atel_tracing_ctx __atel_context.Context, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.louder")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return strings.ToUpper(s)
}

// greet hands the writer to fmt.Fprintf: the spans of Write are children of greet's.
func greet(__atel_tracing_ctx __atel_context.Context, w *shouter, names []string) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.greet")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
	for _, n := range names {
		fmt.Fprintf(w, "hello, %s\n", n)
	}
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
	w := &shouter{out: os.Stdout}
	greet(__atel_child_tracing_ctx, w, []string{"ada", "grace"})
	if _, err := w.__atel_twin_Write(__atel_child_tracing_ctx, []byte("direct\n")); err != nil {
		fmt.Println(err)
	}
	fmt.Println("bytes:", w.bytes)
}

var __atel_tracer = __atel_otel.Tracer("example.com/handoff-fprintf-writer")

var __atel_code_shouter_Write = __atel_rtlib.Code("example.com/handoff-fprintf-writer", "main.(*shouter).Write", "Write", "example.com/handoff-fprintf-writer.(*shouter)", "example.com/handoff-fprintf-writer/main.go", 18)

var __atel_code_louder = __atel_rtlib.Code("example.com/handoff-fprintf-writer", "main.louder", "louder", "example.com/handoff-fprintf-writer", "example.com/handoff-fprintf-writer/main.go", 23)

var __atel_code_greet = __atel_rtlib.Code("example.com/handoff-fprintf-writer", "main.greet", "greet", "example.com/handoff-fprintf-writer", "example.com/handoff-fprintf-writer/main.go", 28)

var __atel_code_main = __atel_rtlib.Code("example.com/handoff-fprintf-writer", "main.main", "main", "example.com/handoff-fprintf-writer", "example.com/handoff-fprintf-writer/main.go", 34)

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
