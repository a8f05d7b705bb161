package main

import (
	"fmt"
	"strings"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_attribute "go.opentelemetry.io/otel/attribute"
)

// lexer hands out the lengths of words; the generated parser calls Lex.
type lexer struct {
	words []string
}

func (l *lexer) Lex() int {
	return l.__atel_twin_Lex(__atel_context.Background())
}

func (l *lexer) __atel_twin_Lex(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*lexer).Lex")
	__atel_span.SetAttributes(__atel_attrs_lexer_Lex...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if len(l.words) == 0 {
		return 0
	}
	w := l.words[0]
	l.words = l.words[1:]
	return len(w)
}

// peek calls Lex directly: through its twin, in the trace.
func peek(__atel_tracing_ctx __atel_context.Context, s string) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.peek")
	__atel_span.SetAttributes(__atel_attrs_peek...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	l := &lexer{words: strings.Fields(s)}
	return l.__atel_twin_Lex(__atel_child_tracing_ctx)
}

func main() {
	__atel_ts := rtlib.NewTracingState()
	defer rtlib.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	__atel_span.SetAttributes(__atel_attrs_main...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	rtlib.AutotelEntryPoint()
	fmt.Println(peek(__atel_child_tracing_ctx, "hello world"), yyParse(&lexer{words: strings.Fields("a bb ccc")}))
}

var __atel_tracer = __atel_otel.Tracer("example.com/twin-generated-caller")

var __atel_attrs_lexer_Lex = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Lex"), __atel_attribute.String("code.namespace", "example.com/twin-generated-caller.(*lexer)"), __atel_attribute.String("code.filepath", "example.com/twin-generated-caller/main.go"), __atel_attribute.Int("code.lineno", 15)}

var __atel_attrs_peek = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "peek"), __atel_attribute.String("code.namespace", "example.com/twin-generated-caller"), __atel_attribute.String("code.filepath", "example.com/twin-generated-caller/main.go"), __atel_attribute.Int("code.lineno", 25)}

var __atel_attrs_main = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "main"), __atel_attribute.String("code.namespace", "example.com/twin-generated-caller"), __atel_attribute.String("code.filepath", "example.com/twin-generated-caller/main.go"), __atel_attribute.Int("code.lineno", 30)}
