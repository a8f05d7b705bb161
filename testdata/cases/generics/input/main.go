package main

import (
	"fmt"

	autotel "instrgen.dev/rtlib"
)

type Number interface{ ~int | ~float64 }

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

// Sum is constrained by a named constraint interface and takes a variadic slice.
func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Len() int { return len(s.items) }

func main() {
	autotel.AutotelEntryPoint()

	fmt.Println("Max(3, 7) =", Max(3, 7))
	fmt.Println("Max[float64](2.5, 1) =", Max[float64](2.5, 1))
	fmt.Println("Sum(1, 2, 3) =", Sum(1, 2, 3))
	fmt.Println("Sum[float64](0.5, 0.25) =", Sum[float64](0.5, 0.25))
	fmt.Println("Map:", Map([]int{1, 2, 3}, func(n int) string { return fmt.Sprint(Max(n, 2)) }))
	// With two type arguments the instantiation parses as a type instantiation: used as a value it fixes Map's type.
	toStr := Map[int, string]
	fmt.Println("Map value:", toStr([]int{4}, func(n int) string { return fmt.Sprint(n) }))

	var s Stack[string]
	for _, w := range []string{"a", "b", "c"} {
		s.Push(w)
	}
	fmt.Println("len:", s.Len())
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	ints := &Stack[int]{}
	ints.Push(Max(4, 9))
	top, _ := ints.Pop()
	fmt.Println("int stack top:", top)
}
