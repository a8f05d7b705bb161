// A program whose exit code and fatal message are computed by calls that start goroutines: the spans those calls
// open end, and are exported, after the arguments are computed and before the process exits.
package main

import (
	"fmt"
	"log"
	"os"
	"time"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

func main() {
	__atel_ts := rtlib.NewTracingState()
	defer rtlib.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	rtlib.AutotelEntryPoint()
	log.SetFlags(0)
	fmt.Println("checking", len(os.Args)-1)
	if len(os.Args) > 1 && os.Args[1] == "fatal" {
		log.Fatalf("giving up: %s (%d)", os.Args[1], __atel_rtlib.EndAllThen(exitCode(__atel_child_tracing_ctx)))
	}
	os.Exit(__atel_rtlib.EndAllThenCode(exitCode(__atel_child_tracing_ctx)))
}

// exitCode waits for a worker that reports before it finishes: its own span is still open when the code is known.
func exitCode(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.exitCode")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	done := make(chan int)
	go func() {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.exitCode$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End()
		done <- pair(__atel_child_tracing_ctx, 1, 2)
		time.Sleep(20 * time.Millisecond)
	}()
	return <-done
}

func pair(__atel_tracing_ctx __atel_context.Context, a, b int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.pair")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return a + b
}

var __atel_tracer = __atel_otel.Tracer("example.com/exit-argument-calls")

var __atel_code_main = __atel_rtlib.Code("example.com/exit-argument-calls", "main.main", "main", "example.com/exit-argument-calls", "example.com/exit-argument-calls/main.go", 14)

var __atel_code_exitCode = __atel_rtlib.Code("example.com/exit-argument-calls", "main.exitCode", "exitCode", "example.com/exit-argument-calls", "example.com/exit-argument-calls/main.go", 25)

var __atel_code_pair = __atel_rtlib.Code("example.com/exit-argument-calls", "main.pair", "pair", "example.com/exit-argument-calls", "example.com/exit-argument-calls/main.go", 34)

var __atel_code_exitCode_1 = __atel_rtlib.Code("example.com/exit-argument-calls", "main.exitCode$1", "exitCode$1", "example.com/exit-argument-calls", "example.com/exit-argument-calls/main.go", 27)
