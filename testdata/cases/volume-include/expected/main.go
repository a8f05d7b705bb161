package main

import (
	"fmt"
	"strings"

	"example.com/volinclude/core"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

//instrgen:entry
func main() {
	__atel_ts := __atel_rtlib.NewTracingState()
	defer __atel_rtlib.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	for _, line := range []string{"a b", "c d e"} {
		fmt.Println(serve(line))
	}
}

// serve is outside the include glob: no span, no new parameter, but the walk goes on to core.Process.
func serve(line string) string {
	words := core.Process(__atel_context.TODO(), strings.Fields(line))
	return helper(words)
}

func helper(words []string) string {
	return strings.Join(words, "+")
}

var __atel_tracer = __atel_otel.Tracer("example.com/volinclude")

var __atel_code_main = __atel_rtlib.Code("example.com/volinclude", "main.main", "main", "example.com/volinclude", "example.com/volinclude/main.go", 11)
