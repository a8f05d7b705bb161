//go:build race

package race

import (
	__atel_context "context"
	__atel_attribute "go.opentelemetry.io/otel/attribute"
)

// Acquire notes an acquisition for the race detector.
func Acquire(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "race.Acquire")
	__atel_span.SetAttributes(__atel_attrs_Acquire...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return n + 2
}

var __atel_attrs_Acquire = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Acquire"), __atel_attribute.String("code.namespace", "example.com/doc-file-tracer/race"), __atel_attribute.String("code.filepath", "example.com/doc-file-tracer/race/race.go"), __atel_attribute.Int("code.lineno", 6)}
