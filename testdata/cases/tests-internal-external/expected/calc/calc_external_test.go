package calc_test

import (
	"fmt"
	"testing"

	"example.com/tests-internal-external/calc"
)

import __atel_context "context"

func TestAddExternal(t *testing.T) {
	if got := calc.Add(__atel_context.TODO(), 40, 2); got != 42 {
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
	acc := calc.NewAcc(__atel_context.TODO())
	sub := func(xs ...int) {
		for _, x := range xs {
			acc.Push(__atel_context.TODO(), x)
		}
	}
	sub(1, 2, 3)
	if acc.Sum(__atel_context.TODO()) != 6 || acc.Count(__atel_context.TODO()) != 3 {
		t.Fatalf("acc = %d/%d", acc.Sum(__atel_context.TODO()), acc.Count(__atel_context.TODO()))
	}
}

func ExampleFactorial() {
	fmt.Println(calc.Factorial(__atel_context.TODO(), 5))
	// Output: 120
}
