package main

import (
	"fmt"
	"strings"

	"instrgen.dev/rtlib"
)

// lexer hands out the lengths of words; the generated parser calls Lex.
type lexer struct {
	words []string
}

func (l *lexer) Lex() int {
	if len(l.words) == 0 {
		return 0
	}
	w := l.words[0]
	l.words = l.words[1:]
	return len(w)
}

// peek calls Lex directly: through its twin, in the trace.
func peek(s string) int {
	l := &lexer{words: strings.Fields(s)}
	return l.Lex()
}

func main() {
	rtlib.AutotelEntryPoint()
	fmt.Println(peek("hello world"), yyParse(&lexer{words: strings.Fields("a bb ccc")}))
}
