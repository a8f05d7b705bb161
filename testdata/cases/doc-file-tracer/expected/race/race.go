//go:build race

package race

import (
	__atel_context "context"
	__atel_rtlib "instrgen.dev/rtlib"
)

// Acquire notes an acquisition for the race detector.
func Acquire(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "race.Acquire")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return n + 2
}

var __atel_code_Acquire = __atel_rtlib.Code("example.com/doc-file-tracer/race", "race.Acquire", "Acquire", "example.com/doc-file-tracer/race", "example.com/doc-file-tracer/race/race.go", 6)
