package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

type job struct{ id, n int }

type result struct{ id, steps int }

// collatz counts the steps needed to reach 1.
func collatz(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.collatz")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func produce(__atel_tracing_ctx __atel_context.Context, jobs chan<- job, inputs []int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.produce")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	for i, n := range inputs {
		jobs <- job{id: i, n: n}
	}
	close(jobs)
}

func worker(__atel_tracing_ctx __atel_context.Context, id int, jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.worker")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	defer wg.Done()
	for j := range jobs {
		results <- result{id: j.id, steps: collatz(__atel_child_tracing_ctx, j.n)}
	}
}

func measure(__atel_tracing_ctx __atel_context.Context, w string) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.measure")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return len(strings.TrimSpace(w))
}

func main() {
	__atel_ts := rtlib.NewTracingState()
	defer rtlib.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	rtlib.AutotelEntryPoint()
	inputs := []int{6, 7, 27, 1, 97, 12}
	jobs := make(chan job)
	results := make(chan result)
	var wg sync.WaitGroup

	go produce(__atel_child_tracing_ctx, jobs, inputs)
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(__atel_child_tracing_ctx, i, jobs, results, &wg)
	}
	go func() {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.main$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End()
		wg.Wait()
		close(results)
	}()

	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(a, b int) bool {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.main$2")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		return all[a].id < all[b].id
	})
	for _, r := range all {
		fmt.Printf("collatz(%d) = %d steps\n", inputs[r.id], r.steps)
	}

	var mu sync.Mutex
	var wg2 sync.WaitGroup
	lengths := map[string]int{}
	for _, w := range []string{" go ", "channel", "  sync", "wait "} {
		wg2.Add(1)
		go func(w string) {
			__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.main$3")
			_ = __atel_child_tracing_ctx
			defer __atel_span.End()
			defer wg2.Done()
			n := measure(__atel_child_tracing_ctx, w)
			mu.Lock()
			lengths[strings.TrimSpace(w)] = n
			mu.Unlock()
		}(w)
	}
	wg2.Wait()
	keys := make([]string, 0, len(lengths))
	for k := range lengths {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, lengths[k])
	}

	done := make(chan int)
	go func() {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.main$4")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End()
		done <- collatz(__atel_child_tracing_ctx, inputs[2])
	}()
	fmt.Println("single goroutine:", <-done)
}

var __atel_tracer = __atel_otel.Tracer("example.com/goroutines-channels")

var __atel_code_collatz = __atel_rtlib.Code("example.com/goroutines-channels", "main.collatz", "collatz", "example.com/goroutines-channels", "example.com/goroutines-channels/main.go", 17)

var __atel_code_produce = __atel_rtlib.Code("example.com/goroutines-channels", "main.produce", "produce", "example.com/goroutines-channels", "example.com/goroutines-channels/main.go", 30)

var __atel_code_worker = __atel_rtlib.Code("example.com/goroutines-channels", "main.worker", "worker", "example.com/goroutines-channels", "example.com/goroutines-channels/main.go", 37)

var __atel_code_measure = __atel_rtlib.Code("example.com/goroutines-channels", "main.measure", "measure", "example.com/goroutines-channels", "example.com/goroutines-channels/main.go", 44)

var __atel_code_main = __atel_rtlib.Code("example.com/goroutines-channels", "main.main", "main", "example.com/goroutines-channels", "example.com/goroutines-channels/main.go", 48)

var __atel_code_main_1 = __atel_rtlib.Code("example.com/goroutines-channels", "main.main$1", "main$1", "example.com/goroutines-channels", "example.com/goroutines-channels/main.go", 60)

var __atel_code_main_2 = __atel_rtlib.Code("example.com/goroutines-channels", "main.main$2", "main$2", "example.com/goroutines-channels", "example.com/goroutines-channels/main.go", 69)

var __atel_code_main_3 = __atel_rtlib.Code("example.com/goroutines-channels", "main.main$3", "main$3", "example.com/goroutines-channels", "example.com/goroutines-channels/main.go", 79)

var __atel_code_main_4 = __atel_rtlib.Code("example.com/goroutines-channels", "main.main$4", "main$4", "example.com/goroutines-channels", "example.com/goroutines-channels/main.go", 98)
