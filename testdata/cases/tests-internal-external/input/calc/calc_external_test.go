package calc_test

import (
	"fmt"
	"testing"

	"example.com/tests-internal-external/calc"
)

func TestAddExternal(t *testing.T) {
	if got := calc.Add(40, 2); got != 42 {
		t.Fatalf("Add = %d", got)
	}
}

func TestMeanExternal(t *testing.T) {
	if got := calc.Mean([]int{1, 2, 3, 4}); got != 2.5 {
		t.Fatalf("Mean = %v", got)
	}
	if got := calc.Mean(nil); got != 0 {
		t.Fatalf("Mean(nil) = %v", got)
	}
}

func TestAccExternal(t *testing.T) {
	acc := calc.NewAcc()
	sub := func(xs ...int) {
		for _, x := range xs {
			acc.Push(x)
		}
	}
	sub(1, 2, 3)
	if acc.Sum() != 6 || acc.Count() != 3 {
		t.Fatalf("acc = %d/%d", acc.Sum(), acc.Count())
	}
}

func ExampleFactorial() {
	fmt.Println(calc.Factorial(5))
	// Output: 120
}
