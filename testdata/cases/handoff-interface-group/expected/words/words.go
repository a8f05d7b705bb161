// Package words hands out one word a line.
package words

import (
	"io"
	"strings"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_codes "go.opentelemetry.io/otel/codes"
	__atel_trace "go.opentelemetry.io/otel/trace"
	__atel_rtlib "instrgen.dev/rtlib"
)

// List is a line source of the main package's kind; its ReadString keeps its signature with that interface's.
type List struct{ list []string }

// New returns a List of ws.
func New(__atel_tracing_ctx __atel_context.Context, ws ...string) *List {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "words.New")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return &List{list: ws}
}

func (w *List) ReadString(delim byte) (__atel_ret0 string, __atel_ret1 error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "words.(*List).ReadString")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_ret1)
	if len(w.list) == 0 {
		return "", io.EOF
	}
	s := w.list[0]
	w.list = w.list[1:]
	return shout(__atel_child_tracing_ctx, s) + string(delim), nil
}

func shout(__atel_tracing_ctx __atel_context.Context, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "words.shout")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return strings.ToUpper(s)
}

var __atel_tracer = __atel_otel.Tracer("example.com/handoff-interface-group/words")

var __atel_code_New = __atel_rtlib.Code("example.com/handoff-interface-group/words", "words.New", "New", "example.com/handoff-interface-group/words", "example.com/handoff-interface-group/words/words.go", 13)

var __atel_code_List_ReadString = __atel_rtlib.Code("example.com/handoff-interface-group/words", "words.(*List).ReadString", "ReadString", "example.com/handoff-interface-group/words.(*List)", "example.com/handoff-interface-group/words/words.go", 15)

var __atel_code_shout = __atel_rtlib.Code("example.com/handoff-interface-group/words", "words.shout", "shout", "example.com/handoff-interface-group/words", "example.com/handoff-interface-group/words/words.go", 24)

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
