// Package seq yields values through an interface whose method returns an interface type written out: no standard
// library type (runtime.Frames' Next returns a Frame) can satisfy it, so a value of unknown type asserted to it is
// one of the module's types, and the method changes with its implementations.
package seq

import "fmt"

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// Iter yields values until it reports false.
type Iter interface {
	Next(__atel_tracing_ctx __atel_context.Context) (interface{}, bool)
}

type rangeIter struct{ i, n int }

func (r *rangeIter) Next(__atel_tracing_ctx __atel_context.Context) (interface{}, bool) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "seq.(*rangeIter).Next")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if r.i >= r.n {
		return nil, false
	}
	r.i++
	return square(__atel_child_tracing_ctx, r.i), true
}

type wordIter struct{ words []string }

func (w *wordIter) Next(__atel_tracing_ctx __atel_context.Context) (interface{}, bool) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "seq.(*wordIter).Next")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if len(w.words) == 0 {
		return nil, false
	}
	v := w.words[0]
	w.words = w.words[1:]
	return v, true
}

func square(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "seq.square")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return n * n
}

// Range yields the squares of 1..n.
func Range(__atel_tracing_ctx __atel_context.Context, n int) Iter {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "seq.Range")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return &rangeIter{n: n}
}

// Words yields the words.
func Words(__atel_tracing_ctx __atel_context.Context, words ...string) Iter {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "seq.Words")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return &wordIter{words: words}
}

// Describe counts what an iterator yields, and says what anything else is.
func Describe(__atel_tracing_ctx __atel_context.Context, v interface{}) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "seq.Describe")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	it, ok := v.(Iter)
	if !ok {
		return fmt.Sprintf("not an iterator: %v", v)
	}
	n := 0
	for _, more := it.Next(__atel_child_tracing_ctx); more; _, more = it.Next(__atel_child_tracing_ctx) {
		n++
	}
	return fmt.Sprintf("%d values", n)
}

var __atel_tracer = __atel_otel.Tracer("example.com/interface-literal-results/seq")

var __atel_code_rangeIter_Next = __atel_rtlib.Code("example.com/interface-literal-results/seq", "seq.(*rangeIter).Next", "Next", "example.com/interface-literal-results/seq.(*rangeIter)", "example.com/interface-literal-results/seq/seq.go", 15)

var __atel_code_wordIter_Next = __atel_rtlib.Code("example.com/interface-literal-results/seq", "seq.(*wordIter).Next", "Next", "example.com/interface-literal-results/seq.(*wordIter)", "example.com/interface-literal-results/seq/seq.go", 25)

var __atel_code_square = __atel_rtlib.Code("example.com/interface-literal-results/seq", "seq.square", "square", "example.com/interface-literal-results/seq", "example.com/interface-literal-results/seq/seq.go", 34)

var __atel_code_Range = __atel_rtlib.Code("example.com/interface-literal-results/seq", "seq.Range", "Range", "example.com/interface-literal-results/seq", "example.com/interface-literal-results/seq/seq.go", 37)

var __atel_code_Words = __atel_rtlib.Code("example.com/interface-literal-results/seq", "seq.Words", "Words", "example.com/interface-literal-results/seq", "example.com/interface-literal-results/seq/seq.go", 40)

var __atel_code_Describe = __atel_rtlib.Code("example.com/interface-literal-results/seq", "seq.Describe", "Describe", "example.com/interface-literal-results/seq", "example.com/interface-literal-results/seq/seq.go", 43)
