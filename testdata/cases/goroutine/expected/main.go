package main

import (
	"fmt"
	"sync"

	rt "instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_attribute "go.opentelemetry.io/otel/attribute"
)

// work sums the squares of 1..n.
func work(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.work")
	__atel_span.SetAttributes(__atel_attrs_work...)
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
	__atel_span.SetAttributes(__atel_attrs_square...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return x * x
}

// collect runs as a goroutine started with a named function.
func collect(__atel_tracing_ctx __atel_context.Context, in <-chan int, out chan<- int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.collect")
	__atel_span.SetAttributes(__atel_attrs_collect...)
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
	__atel_span.SetAttributes(__atel_attrs_main...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	rt.AutotelEntryPoint()

	var wg sync.WaitGroup
	var result int
	wg.Add(1)
	go func() {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.main$1")
		__atel_span.SetAttributes(__atel_attrs_main_1...)
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

var __atel_attrs_work = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "work"), __atel_attribute.String("code.namespace", "example.com/goroutine"), __atel_attribute.String("code.filepath", "example.com/goroutine/main.go"), __atel_attribute.Int("code.lineno", 11)}

var __atel_attrs_square = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "square"), __atel_attribute.String("code.namespace", "example.com/goroutine"), __atel_attribute.String("code.filepath", "example.com/goroutine/main.go"), __atel_attribute.Int("code.lineno", 19)}

var __atel_attrs_collect = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "collect"), __atel_attribute.String("code.namespace", "example.com/goroutine"), __atel_attribute.String("code.filepath", "example.com/goroutine/main.go"), __atel_attribute.Int("code.lineno", 22)}

var __atel_attrs_main = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "main"), __atel_attribute.String("code.namespace", "example.com/goroutine"), __atel_attribute.String("code.filepath", "example.com/goroutine/main.go"), __atel_attribute.Int("code.lineno", 30)}

var __atel_attrs_main_1 = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "main$1"), __atel_attribute.String("code.namespace", "example.com/goroutine"), __atel_attribute.String("code.filepath", "example.com/goroutine/main.go"), __atel_attribute.Int("code.lineno", 36)}
