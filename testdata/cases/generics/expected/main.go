package main

import (
	"fmt"

	autotel "instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

type Number interface{ ~int | ~float64 }

func Max[T int | float64](__atel_tracing_ctx __atel_context.Context, a, b T) T {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Max")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if a > b {
		return a
	}
	return b
}

// Sum is constrained by a named constraint interface and takes a variadic slice.
func Sum[T Number](__atel_tracing_ctx __atel_context.Context, xs ...T) T {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Sum")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	return __atel_twin_Map[T, U](__atel_context.Background(), xs, f)
}

func __atel_twin_Map[T, U any](__atel_tracing_ctx __atel_context.Context, xs []T, f func(T) U) []U {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Map")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(__atel_tracing_ctx __atel_context.Context, v T) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*Stack).Push")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	s.items = append(s.items, v)
}

func (s *Stack[T]) Pop(__atel_tracing_ctx __atel_context.Context) (T, bool) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*Stack).Pop")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Len(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Stack.Len")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return len(s.items)
}

func main() {
	__atel_ts := autotel.NewTracingState()
	defer autotel.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	autotel.AutotelEntryPoint()

	fmt.Println("Max(3, 7) =", Max(__atel_child_tracing_ctx, 3, 7))
	fmt.Println("Max[float64](2.5, 1) =", Max[float64](__atel_child_tracing_ctx, 2.5, 1))
	fmt.Println("Sum(1, 2, 3) =", Sum(__atel_child_tracing_ctx, 1, 2, 3))
	fmt.Println("Sum[float64](0.5, 0.25) =", Sum[float64](__atel_child_tracing_ctx, 0.5, 0.25))
	fmt.Println("Map:", __atel_twin_Map(__atel_child_tracing_ctx, []int{1, 2, 3}, func(n int) string {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.main$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		return fmt.Sprint(Max(__atel_child_tracing_ctx, n, 2))
	}))
	// With two type arguments the instantiation parses as a type instantiation: used as a value it fixes Map's type.
	toStr := Map[int, string]
	fmt.Println("Map value:", toStr([]int{4}, func(n int) string {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.main$2")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		return fmt.Sprint(n)
	}))

	var s Stack[string]
	for _, w := range []string{"a", "b", "c"} {
		s.Push(__atel_child_tracing_ctx, w)
	}
	fmt.Println("len:", s.Len(__atel_child_tracing_ctx))
	for {
		v, ok := s.Pop(__atel_child_tracing_ctx)
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	ints := &Stack[int]{}
	ints.Push(__atel_child_tracing_ctx, Max(__atel_child_tracing_ctx, 4, 9))
	top, _ := ints.Pop(__atel_child_tracing_ctx)
	fmt.Println("int stack top:", top)
}

var __atel_tracer = __atel_otel.Tracer("example.com/generics")

var __atel_code_Max = __atel_rtlib.Code("example.com/generics", "main.Max", "Max", "example.com/generics", "example.com/generics/main.go", 11)

var __atel_code_Sum = __atel_rtlib.Code("example.com/generics", "main.Sum", "Sum", "example.com/generics", "example.com/generics/main.go", 19)

var __atel_code_Map = __atel_rtlib.Code("example.com/generics", "main.Map", "Map", "example.com/generics", "example.com/generics/main.go", 27)

var __atel_code_Stack_Push = __atel_rtlib.Code("example.com/generics", "main.(*Stack).Push", "Push", "example.com/generics.(*Stack)", "example.com/generics/main.go", 37)

var __atel_code_Stack_Pop = __atel_rtlib.Code("example.com/generics", "main.(*Stack).Pop", "Pop", "example.com/generics.(*Stack)", "example.com/generics/main.go", 39)

var __atel_code_Stack_Len = __atel_rtlib.Code("example.com/generics", "main.Stack.Len", "Len", "example.com/generics.Stack", "example.com/generics/main.go", 49)

var __atel_code_main = __atel_rtlib.Code("example.com/generics", "main.main", "main", "example.com/generics", "example.com/generics/main.go", 51)

var __atel_code_main_1 = __atel_rtlib.Code("example.com/generics", "main.main$1", "main$1", "example.com/generics", "example.com/generics/main.go", 58)

var __atel_code_main_2 = __atel_rtlib.Code("example.com/generics", "main.main$2", "main$2", "example.com/generics", "example.com/generics/main.go", 61)
