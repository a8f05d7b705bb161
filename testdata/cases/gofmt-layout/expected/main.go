// Layouts gofmt cares about around the places instrgen edits: aligned one-line functions, operator spacing in
// argument lists that gain an argument, multi-line parameter and argument lists, one-line closures.
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

type vec struct{ x, y int }

func (v vec) X(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.vec.X")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return v.x
}
func (v vec) Y(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.vec.Y")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return v.y
}
func (v vec) Scaled(__atel_tracing_ctx __atel_context.Context, k int) vec {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.vec.Scaled")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return vec{v.x * k, v.y * k}
}
func (v vec) Plus(__atel_tracing_ctx __atel_context.Context, w vec) vec {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.vec.Plus")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return vec{v.x + w.x, v.y + w.y}
}
func (v vec) String() string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.vec.String")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return fmt.Sprintf("(%d,%d)", v.x, v.y)
}
func (v vec) unused(a, b, c int) int { return a + b + c }

func double(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.double")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return n * 2
}

func half(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.half")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return n / 2
}

func clamp(__atel_tracing_ctx __atel_context.Context, n, lo, hi int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.clamp")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if n < lo {
		return lo
	}
	if n > hi {
		return hi
	}
	return n
}

func join(
	__atel_tracing_ctx __atel_context.Context,
	parts []string,
	sep string,
) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.join")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return strings.Join(parts, sep)
}

func noArgs(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.noArgs")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return 7
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
	n := 5
	a := double(__atel_child_tracing_ctx, n-1)
	b := double(__atel_child_tracing_ctx, n*2+1)
	c := half(__atel_child_tracing_ctx, n+3*2)
	d := double(__atel_child_tracing_ctx, -n+10)
	e := clamp(__atel_child_tracing_ctx, n-1, 0, 3)
	f := double(__atel_child_tracing_ctx, half(__atel_child_tracing_ctx, n+1))
	g := double(__atel_child_tracing_ctx, n-1) + half(__atel_child_tracing_ctx, n+1)
	h := double(__atel_child_tracing_ctx, (n+1)*2)
	i := double(__atel_child_tracing_ctx, n<<1|1)
	x, y := double(__atel_child_tracing_ctx, n%3), half(__atel_child_tracing_ctx, n-2)
	ok := double(__atel_child_tracing_ctx, n+1) > 3 && half(__atel_child_tracing_ctx, n) < 9
	fmt.Println(a, b, c, d, e, f, g, h, i, x, y, ok)

	v := vec{1, 2}
	w := v.Scaled(__atel_child_tracing_ctx, n-2).Plus(__atel_child_tracing_ctx, vec{3, 4})
	fmt.Println(w.X(__atel_child_tracing_ctx), w.Y(__atel_child_tracing_ctx), w)

	s := join(
		__atel_child_tracing_ctx,
		[]string{"a", "b", "c"},
		"-",
	)
	t := join(__atel_child_tracing_ctx, []string{fmt.Sprint(noArgs(__atel_child_tracing_ctx) + 1)}, "")
	fmt.Println(s, t)

	func() {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.main$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		fmt.Println("one-line closure", double(__atel_child_tracing_ctx, n+1))
	}()
	sq := func(k int) int {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.main$2")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		return k * k
	}
	fmt.Println(sq(double(__atel_child_tracing_ctx, n-4)))
}

var __atel_tracer = __atel_otel.Tracer("example.com/gofmt-layout")

var __atel_code_vec_X = __atel_rtlib.Code("example.com/gofmt-layout", "main.vec.X", "X", "example.com/gofmt-layout.vec", "example.com/gofmt-layout/main.go", 14)

var __atel_code_vec_Y = __atel_rtlib.Code("example.com/gofmt-layout", "main.vec.Y", "Y", "example.com/gofmt-layout.vec", "example.com/gofmt-layout/main.go", 15)

var __atel_code_vec_Scaled = __atel_rtlib.Code("example.com/gofmt-layout", "main.vec.Scaled", "Scaled", "example.com/gofmt-layout.vec", "example.com/gofmt-layout/main.go", 16)

var __atel_code_vec_Plus = __atel_rtlib.Code("example.com/gofmt-layout", "main.vec.Plus", "Plus", "example.com/gofmt-layout.vec", "example.com/gofmt-layout/main.go", 17)

var __atel_code_vec_String = __atel_rtlib.Code("example.com/gofmt-layout", "main.vec.String", "String", "example.com/gofmt-layout.vec", "example.com/gofmt-layout/main.go", 18)

var __atel_code_double = __atel_rtlib.Code("example.com/gofmt-layout", "main.double", "double", "example.com/gofmt-layout", "example.com/gofmt-layout/main.go", 21)

var __atel_code_half = __atel_rtlib.Code("example.com/gofmt-layout", "main.half", "half", "example.com/gofmt-layout", "example.com/gofmt-layout/main.go", 23)

var __atel_code_clamp = __atel_rtlib.Code("example.com/gofmt-layout", "main.clamp", "clamp", "example.com/gofmt-layout", "example.com/gofmt-layout/main.go", 27)

var __atel_code_join = __atel_rtlib.Code("example.com/gofmt-layout", "main.join", "join", "example.com/gofmt-layout", "example.com/gofmt-layout/main.go", 37)

var __atel_code_noArgs = __atel_rtlib.Code("example.com/gofmt-layout", "main.noArgs", "noArgs", "example.com/gofmt-layout", "example.com/gofmt-layout/main.go", 44)

var __atel_code_main = __atel_rtlib.Code("example.com/gofmt-layout", "main.main", "main", "example.com/gofmt-layout", "example.com/gofmt-layout/main.go", 46)

var __atel_code_main_1 = __atel_rtlib.Code("example.com/gofmt-layout", "main.main$1", "main$1", "example.com/gofmt-layout", "example.com/gofmt-layout/main.go", 73)

var __atel_code_main_2 = __atel_rtlib.Code("example.com/gofmt-layout", "main.main$2", "main$2", "example.com/gofmt-layout", "example.com/gofmt-layout/main.go", 74)
