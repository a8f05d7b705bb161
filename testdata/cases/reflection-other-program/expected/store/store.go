// Package store keeps named counters.
package store

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

type Store struct{ counts map[string]int }

func New(__atel_tracing_ctx __atel_context.Context) *Store {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.New")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return &Store{counts: map[string]int{}}
}

func (s *Store) Add(__atel_tracing_ctx __atel_context.Context, name string, n int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.(*Store).Add")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	s.counts[name] += n
}

func (s *Store) Get(__atel_tracing_ctx __atel_context.Context, name string) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.(*Store).Get")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return s.counts[name]
}

var __atel_tracer = __atel_otel.Tracer("example.com/reflection-other-program/store")

var __atel_code_New = __atel_rtlib.Code("example.com/reflection-other-program/store", "store.New", "New", "example.com/reflection-other-program/store", "example.com/reflection-other-program/store/store.go", 6)

var __atel_code_Store_Add = __atel_rtlib.Code("example.com/reflection-other-program/store", "store.(*Store).Add", "Add", "example.com/reflection-other-program/store.(*Store)", "example.com/reflection-other-program/store/store.go", 8)

var __atel_code_Store_Get = __atel_rtlib.Code("example.com/reflection-other-program/store", "store.(*Store).Get", "Get", "example.com/reflection-other-program/store.(*Store)", "example.com/reflection-other-program/store/store.go", 10)
