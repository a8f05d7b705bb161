package main

import (
	"fmt"
	"strings"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// lexer hands out the lengths of words; the generated parser calls Lex.
type lexer struct {
	words []string
}

func (l *lexer) Lex() int {
	return l.__atel_twin_Lex(__atel_context.Background())
}

func (l *lexer) __atel_twin_Lex(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "main.(*lexer).Lex")
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
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
	rtlib.AutotelEntryPoint()
	fmt.Println(peek(__atel_child_tracing_ctx, "hello world"), yyParse(&lexer{words: strings.Fields("a bb ccc")}))
}

var __atel_tracer = __atel_otel.Tracer("example.com/twin-generated-caller")

var __atel_code_lexer_Lex = __atel_rtlib.Code("example.com/twin-generated-caller", "main.(*lexer).Lex", "Lex", "example.com/twin-generated-caller.(*lexer)", "example.com/twin-generated-caller/main.go", 15)

var __atel_code_peek = __atel_rtlib.Code("example.com/twin-generated-caller", "main.peek", "peek", "example.com/twin-generated-caller", "example.com/twin-generated-caller/main.go", 25)

var __atel_code_main = __atel_rtlib.Code("example.com/twin-generated-caller", "main.main", "main", "example.com/twin-generated-caller", "example.com/twin-generated-caller/main.go", 30)
