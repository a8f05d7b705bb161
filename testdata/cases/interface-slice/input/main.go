package main

import (
	"fmt"

	rt "instrgen.dev/rtlib"
)

type Fooer interface {
	Foo(n int) int
}

// Doubler implements Fooer with a value receiver.
type Doubler struct{}

func (Doubler) Foo(n int) int { return 2 * n }

// Adder implements Fooer with a pointer receiver and keeps state.
type Adder struct{ k int }

func (a *Adder) Foo(n int) int {
	a.k++
	return bump(n, a.k)
}

func bump(n, k int) int { return n + k }

func sumAll(fs []Fooer, n int) int {
	total := 0
	for _, f := range fs {
		total += f.Foo(n)
	}
	return total
}

func main() {
	rt.AutotelEntryPoint()

	a := []Fooer{Doubler{}, &Adder{k: 10}}
	fmt.Println("a[0].Foo(4) =", a[0].Foo(4))
	fmt.Println("a[1].Foo(4) =", a[1].Foo(4))
	for i, f := range a {
		fmt.Printf("a[%d].Foo(%d) = %d\n", i, i+1, f.Foo(i+1))
	}
	fmt.Println("sumAll(a, 5) =", sumAll(a, 5))
}
