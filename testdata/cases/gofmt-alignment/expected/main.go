// Layout gofmt aligns in sections: keys of keyed composite literals, trailing comments of consecutive lines, the
// statements after a label. The rewrite opens one-line function literals and lengthens calls; the output must be
// what gofmt prints, and prune must give this file back byte for byte.
package main

import (
	"fmt"
	"sort"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// Shape is implemented in this module only, so its methods gain the context.
type Shape interface {
	Area(__atel_tracing_ctx __atel_context.Context) int         // in square units
	Name(__atel_tracing_ctx __atel_context.Context) string      // for printing
	Scale(__atel_tracing_ctx __atel_context.Context, k int) int // returns the new area
}

type square struct{ side int }

func (s square) Area(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.square.Area")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return s.side * s.side
}
func (s square) Name(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.square.Name")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return "square"
}
func (s square) Scale(__atel_tracing_ctx __atel_context.Context, k int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.square.Scale")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return s.Area(__atel_child_tracing_ctx) * k * k
}

// Elements longer than 40 bytes: gofmt aligns their comments by the ratio of their sizes.
var decoders = []func(__atel_tracing_ctx __atel_context.Context, x int) int{
	nil, // none
	func(__atel_tracing_ctx __atel_context.Context, x int) int {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.init$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		return add(__atel_child_tracing_ctx, x, 1) + mul(__atel_child_tracing_ctx, x, 2)
	}, // first
	func(__atel_tracing_ctx __atel_context.Context, x int) int {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.init$2")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		return add(__atel_child_tracing_ctx, x, 10) + mul(__atel_child_tracing_ctx, x, 20)
	}, // second
	func(__atel_tracing_ctx __atel_context.Context, x int) int {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.init$3")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		return add(__atel_child_tracing_ctx, x, 100000) + mul(__atel_child_tracing_ctx, x, 200000)
	}, // third
	func(__atel_tracing_ctx __atel_context.Context, x int) int {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.init$4")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		return x
	}, // fourth
	func(__atel_tracing_ctx __atel_context.Context, x int) int {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.init$5")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		return mul(__atel_child_tracing_ctx, add(__atel_child_tracing_ctx, x, 1), add(__atel_child_tracing_ctx, x, 2)) + x + 1
	}, // fifth
}

// A keyed table at package level: its calls get TODO contexts and stay on one line, comments move.
var named = map[string]func(__atel_tracing_ctx __atel_context.Context) int{
	"three": func(__atel_tracing_ctx __atel_context.Context) int {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.init$6")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		return add(__atel_child_tracing_ctx, 1, 2)
	}, // add
	"six": func(__atel_tracing_ctx __atel_context.Context) int {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.init$7")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		return mul(__atel_child_tracing_ctx, 2, 3)
	}, // mul
	"none": nil, // nothing
}

var unitsPerMeter = scale(100) // centimetres
var label = "m"                // unit

func scale(n int) int { return n }

func add(__atel_tracing_ctx __atel_context.Context, a, b int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.add")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return a + b
}

func mul(__atel_tracing_ctx __atel_context.Context, a, b int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.mul")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return a * b
}

func swap(__atel_tracing_ctx __atel_context.Context, xs []int, i, j int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.swap")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	a := xs
	a[i], a[j] = a[j], a[i]
}

func count(__atel_tracing_ctx __atel_context.Context, b []byte) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.count")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return len(b)
}

func sum(__atel_tracing_ctx __atel_context.Context, xs []int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.sum")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return len(xs)
}

func describe(__atel_tracing_ctx __atel_context.Context, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.describe")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return "<" + s + ">"
}

func one(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.one")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return 1
} // the first
func three(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.three")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return add(__atel_child_tracing_ctx, 1, 2)
}                // the third
func seven() int { return 7 }                                // the seventh
func nine() int  { return mul(__atel_context.TODO(), 3, 3) } // the ninth
func ten(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.ten")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return add(__atel_child_tracing_ctx, one(__atel_child_tracing_ctx), 9)
} // the tenth

// notReached is never called, but its calls change: the one-line body grows past 100 columns, so it is opened.
func notReached() int { //instrgen:oneline
	return add(__atel_context.TODO(), 1000000, 2000000) + mul(__atel_context.TODO(), 3000000, 4000000) + add(__atel_context.TODO(), 5, 6)
}

