// Package store keeps values by key, in insertion order.
package store

import "sort"

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_attribute "go.opentelemetry.io/otel/attribute"
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
	__atel_span.SetAttributes(__atel_attrs_Store_Size...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return len(s.keys)
}

func (s *Store) Put(__atel_tracing_ctx __atel_context.Context, k string, v int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.(*Store).Put")
	__atel_span.SetAttributes(__atel_attrs_Store_Put...)
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
	__atel_span.SetAttributes(__atel_attrs_Store_rebalance...)
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

var __atel_attrs_Store_Size = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Size"), __atel_attribute.String("code.namespace", "example.com/volume/internal/store.(*Store)"), __atel_attribute.String("code.filepath", "example.com/volume/internal/store/store.go"), __atel_attribute.Int("code.lineno", 24)}

var __atel_attrs_Store_Put = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Put"), __atel_attribute.String("code.namespace", "example.com/volume/internal/store.(*Store)"), __atel_attribute.String("code.filepath", "example.com/volume/internal/store/store.go"), __atel_attribute.Int("code.lineno", 26)}

var __atel_attrs_Store_rebalance = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "rebalance"), __atel_attribute.String("code.namespace", "example.com/volume/internal/store.(*Store)"), __atel_attribute.String("code.filepath", "example.com/volume/internal/store/store.go"), __atel_attribute.Int("code.lineno", 35)}
