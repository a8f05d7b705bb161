// Package store keeps named counters.
package store

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_attribute "go.opentelemetry.io/otel/attribute"
)

type Store struct{ counts map[string]int }

func New(__atel_tracing_ctx __atel_context.Context) *Store {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.New")
	__atel_span.SetAttributes(__atel_attrs_New...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return &Store{counts: map[string]int{}}
}

func (s *Store) Add(__atel_tracing_ctx __atel_context.Context, name string, n int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.(*Store).Add")
	__atel_span.SetAttributes(__atel_attrs_Store_Add...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	s.counts[name] += n
}

func (s *Store) Get(__atel_tracing_ctx __atel_context.Context, name string) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.(*Store).Get")
	__atel_span.SetAttributes(__atel_attrs_Store_Get...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return s.counts[name]
}

var __atel_tracer = __atel_otel.Tracer("example.com/reflection-other-program/store")

var __atel_attrs_New = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "New"), __atel_attribute.String("code.namespace", "example.com/reflection-other-program/store"), __atel_attribute.String("code.filepath", "example.com/reflection-other-program/store/store.go"), __atel_attribute.Int("code.lineno", 6)}

var __atel_attrs_Store_Add = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Add"), __atel_attribute.String("code.namespace", "example.com/reflection-other-program/store.(*Store)"), __atel_attribute.String("code.filepath", "example.com/reflection-other-program/store/store.go"), __atel_attribute.Int("code.lineno", 8)}

var __atel_attrs_Store_Get = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Get"), __atel_attribute.String("code.namespace", "example.com/reflection-other-program/store.(*Store)"), __atel_attribute.String("code.filepath", "example.com/reflection-other-program/store/store.go"), __atel_attribute.Int("code.lineno", 10)}
