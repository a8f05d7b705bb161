// A batch job marked as the entry point and run twice by main: each run is a trace of its own, and both reach
// the traces file, although the process sets tracing up, shuts it down and sets it up again.
package main

import (
	"fmt"
	"strings"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

func main() {
	for _, batch := range []string{"alpha beta", "gamma"} {
		fmt.Println(job(batch))
	}
}

//instrgen:entry
func job(batch string) int {
	__atel_ts := __atel_rtlib.NewTracingState()
	defer __atel_rtlib.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.job")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	total := 0
	for _, word := range strings.Fields(batch) {
		total += weigh(__atel_child_tracing_ctx, word)
	}
	return total
}

func weigh(__atel_tracing_ctx __atel_context.Context, word string) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.weigh")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return len(word) * 2
}

var __atel_tracer = __atel_otel.Tracer("example.com/entry-called-twice")

var __atel_code_job = __atel_rtlib.Code("example.com/entry-called-twice", "main.job", "job", "example.com/entry-called-twice", "example.com/entry-called-twice/main.go", 17)

var __atel_code_weigh = __atel_rtlib.Code("example.com/entry-called-twice", "main.weigh", "weigh", "example.com/entry-called-twice", "example.com/entry-called-twice/main.go", 25)
