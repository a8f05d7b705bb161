// Package seq yields values through an interface whose method returns an interface type written out: no standard
// library type (runtime.Frames' Next returns a Frame) can satisfy it, so a value of unknown type asserted to it is
// one of the module's types, and the method changes with its implementations.
package seq

import "fmt"

// Iter yields values until it reports false.
type Iter interface {
	Next() (interface{}, bool)
}

type rangeIter struct{ i, n int }

func (r *rangeIter) Next() (interface{}, bool) {
	if r.i >= r.n {
		return nil, false
	}
	r.i++
	return square(r.i), true
}

type wordIter struct{ words []string }

func (w *wordIter) Next() (interface{}, bool) {
	if len(w.words) == 0 {
		return nil, false
	}
	v := w.words[0]
	w.words = w.words[1:]
	return v, true
}

func square(n int) int { return n * n }

// Range yields the squares of 1..n.
func Range(n int) Iter { return &rangeIter{n: n} }

// Words yields the words.
func Words(words ...string) Iter { return &wordIter{words: words} }

// Describe counts what an iterator yields, and says what anything else is.
func Describe(v interface{}) string {
	it, ok := v.(Iter)
	if !ok {
		return fmt.Sprintf("not an iterator: %v", v)
	}
	n := 0
	for _, more := it.Next(); more; _, more = it.Next() {
		n++
	}
	return fmt.Sprintf("%d values", n)
}
