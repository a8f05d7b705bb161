package main

import (
	"fmt"

	"instrgen.dev/rtlib"
)

type Celsius float64

type Fahrenheit float64

func (c Celsius) Fahrenheit() Fahrenheit { return Fahrenheit(c*9/5 + 32) }

// MyFunc is a named function type with a method.
type MyFunc func(int) int

func (f MyFunc) Twice(x int) int { return f(f(x)) }

type Tally struct{ n int }

func (t *Tally) Bump(by int) int {
	t.n += by
	return t.n
}

func triple(x int) int { return 3 * x }

// max is an ordinary function here: Go 1.19 has no builtin max.
func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func reverseBytes(s string) string {
	b := []byte(s)
	out := make([]byte, len(b), cap(b)+1)
	copy(out, b)
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return string(out)
}

func mustPositive(n int) int {
	if n <= 0 {
		panic(fmt.Sprintf("not positive: %d", n))
	}
	return n
}

func tryPositive(n int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return mustPositive(n), nil
}

func compose() int {
	type step func(int) int
	steps := []step{step(triple), func(x int) int { return x - 1 }}
	x := 2
	for _, s := range steps {
		x = s(x)
	}
	return x
}

func main() {
	rtlib.AutotelEntryPoint()
	temps := []float64{-40, 0, 100}
	for _, t := range temps {
		fmt.Printf("%.1fC = %.1fF\n", t, float64(Celsius(t).Fahrenheit()))
	}

	f := func(x int) int { return x + 5 }
	g := MyFunc(f)
	h := MyFunc(triple)
	fmt.Println("MyFunc:", g(1), g.Twice(1), h.Twice(2))

	fmt.Println("reverse:", reverseBytes("builtin"))

	xs := append([]int(nil), 3, 9, 4)
	m := make(map[string]int, len(xs))
	m["a"] = max(xs[0], xs[1])
	m["b"] = max(xs[2], xs[0])
	delete(m, "b")
	fmt.Println("max/map:", len(m), m["a"], cap(xs) >= len(xs))

	p := new(Tally)
	p.Bump(2)
	fmt.Println("new(Tally):", p.Bump(3), new(Tally).Bump(7))

	for _, n := range []int{4, -1} {
		v, err := tryPositive(n)
		fmt.Println("tryPositive:", v, err)
	}
	fmt.Println("compose:", compose())
}
