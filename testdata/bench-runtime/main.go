// Command benchruntime measures what a span costs in code instrgen instrumented: a hot loop of three small
// functions (loop → middle → leaf ×2) that scripts/bench-runtime.sh instruments with instrgen before building, next
// to the OpenTelemetry SDK's own start+end cost (recording with no processor, and never sampled) measured in the
// same process, and the same loop uninstrumented. It prints one line of JSON.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime"
	"sync"
	"syscall"
	"time"

	"go.opentelemetry.io/otel"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/trace"
)

// leaf is the smallest function worth a span; noinline keeps it a call in the uninstrumented copy too.
//
//go:noinline
func leaf(x int) int { return x ^ (x >> 3) }

func middle(x int) int { return leaf(x) + leaf(x+1) }

func loop(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += middle(i)
	}
	return s
}

// work is the entry point: it runs loop on g goroutines, n/g iterations each. instrgen instruments everything
// reachable from here, and gives work the tracing bootstrap (provider, traces file, shutdown and flush).
//
//instrgen:entry
func work(n, g int) int {
	sums := make([]int, g)
	var wg sync.WaitGroup
	for w := 0; w < g; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			sums[w] = loop(n / g)
		}(w)
	}
	wg.Wait()
	total := 0
	for _, s := range sums {
		total += s
	}
	return total
}

// The uninstrumented copy: nothing calls it from work, so instrgen leaves it alone.
//
//go:noinline
func plainLeaf(x int) int { return x ^ (x >> 3) }

func plainMiddle(x int) int { return plainLeaf(x) + plainLeaf(x+1) }

func plainLoop(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += plainMiddle(i)
	}
	return s
}

func plainWork(n, g int) int {
	sums := make([]int, g)
	var wg sync.WaitGroup
	for w := 0; w < g; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			sums[w] = plainLoop(n / g)
		}(w)
	}
	wg.Wait()
	total := 0
	for _, s := range sums {
		total += s
	}
	return total
}

// cost is what one measured phase took: wall time, CPU time of the whole process (every thread, the exporter's
// and the garbage collector's included; steadier than wall time on a busy machine) and heap allocations.
type cost struct {
	wall, cpu time.Duration
	allocs    uint64
}

func measure(f func()) cost {
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	c0, t0 := cpuTime(), time.Now()
	f()
	wall, cpu := time.Since(t0), cpuTime()-c0
	runtime.ReadMemStats(&m1)
	return cost{wall, cpu, m1.Mallocs - m0.Mallocs}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// better keeps the lower of two measurements, field by field: on a busy machine the lowest is the least disturbed.
func better(a, b cost) cost {
	if b.wall < a.wall {
		a.wall = b.wall
	}
	if b.cpu < a.cpu {
		a.cpu = b.cpu
	}
	if b.allocs < a.allocs {
		a.allocs = b.allocs
	}
	return a
}

// sdkFloor is the SDK's own cost per span: start+end of calls spans on g goroutines, children of one root span.
func sdkFloor(sampler sdktrace.Sampler, calls, g int) cost {
	tp := sdktrace.NewTracerProvider(sdktrace.WithSampler(sampler))
	defer func() { _ = tp.Shutdown(context.Background()) }()
	tr := tp.Tracer("floor")
	ctx, root := tr.Start(context.Background(), "root")
	defer root.End()
	return measure(func() {
		var wg sync.WaitGroup
		for w := 0; w < g; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := 0; i < calls/g; i++ {
					_, s := tr.Start(ctx, "leaf")
					s.End()
				}
			}()
		}
		wg.Wait()
	})
}

// plainProvider hides the SDK provider's type: rtlib adds a processor that sets the code attributes to an SDK provider
// set before its own, and this mode measures the generated code alone.
type plainProvider struct{ tp *sdktrace.TracerProvider }

func (p plainProvider) Tracer(name string, opts ...trace.TracerOption) trace.Tracer {
	return p.tp.Tracer(name, opts...)
}

