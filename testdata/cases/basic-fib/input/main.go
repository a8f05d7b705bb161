package main

import (
	"fmt"

	"instrgen.dev/rtlib"
)

// fib returns the n-th Fibonacci number, computed iteratively.
func fib(n int) int {
	a, b := 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func printResult(label string, v int) {
	fmt.Printf("%s = %d\n", label, v)
}

func main() {
	rtlib.AutotelEntryPoint()

	for _, n := range []int{0, 1, 2, 10, 30} {
		fmt.Printf("fib(%d) = %d\n", n, fib(n))
	}

	func() {
		total := 0
		for i := 1; i <= 6; i++ {
			total += fib(i)
		}
		printResult("sum fib(1..6)", total)
	}()
}
