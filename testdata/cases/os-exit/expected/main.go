package main

import (
	"fmt"
	"os"
	"strings"

	. "instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

type tally struct {
	words map[string]int
	order []string
}

func newTally(__atel_tracing_ctx __atel_context.Context) *tally {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.newTally")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return &tally{words: map[string]int{}}
}

func (t *tally) add(__atel_tracing_ctx __atel_context.Context, line string) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*tally).add")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	for _, w := range strings.Fields(line) {
		w = strings.ToLower(strings.Trim(w, ".,!"))
		if t.words[w] == 0 {
			t.order = append(t.order, w)
		}
		t.words[w]++
	}
}

func (t *tally) top(__atel_tracing_ctx __atel_context.Context) (string, int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*tally).top")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	best, n := "", 0
	for _, w := range t.order {
		if t.words[w] > n {
			best, n = w, t.words[w]
		}
	}
	return best, n
}

func exitCode(__atel_tracing_ctx __atel_context.Context, failures int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.exitCode")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if failures > 0 {
		return 3
	}
	return 0
}

func main() {
	__atel_ts := NewTracingState()
	defer Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	AutotelEntryPoint()
	defer fmt.Println("deferred in main: must not be printed")
	fmt.Println("start")
	t := newTally(__atel_child_tracing_ctx)
	for _, line := range []string{"The cat sat.", "The dog ran!", "A cat, the end."} {
		t.add(__atel_child_tracing_ctx, line)
	}
	w, n := t.top(__atel_child_tracing_ctx)
	fmt.Printf("top word %q seen %d times, %d distinct\n", w, n, len(t.order))
	code := exitCode(__atel_child_tracing_ctx, len(t.order)%4)
	fmt.Println("exiting with", code)
	__atel_rtlib.EndAll()
	os.Exit(code)
}

var __atel_tracer = __atel_otel.Tracer("example.com/os-exit")

var __atel_code_newTally = __atel_rtlib.Code("example.com/os-exit", "main.newTally", "newTally", "example.com/os-exit", "example.com/os-exit/main.go", 16)

var __atel_code_tally_add = __atel_rtlib.Code("example.com/os-exit", "main.(*tally).add", "add", "example.com/os-exit.(*tally)", "example.com/os-exit/main.go", 20)

var __atel_code_tally_top = __atel_rtlib.Code("example.com/os-exit", "main.(*tally).top", "top", "example.com/os-exit.(*tally)", "example.com/os-exit/main.go", 30)

var __atel_code_exitCode = __atel_rtlib.Code("example.com/os-exit", "main.exitCode", "exitCode", "example.com/os-exit", "example.com/os-exit/main.go", 40)

var __atel_code_main = __atel_rtlib.Code("example.com/os-exit", "main.main", "main", "example.com/os-exit", "example.com/os-exit/main.go", 47)
