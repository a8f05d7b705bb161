package main

import (
	"fmt"
	"strings"

	"instrgen.dev/rtlib"
)

// lexer hands out the lengths of words to the generated parser, which calls Lex until it returns 0.
type lexer struct {
	words []string
}

func (l *lexer) Lex(lval *yySymType) int {
	if len(l.words) == 0 {
		return 0
	}
	w := l.words[0]
	l.words = l.words[1:]
	lval.n = weight(w)
	return 1
}

// weight is called from Lex: it gets Lex's context.
func weight(w string) int {
	return len(w)
}

// reduce is called back by the generated parser for every token it sums.
func reduce(sum, n int) int {
	return sum + n
}

// parse enters the generated parser: Lex and reduce, called from there, are children of its span.
func parse(s string) int {
	return yyParse(&lexer{words: strings.Fields(s)})
}

func main() {
	rtlib.AutotelEntryPoint()
	fmt.Println(parse("one two three four"))
	fmt.Println(parse("a bb"))
}
