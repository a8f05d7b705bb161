package main

import (
	"fmt"
	"sync"

	rt "instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// work sums the squares of 1..n.
func work(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.work")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	s := 0
	for i := 1; i <= n; i++ {
		s += square(__atel_child_tracing_ctx, i)
	}
	return s
}

func square(__atel_tracing_ctx __atel_context.Context, x int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.square")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return x * x
}

// collect runs as a goroutine started with a named function.
func collect(__atel_tracing_ctx __atel_context.Context, in <-chan int, out chan<- int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.collect")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	total := 0
	for v := range in {
		total += v
	}
	out <- total
}

func main() {
	__atel_ts := rt.NewTracingState()
	defer rt.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	rt.AutotelEntryPoint()

	var wg sync.WaitGroup
	var result int
	wg.Add(1)
	go func() {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.main$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End()
		result = work(__atel_child_tracing_ctx, 10)
		wg.Done()
	}()
	wg.Wait()
	fmt.Println("work(10) =", result)

	in := make(chan int)
	out := make(chan int)
	go collect(__atel_child_tracing_ctx, in, out)
	for i := 1; i <= 4; i++ {
		in <- work(__atel_child_tracing_ctx, i)
	}
	close(in)
	fmt.Println("collected:", <-out)
}

var __atel_tracer = __atel_otel.Tracer("example.com/goroutine")

var __atel_code_work = __atel_rtlib.Code("example.com/goroutine", "main.work", "work", "example.com/goroutine", "example.com/goroutine/main.go", 11)

var __atel_code_square = __atel_rtlib.Code("example.com/goroutine", "main.square", "square", "example.com/goroutine", "example.com/goroutine/main.go", 19)

var __atel_code_collect = __atel_rtlib.Code("example.com/goroutine", "main.collect", "collect", "example.com/goroutine", "example.com/goroutine/main.go", 22)

var __atel_code_main = __atel_rtlib.Code("example.com/goroutine", "main.main", "main", "example.com/goroutine", "example.com/goroutine/main.go", 30)

var __atel_code_main_1 = __atel_rtlib.Code("example.com/goroutine", "main.main$1", "main$1", "example.com/goroutine", "example.com/goroutine/main.go", 36)
