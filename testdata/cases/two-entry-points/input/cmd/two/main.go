package main

import (
	"fmt"

	"example.com/two-entry-points/lib"
	tel "instrgen.dev/rtlib"
)

func squares(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = (i + 1) * (i + 1)
	}
	return out
}

func main() {
	tel.AutotelEntryPoint()

	fmt.Println(lib.Greet("two"))
	fmt.Println("sum of squares:", lib.Sum(squares(4)))
}
