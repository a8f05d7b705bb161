// Layouts gofmt cares about around the places instrgen edits: aligned one-line functions, operator spacing in
// argument lists that gain an argument, multi-line parameter and argument lists, one-line closures.
package main

import (
	"fmt"
	"strings"

	"instrgen.dev/rtlib"
)

type vec struct{ x, y int }

func (v vec) X() int                 { return v.x }
func (v vec) Y() int                 { return v.y }
func (v vec) Scaled(k int) vec       { return vec{v.x * k, v.y * k} }
func (v vec) Plus(w vec) vec         { return vec{v.x + w.x, v.y + w.y} }
func (v vec) String() string         { return fmt.Sprintf("(%d,%d)", v.x, v.y) }
func (v vec) unused(a, b, c int) int { return a + b + c }

func double(n int) int { return n * 2 }

func half(n int) int {
	return n / 2
}

func clamp(n, lo, hi int) int {
	if n < lo {
		return lo
	}
	if n > hi {
		return hi
	}
	return n
}

func join(
	parts []string,
	sep string,
) string {
	return strings.Join(parts, sep)
}

func noArgs() int { return 7 }

func main() {
	rtlib.AutotelEntryPoint()
	n := 5
	a := double(n - 1)
	b := double(n*2 + 1)
	c := half(n + 3*2)
	d := double(-n + 10)
	e := clamp(n-1, 0, 3)
	f := double(half(n + 1))
	g := double(n-1) + half(n+1)
	h := double((n + 1) * 2)
	i := double(n<<1 | 1)
	x, y := double(n%3), half(n-2)
	ok := double(n+1) > 3 && half(n) < 9
	fmt.Println(a, b, c, d, e, f, g, h, i, x, y, ok)

	v := vec{1, 2}
	w := v.Scaled(n - 2).Plus(vec{3, 4})
	fmt.Println(w.X(), w.Y(), w)

	s := join(
		[]string{"a", "b", "c"},
		"-",
	)
	t := join([]string{fmt.Sprint(noArgs() + 1)}, "")
	fmt.Println(s, t)

	func() { fmt.Println("one-line closure", double(n+1)) }()
	sq := func(k int) int { return k * k }
	fmt.Println(sq(double(n - 4)))
}
