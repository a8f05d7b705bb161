// app counts words with a store; nothing in this program reaches reflection.
package main

import (
	"fmt"
	"strings"

	"example.com/reflection-other-program/store"
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
	s := store.New(__atel_child_tracing_ctx)
	for _, w := range strings.Fields("a b a c a") {
		s.Add(__atel_child_tracing_ctx, w, 1)
	}
	fmt.Println("a:", s.Get(__atel_child_tracing_ctx, "a"))
}

var __atel_tracer = __atel_otel.Tracer("example.com/reflection-other-program/cmd/app")

var __atel_code_main = __atel_rtlib.Code("example.com/reflection-other-program/cmd/app", "main.main", "main", "example.com/reflection-other-program/cmd/app", "example.com/reflection-other-program/cmd/app/main.go", 12)
