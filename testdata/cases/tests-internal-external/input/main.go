package main

import (
	"fmt"

	"example.com/tests-internal-external/calc"
	"instrgen.dev/rtlib"
)

func main() {
	rtlib.AutotelEntryPoint()
	fmt.Println("add:", calc.Add(2, 3))
	fmt.Println("factorial(6):", calc.Factorial(6))

	acc := calc.NewAcc()
	for _, x := range []int{4, 8, 15, 16, 23, 42} {
		acc.Push(x)
	}
	fmt.Println("acc:", acc.Sum(), acc.Count())
}
