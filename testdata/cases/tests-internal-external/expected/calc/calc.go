// Package calc is a small library exercised by main and by internal and external tests.
package calc

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// Add returns a+b.
func Add(__atel_tracing_ctx __atel_context.Context, a, b int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "calc.Add")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return a + b
}

// Factorial computes n! by repeated multiplication.
func Factorial(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "calc.Factorial")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if n <= 1 {
		return 1
	}
	return multiply(__atel_child_tracing_ctx, n, Factorial(__atel_child_tracing_ctx, n-1))
}

func multiply(__atel_tracing_ctx __atel_context.Context, a, b int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "calc.multiply")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return a * b
}

// Mean is only used by the tests.
func Mean(xs []int) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := 0
	for _, x := range xs {
		s = Add(__atel_context.TODO(), s, x)
	}
	return float64(s) / float64(len(xs))
}

// Acc accumulates integers.
type Acc struct {
	sum, n int
}

// NewAcc returns an empty accumulator.
func NewAcc(__atel_tracing_ctx __atel_context.Context) *Acc {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "calc.NewAcc")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return &Acc{}
}

// Push adds x.
func (a *Acc) Push(__atel_tracing_ctx __atel_context.Context, x int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "calc.(*Acc).Push")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	a.sum = Add(__atel_child_tracing_ctx, a.sum, x)
	a.n++
}

// Sum returns the running sum.
func (a *Acc) Sum(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "calc.(*Acc).Sum")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return a.sum
}

// Count returns how many values were pushed.
func (a Acc) Count(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "calc.Acc.Count")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return a.n
}

var __atel_tracer = __atel_otel.Tracer("example.com/tests-internal-external/calc")

var __atel_code_Add = __atel_rtlib.Code("example.com/tests-internal-external/calc", "calc.Add", "Add", "example.com/tests-internal-external/calc", "example.com/tests-internal-external/calc/calc.go", 5)

var __atel_code_Factorial = __atel_rtlib.Code("example.com/tests-internal-external/calc", "calc.Factorial", "Factorial", "example.com/tests-internal-external/calc", "example.com/tests-internal-external/calc/calc.go", 10)

var __atel_code_multiply = __atel_rtlib.Code("example.com/tests-internal-external/calc", "calc.multiply", "multiply", "example.com/tests-internal-external/calc", "example.com/tests-internal-external/calc/calc.go", 17)

var __atel_code_NewAcc = __atel_rtlib.Code("example.com/tests-internal-external/calc", "calc.NewAcc", "NewAcc", "example.com/tests-internal-external/calc", "example.com/tests-internal-external/calc/calc.go", 39)

var __atel_code_Acc_Push = __atel_rtlib.Code("example.com/tests-internal-external/calc", "calc.(*Acc).Push", "Push", "example.com/tests-internal-external/calc.(*Acc)", "example.com/tests-internal-external/calc/calc.go", 44)

var __atel_code_Acc_Sum = __atel_rtlib.Code("example.com/tests-internal-external/calc", "calc.(*Acc).Sum", "Sum", "example.com/tests-internal-external/calc.(*Acc)", "example.com/tests-internal-external/calc/calc.go", 50)

var __atel_code_Acc_Count = __atel_rtlib.Code("example.com/tests-internal-external/calc", "calc.Acc.Count", "Count", "example.com/tests-internal-external/calc.Acc", "example.com/tests-internal-external/calc/calc.go", 53)
