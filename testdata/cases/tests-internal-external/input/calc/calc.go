// Package calc is a small library exercised by main and by internal and external tests.
package calc

// Add returns a+b.
func Add(a, b int) int {
	return a + b
}

// Factorial computes n! by repeated multiplication.
func Factorial(n int) int {
	if n <= 1 {
		return 1
	}
	return multiply(n, Factorial(n-1))
}

func multiply(a, b int) int {
	return a * b
}

// Mean is only used by the tests.
func Mean(xs []int) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := 0
	for _, x := range xs {
		s = Add(s, x)
	}
	return float64(s) / float64(len(xs))
}

// Acc accumulates integers.
type Acc struct {
	sum, n int
}

// NewAcc returns an empty accumulator.
func NewAcc() *Acc {
	return &Acc{}
}

// Push adds x.
func (a *Acc) Push(x int) {
	a.sum = Add(a.sum, x)
	a.n++
}

// Sum returns the running sum.
func (a *Acc) Sum() int { return a.sum }

// Count returns how many values were pushed.
func (a Acc) Count() int { return a.n }
