package main

import (
	"fmt"
	"sort"

	"instrgen.dev/rtlib"
)

// step's functions are also used as values where no adapter can be written: the group keeps its type.
type step struct {
	name string
	do   func(n int) int
}

var steps = []step{{"inc", inc}, {"dec", dec}}

// byName holds inc as a value at package level too, where no context is in scope, and is itself handed to an
// interface{} (so it is no group): inc keeps its signature (IG2001), so step.do keeps its type (IG2016), and dec with it.
var byName = map[string]func(int) int{"inc": inc}

var anyTable interface{} = byName

func inc(n int) int { return n + 1 }

func dec(n int) int { return n - 1 }

// sorter stores a function that the standard library also gets (an adapter there), and a literal.
type sorter struct {
	less func(a, b int) bool
}

func ascending(a, b int) bool { return a < b }

func order(xs []int, s sorter) {
	sort.Slice(xs, func(i, j int) bool { return s.less(xs[i], xs[j]) })
}

// table's field is called only from code no root reaches: it keeps its type, and add gets no span (it would only
// start traces of its own).
type table struct{ run func(int) int }

var tables = []table{{run: add}}

func add(n int) int { return n + 1 }

func unusedCaller() int { return tables[0].run(1) }

func main() {
	rtlib.AutotelEntryPoint()
	for _, s := range steps {
		fmt.Println(s.name, s.do(10))
	}
	fmt.Println(byName["inc"](1), anyTable != nil)
	xs := []int{3, 1, 2}
	order(xs, sorter{less: ascending})
	fmt.Println(xs)
	order(xs, sorter{less: func(a, b int) bool { return a > b }})
	fmt.Println(xs, sort.SliceIsSorted(xs, ascending))
}
