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

// lexer hands out the lengths of words to the generated parser, which calls Lex until it returns 0.
type lexer struct {
	words []string
}

func (l *lexer) Lex(lval *yySymType) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.(*lexer).Lex")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if len(l.words) == 0 {
		return 0
	}
	w := l.words[0]
	l.words = l.words[1:]
	lval.n = weight(__atel_child_tracing_ctx, w)
	return 1
}

// weight is called from Lex: it gets Lex's context.
func weight(__atel_tracing_ctx __atel_context.Context, w string) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.weight")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return len(w)
}

// reduce is called back by the generated parser for every token it sums.
func reduce(sum, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.reduce")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return sum + n
}

// parse enters the generated parser: Lex and reduce, called from there, are children of its span.
func parse(__atel_tracing_ctx __atel_context.Context, s string) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.parse")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
	return yyParse(&lexer{words: strings.Fields(s)})
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
	fmt.Println(parse(__atel_child_tracing_ctx, "one two three four"))
	fmt.Println(parse(__atel_child_tracing_ctx, "a bb"))
}

var __atel_tracer = __atel_otel.Tracer("example.com/handoff-generated-parser")

var __atel_code_lexer_Lex = __atel_rtlib.Code("example.com/handoff-generated-parser", "main.(*lexer).Lex", "Lex", "example.com/handoff-generated-parser.(*lexer)", "example.com/handoff-generated-parser/main.go", 15)

var __atel_code_weight = __atel_rtlib.Code("example.com/handoff-generated-parser", "main.weight", "weight", "example.com/handoff-generated-parser", "example.com/handoff-generated-parser/main.go", 26)

var __atel_code_reduce = __atel_rtlib.Code("example.com/handoff-generated-parser", "main.reduce", "reduce", "example.com/handoff-generated-parser", "example.com/handoff-generated-parser/main.go", 31)

var __atel_code_parse = __atel_rtlib.Code("example.com/handoff-generated-parser", "main.parse", "parse", "example.com/handoff-generated-parser", "example.com/handoff-generated-parser/main.go", 36)

var __atel_code_main = __atel_rtlib.Code("example.com/handoff-generated-parser", "main.main", "main", "example.com/handoff-generated-parser", "example.com/handoff-generated-parser/main.go", 40)
