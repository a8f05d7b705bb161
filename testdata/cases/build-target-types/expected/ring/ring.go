// Package ring is a fixed-size buffer of the last values written to it.
package ring

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// Buffer keeps the last len(vals) values.
type Buffer struct {
	vals []int
	n    int
}

// New returns a buffer of the last size values.
func New(__atel_tracing_ctx __atel_context.Context, size int) *Buffer {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "ring.New")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return &Buffer{vals: make([]int, size)}
}

// Put writes v, overwriting the oldest value when the buffer is full.
func (b *Buffer) Put(__atel_tracing_ctx __atel_context.Context, v int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "ring.(*Buffer).Put")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	b.vals[b.n%len(b.vals)] = v
	b.n++
}

// Len is the number of values held.
func (b *Buffer) Len(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "ring.(*Buffer).Len")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if b.n < len(b.vals) {
		return b.n
	}
	return len(b.vals)
}

// At is the i'th value held, oldest first.
func (b *Buffer) At(__atel_tracing_ctx __atel_context.Context, i int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "ring.(*Buffer).At")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	start := 0
	if b.n > len(b.vals) {
		start = b.n - len(b.vals)
	}
	return b.vals[(start+i)%len(b.vals)]
}

var __atel_tracer = __atel_otel.Tracer("example.com/build-target-types/ring")

var __atel_code_New = __atel_rtlib.Code("example.com/build-target-types/ring", "ring.New", "New", "example.com/build-target-types/ring", "example.com/build-target-types/ring/ring.go", 11)

var __atel_code_Buffer_Put = __atel_rtlib.Code("example.com/build-target-types/ring", "ring.(*Buffer).Put", "Put", "example.com/build-target-types/ring.(*Buffer)", "example.com/build-target-types/ring/ring.go", 14)

var __atel_code_Buffer_Len = __atel_rtlib.Code("example.com/build-target-types/ring", "ring.(*Buffer).Len", "Len", "example.com/build-target-types/ring.(*Buffer)", "example.com/build-target-types/ring/ring.go", 20)

var __atel_code_Buffer_At = __atel_rtlib.Code("example.com/build-target-types/ring", "ring.(*Buffer).At", "At", "example.com/build-target-types/ring.(*Buffer)", "example.com/build-target-types/ring/ring.go", 28)