// 100 bytes from `func` to `}` once calls gain the context: gofmt keeps the literal on one line, and opens the
// declaration, one byte longer, as it counts one byte more for a declaration's header.
func isBig() bool { //instrgen:oneline
	return add(__atel_context.TODO(), 100000, 2)+add(__atel_context.TODO(), 300, 4) > 5
}

var isSmall = func() bool { return add(__atel_context.TODO(), 1000000, 2)+add(__atel_context.TODO(), 30000000, 4) < 5 }

func kind(__atel_tracing_ctx __atel_context.Context, x interface{}) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.kind")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	switch x.(type) {
	case int: // whole
		return "int"
	case string: // text
	case float64: // real
		return "float"
	}
	return describe(__atel_child_tracing_ctx, "other")
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
	ops := map[string]func(a, b int) int{
		"plus": func(a, b int) int {
			__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.main$1")
			_ = __atel_child_tracing_ctx
			defer __atel_span.End() //instrgen:oneline
			return add(__atel_child_tracing_ctx, a, b)
		},
		"times": func(a, b int) int {
			__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.main$2")
			_ = __atel_child_tracing_ctx
			defer __atel_span.End() //instrgen:oneline
			return mul(__atel_child_tracing_ctx, a, b)
		},
		"sub": nil,
		// a comment line ends the key section
		"min": func(a, b int) int {
			__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.main$3")
			_ = __atel_child_tracing_ctx
			defer __atel_span.End() //instrgen:oneline
			return b
		}, // the smaller
		"max": func(a, b int) int {
			__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.main$4")
			_ = __atel_child_tracing_ctx
			defer __atel_span.End() //instrgen:oneline
			return a
		}, // the larger
	}
	names := make([]string, 0, len(ops))
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	x := add(__atel_child_tracing_ctx, 1, 2)    // three
	yy := 4                                     // four
	zzz := mul(__atel_child_tracing_ctx, x, yy) // twelve
	fmt.Println(names, x, yy, zzz, unitsPerMeter, label)
	fmt.Println(ops["plus"](x, yy), ops["times"](x, yy))
	table := []struct {
		in   int
		want int
	}{
		{add(__atel_child_tracing_ctx, 1, 1), 2},             // small
		{add(__atel_child_tracing_ctx, 100, 100), 200},       // larger
		{mul(__atel_child_tracing_ctx, 1000, 1000), 1000000}, // largest
	}
	for _, t := range table {
		fmt.Println(t.in == t.want)
	}
	var s Shape = square{side: 3}
	fmt.Println(s.Name(__atel_child_tracing_ctx), s.Area(__atel_child_tracing_ctx), s.Scale(__atel_child_tracing_ctx, 2))
	fmt.Println(search(__atel_child_tracing_ctx, []int{1, 2, 3}, 2))
	xs := []int{1, 2}
	swap(__atel_child_tracing_ctx, xs, 0, 1)
	fmt.Println(xs)
	fmt.Println(count(__atel_child_tracing_ctx, []byte(label+"s")))
	c1 := count(__atel_child_tracing_ctx, []byte(label+"s")) // spaced as gofmt spaces it, then aligned
	c22 := 2                                                 // two
	fmt.Println(c1, c22)
	fmt.Println(sum(__atel_child_tracing_ctx, xs[0:len(xs)-1]))
	fmt.Println(describe(__atel_child_tracing_ctx, "a, "+
		"b"))
	fmt.Println(one(__atel_child_tracing_ctx), three(__atel_child_tracing_ctx), ten(__atel_child_tracing_ctx), kind(__atel_child_tracing_ctx, 1), kind(__atel_child_tracing_ctx, ""), decoders[1](__atel_child_tracing_ctx, 2), named["six"](__atel_child_tracing_ctx))
}

func search(__atel_tracing_ctx __atel_context.Context, xs []int, want int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.search")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
Outer:
	for i, x := range xs {
		if x != want {
			continue Outer
		}
		return i
	}
	return -1
}

var __atel_tracer = __atel_otel.Tracer("example.com/gofmtalign")

var __atel_code_square_Area = __atel_rtlib.Code("example.com/gofmtalign", "main.square.Area", "Area", "example.com/gofmtalign.square", "example.com/gofmtalign/main.go", 22)

var __atel_code_square_Name = __atel_rtlib.Code("example.com/gofmtalign", "main.square.Name", "Name", "example.com/gofmtalign.square", "example.com/gofmtalign/main.go", 23)

var __atel_code_square_Scale = __atel_rtlib.Code("example.com/gofmtalign", "main.square.Scale", "Scale", "example.com/gofmtalign.square", "example.com/gofmtalign/main.go", 24)

