// Layout gofmt aligns in sections: keys of keyed composite literals, trailing comments of consecutive lines, the
// statements after a label. The rewrite opens one-line function literals and lengthens calls; the output must be
// what gofmt prints, and prune must give this file back byte for byte.
package main

import (
	"fmt"
	"sort"

	"instrgen.dev/rtlib"
)

// Shape is implemented in this module only, so its methods gain the context.
type Shape interface {
	Area() int       // in square units
	Name() string    // for printing
	Scale(k int) int // returns the new area
}

type square struct{ side int }

func (s square) Area() int       { return s.side * s.side }
func (s square) Name() string    { return "square" }
func (s square) Scale(k int) int { return s.Area() * k * k }

// Elements longer than 40 bytes: gofmt aligns their comments by the ratio of their sizes.
var decoders = []func(x int) int{
	nil, // none
	func(x int) int { return add(x, 1) + mul(x, 2) },             // first
	func(x int) int { return add(x, 10) + mul(x, 20) },           // second
	func(x int) int { return add(x, 100000) + mul(x, 200000) },   // third
	func(x int) int { return x },                                 // fourth
	func(x int) int { return mul(add(x, 1), add(x, 2)) + x + 1 }, // fifth
}

// A keyed table at package level: its calls get TODO contexts and stay on one line, comments move.
var named = map[string]func() int{
	"three": func() int { return add(1, 2) }, // add
	"six":   func() int { return mul(2, 3) }, // mul
	"none":  nil,                             // nothing
}

var unitsPerMeter = scale(100) // centimetres
var label = "m"                // unit

func scale(n int) int { return n }

func add(a, b int) int { return a + b }

func mul(a, b int) int { return a * b }

func swap(xs []int, i, j int) { a := xs; a[i], a[j] = a[j], a[i] }

func count(b []byte) int { return len(b) }

func sum(xs []int) int { return len(xs) }

func describe(s string) string { return "<" + s + ">" }

func one() int   { return 1 }             // the first
func three() int { return add(1, 2) }     // the third
func seven() int { return 7 }             // the seventh
func nine() int  { return mul(3, 3) }     // the ninth
func ten() int   { return add(one(), 9) } // the tenth

// notReached is never called, but its calls change: the one-line body grows past 100 columns, so it is opened.
func notReached() int { return add(1000000, 2000000) + mul(3000000, 4000000) + add(5, 6) }

// 100 bytes from `func` to `}` once calls gain the context: gofmt keeps the literal on one line, and opens the
// declaration, one byte longer, as it counts one byte more for a declaration's header.
func isBig() bool { return add(100000, 2)+add(300, 4) > 5 }

var isSmall = func() bool { return add(1000000, 2)+add(30000000, 4) < 5 }

func kind(x interface{}) string {
	switch x.(type) {
	case int: // whole
		return "int"
	case string: // text
	case float64: // real
		return "float"
	}
	return describe("other")
}

func main() {
	rtlib.AutotelEntryPoint()
	ops := map[string]func(a, b int) int{
		"plus":  func(a, b int) int { return add(a, b) },
		"times": func(a, b int) int { return mul(a, b) },
		"sub":   nil,
		// a comment line ends the key section
		"min": func(a, b int) int { return b }, // the smaller
		"max": func(a, b int) int { return a }, // the larger
	}
	names := make([]string, 0, len(ops))
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	x := add(1, 2)    // three
	yy := 4           // four
	zzz := mul(x, yy) // twelve
	fmt.Println(names, x, yy, zzz, unitsPerMeter, label)
	fmt.Println(ops["plus"](x, yy), ops["times"](x, yy))
	table := []struct {
		in   int
		want int
	}{
		{add(1, 1), 2},             // small
		{add(100, 100), 200},       // larger
		{mul(1000, 1000), 1000000}, // largest
	}
	for _, t := range table {
		fmt.Println(t.in == t.want)
	}
	var s Shape = square{side: 3}
	fmt.Println(s.Name(), s.Area(), s.Scale(2))
	fmt.Println(search([]int{1, 2, 3}, 2))
	xs := []int{1, 2}
	swap(xs, 0, 1)
	fmt.Println(xs)
	fmt.Println(count([]byte(label + "s")))
	c1 := count([]byte(label + "s")) // spaced as gofmt spaces it, then aligned
	c22 := 2                         // two
	fmt.Println(c1, c22)
	fmt.Println(sum(xs[0 : len(xs)-1]))
	fmt.Println(describe("a, " +
		"b"))
	fmt.Println(one(), three(), ten(), kind(1), kind(""), decoders[1](2), named["six"]())
}

func search(xs []int, want int) int {
Outer:
	for i, x := range xs {
		if x != want {
			continue Outer
		}
		return i
	}
	return -1
}
