package main

import (
	"bufio"
	"fmt"
	"runtime"
	"strings"

	"example.com/handoff-interface-group/words"
	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// lineSource holds a *bufio.Reader too, whose ReadString cannot change: words.List's ReadString keeps its
// signature and, in a package of its own, sees no context. count calls it through the interface on its own
// goroutine, so it lends its span.
type lineSource interface {
	ReadString(delim byte) (string, error)
}

func count(__atel_tracing_ctx __atel_context.Context, src lineSource) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.count")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
	n := 0
	for {
		line, err := src.ReadString('\n')
		if err != nil {
			return n
		}
		fmt.Print(line)
		n++
	}
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
	fmt.Println(count(__atel_child_tracing_ctx, words.New(__atel_child_tracing_ctx, "a", "b")))
	fmt.Println(count(__atel_child_tracing_ctx, bufio.NewReader(strings.NewReader("x\ny\nz\n"))))
	// On a goroutine of its own nothing is lent: that ReadString's span starts a new trace, as before.
	var src lineSource = words.New(__atel_child_tracing_ctx, "c")
	n := runtime.NumGoroutine()
	go src.ReadString('\n')
	for runtime.NumGoroutine() > n {
		runtime.Gosched()
	}
	fmt.Println("done")
}

var __atel_tracer = __atel_otel.Tracer("example.com/handoff-interface-group")

var __atel_code_count = __atel_rtlib.Code("example.com/handoff-interface-group", "main.count", "count", "example.com/handoff-interface-group", "example.com/handoff-interface-group/main.go", 20)

var __atel_code_main = __atel_rtlib.Code("example.com/handoff-interface-group", "main.main", "main", "example.com/handoff-interface-group", "example.com/handoff-interface-group/main.go", 32)
