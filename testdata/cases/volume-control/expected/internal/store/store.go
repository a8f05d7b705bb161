// Package store keeps values by key, in insertion order.
package store

import "sort"

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// Sizer is implemented by Store: its one-statement Size still gets a span, as the interface must change with it.
type Sizer interface {
	Size(__atel_tracing_ctx __atel_context.Context) int
}

type Store struct {
	m    map[string]int
	keys []string
}

func New() *Store { return &Store{m: map[string]int{}} }

func (s *Store) Get(k string) int { return s.m[k] }

func (s *Store) Keys() []string {
	return append([]string(nil), s.keys...)
}

func (s *Store) Size(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.(*Store).Size")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return len(s.keys)
}

func (s *Store) Put(__atel_tracing_ctx __atel_context.Context, k string, v int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.(*Store).Put")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if _, ok := s.m[k]; !ok {
		s.keys = append(s.keys, k)
	}
	s.m[k] = v
	s.rebalance(__atel_child_tracing_ctx, len(s.keys))
}

// rebalance is three calls from main: the last depth instrumented.
func (s *Store) rebalance(__atel_tracing_ctx __atel_context.Context, n int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.(*Store).rebalance")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if n > 2 {
		s.compact()
	}
}

func (s *Store) compact() {
	sort.Strings(s.keys)
	s.trim()
}

func (s *Store) trim() {
	for len(s.keys) > 0 && s.keys[0] == "" {
		s.keys = s.keys[1:]
	}
}

var __atel_tracer = __atel_otel.Tracer("example.com/volume/internal/store")

var __atel_code_Store_Size = __atel_rtlib.Code("example.com/volume/internal/store", "store.(*Store).Size", "Size", "example.com/volume/internal/store.(*Store)", "example.com/volume/internal/store/store.go", 24)

var __atel_code_Store_Put = __atel_rtlib.Code("example.com/volume/internal/store", "store.(*Store).Put", "Put", "example.com/volume/internal/store.(*Store)", "example.com/volume/internal/store/store.go", 26)

var __atel_code_Store_rebalance = __atel_rtlib.Code("example.com/volume/internal/store", "store.(*Store).rebalance", "rebalance", "example.com/volume/internal/store.(*Store)", "example.com/volume/internal/store/store.go", 35)