// perCall is a phase's cost per call, in nanoseconds and allocations.
type perCall struct {
	Wall   float64 `json:"wallNs"`
	CPU    float64 `json:"cpuNs"`
	Allocs float64 `json:"allocs"`
}

func per(c cost, calls int) perCall {
	k := float64(calls)
	return perCall{float64(c.wall.Nanoseconds()) / k, float64(c.cpu.Nanoseconds()) / k, float64(c.allocs) / k}
}

type result struct {
	Goroutines     int     `json:"goroutines"`
	Iterations     int     `json:"iterations"`
	Calls          int     `json:"instrumentedCalls"`
	Runs           int     `json:"runs"`
	Instrumented   perCall `json:"instrumented"`
	Uninstrumented perCall `json:"uninstrumented"`
	RecordingFloor perCall `json:"recordingFloor"`
	NeverFloor     perCall `json:"neverSampledFloor"`
	Provider       string  `json:"provider,omitempty"`
	Checksum       int     `json:"checksum"`
}

func main() {
	n := flag.Int("n", 100000, "iterations of the loop (each calls middle once and leaf twice)")
	g := flag.Int("g", 1, "goroutines sharing the iterations")
	emulate := flag.String("provider", "", "never or recording: install a provider with that sampler and no processor before rtlib's, "+
		"to measure the generated code alone (and sampling off with an rtlib that does not read OTEL_TRACES_SAMPLER)")
	reps := flag.Int("reps", 3, "measurements of each floor and of the instrumented loop; the lowest counts")
	flag.Parse()
	if *n%*g != 0 {
		fmt.Fprintln(os.Stderr, "n must be a multiple of g")
		os.Exit(2)
	}
	// Spans: middle and two leaves per iteration; loop and the goroutine's function literal per goroutine; work.
	calls := 3**n + 2**g + 1
	floorCalls := 3 * *n

	// Each floor is measured reps times, around the instrumented runs; the lowest of each figure counts.
	rec := sdkFloor(sdktrace.AlwaysSample(), floorCalls, *g)
	never := sdkFloor(sdktrace.NeverSample(), floorCalls, *g)
	var want, got int
	plain := measure(func() { want = plainWork(*n, *g) })

	switch *emulate {
	case "never", "recording":
		// The global provider hands out delegating tracers and delegates them once, to the first provider set:
		// the package-level tracers then use this one, whatever the bootstrap sets later.
		sampler := sdktrace.NeverSample()
		if *emulate == "recording" {
			sampler = sdktrace.AlwaysSample()
		}
		otel.SetTracerProvider(plainProvider{sdktrace.NewTracerProvider(sdktrace.WithSampler(sampler))})
	case "":
	default:
		fmt.Fprintln(os.Stderr, "-provider is never or recording")
		os.Exit(2)
	}
	// The instrumented loop is measured reps times too, between the floors, as a program that calls its entry point
	// again would: with rtlib's provider each run's spans are appended to the same traces file (runs × calls in all).
	instrumented := measure(func() { got = work(*n, *g) })
	for r := 1; r < *reps; r++ {
		instrumented = better(instrumented, measure(func() { got = work(*n, *g) }))
		rec = better(rec, sdkFloor(sdktrace.AlwaysSample(), floorCalls, *g))
		never = better(never, sdkFloor(sdktrace.NeverSample(), floorCalls, *g))
	}
	if got != want {
		fmt.Fprintf(os.Stderr, "instrumented result %d differs from %d\n", got, want)
		os.Exit(1)
	}
	out, _ := json.Marshal(result{
		Goroutines:     *g,
		Iterations:     *n,
		Calls:          calls,
		Runs:           *reps,
		Instrumented:   per(instrumented, calls),
		Uninstrumented: per(plain, floorCalls),
		RecordingFloor: per(rec, floorCalls),
		NeverFloor:     per(never, floorCalls),
		Provider:       *emulate,
		Checksum:       got,
	})
	fmt.Println(string(out))
}