var __atel_code_add = __atel_rtlib.Code("example.com/gofmtalign", "main.add", "add", "example.com/gofmtalign", "example.com/gofmtalign/main.go", 48)

var __atel_code_mul = __atel_rtlib.Code("example.com/gofmtalign", "main.mul", "mul", "example.com/gofmtalign", "example.com/gofmtalign/main.go", 50)

var __atel_code_swap = __atel_rtlib.Code("example.com/gofmtalign", "main.swap", "swap", "example.com/gofmtalign", "example.com/gofmtalign/main.go", 52)

var __atel_code_count = __atel_rtlib.Code("example.com/gofmtalign", "main.count", "count", "example.com/gofmtalign", "example.com/gofmtalign/main.go", 54)

var __atel_code_sum = __atel_rtlib.Code("example.com/gofmtalign", "main.sum", "sum", "example.com/gofmtalign", "example.com/gofmtalign/main.go", 56)

var __atel_code_describe = __atel_rtlib.Code("example.com/gofmtalign", "main.describe", "describe", "example.com/gofmtalign", "example.com/gofmtalign/main.go", 58)

var __atel_code_one = __atel_rtlib.Code("example.com/gofmtalign", "main.one", "one", "example.com/gofmtalign", "example.com/gofmtalign/main.go", 60)

var __atel_code_three = __atel_rtlib.Code("example.com/gofmtalign", "main.three", "three", "example.com/gofmtalign", "example.com/gofmtalign/main.go", 61)

var __atel_code_ten = __atel_rtlib.Code("example.com/gofmtalign", "main.ten", "ten", "example.com/gofmtalign", "example.com/gofmtalign/main.go", 64)

var __atel_code_kind = __atel_rtlib.Code("example.com/gofmtalign", "main.kind", "kind", "example.com/gofmtalign", "example.com/gofmtalign/main.go", 75)

var __atel_code_main = __atel_rtlib.Code("example.com/gofmtalign", "main.main", "main", "example.com/gofmtalign", "example.com/gofmtalign/main.go", 86)

var __atel_code_search = __atel_rtlib.Code("example.com/gofmtalign", "main.search", "search", "example.com/gofmtalign", "example.com/gofmtalign/main.go", 133)

var __atel_code_main_1 = __atel_rtlib.Code("example.com/gofmtalign", "main.main$1", "main$1", "example.com/gofmtalign", "example.com/gofmtalign/main.go", 89)

var __atel_code_main_2 = __atel_rtlib.Code("example.com/gofmtalign", "main.main$2", "main$2", "example.com/gofmtalign", "example.com/gofmtalign/main.go", 90)

var __atel_code_main_3 = __atel_rtlib.Code("example.com/gofmtalign", "main.main$3", "main$3", "example.com/gofmtalign", "example.com/gofmtalign/main.go", 93)

var __atel_code_main_4 = __atel_rtlib.Code("example.com/gofmtalign", "main.main$4", "main$4", "example.com/gofmtalign", "example.com/gofmtalign/main.go", 94)

var __atel_code_init_1 = __atel_rtlib.Code("example.com/gofmtalign", "main.init$1", "init$1", "example.com/gofmtalign", "example.com/gofmtalign/main.go", 29)

var __atel_code_init_2 = __atel_rtlib.Code("example.com/gofmtalign", "main.init$2", "init$2", "example.com/gofmtalign", "example.com/gofmtalign/main.go", 30)

var __atel_code_init_3 = __atel_rtlib.Code("example.com/gofmtalign", "main.init$3", "init$3", "example.com/gofmtalign", "example.com/gofmtalign/main.go", 31)

var __atel_code_init_4 = __atel_rtlib.Code("example.com/gofmtalign", "main.init$4", "init$4", "example.com/gofmtalign", "example.com/gofmtalign/main.go", 32)

var __atel_code_init_5 = __atel_rtlib.Code("example.com/gofmtalign", "main.init$5", "init$5", "example.com/gofmtalign", "example.com/gofmtalign/main.go", 33)

var __atel_code_init_6 = __atel_rtlib.Code("example.com/gofmtalign", "main.init$6", "init$6", "example.com/gofmtalign", "example.com/gofmtalign/main.go", 38)

var __atel_code_init_7 = __atel_rtlib.Code("example.com/gofmtalign", "main.init$7", "init$7", "example.com/gofmtalign", "example.com/gofmtalign/main.go", 39)
