package store

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_codes "go.opentelemetry.io/otel/codes"
	__atel_trace "go.opentelemetry.io/otel/trace"
	__atel_rtlib "instrgen.dev/rtlib"
)

// Set is a small generic set that remembers insertion order.
type Set[T comparable] struct {
	seen  map[T]bool
	order []T
}

// NewSet builds a set holding xs.
func NewSet[T comparable](__atel_tracing_ctx __atel_context.Context, xs ...T) *Set[T] {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.NewSet")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	s := &Set[T]{seen: map[T]bool{}}
	for _, x := range xs {
		s.Add(__atel_child_tracing_ctx, x)
	}
	return s
}

// Add inserts x and reports whether it was new.
func (s *Set[T]) Add(__atel_tracing_ctx __atel_context.Context, x T) bool {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.(*Set).Add")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if s.seen[x] {
		return false
	}
	s.seen[x] = true
	s.order = append(s.order, x)
	return true
}

// Items returns the elements in insertion order.
func (s *Set[T]) Items(__atel_tracing_ctx __atel_context.Context) []T {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.(*Set).Items")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return append([]T(nil), s.order...)
}

// Filter keeps the elements for which keep returns true.
func Filter[T any](__atel_tracing_ctx __atel_context.Context, xs []T, keep func(T) bool) []T {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.Filter")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

// Number is the set of types SumBy can add.
type Number interface {
	~int | ~int64 | ~float64
}

// SumBy adds up f(x) over xs.
func SumBy[T any, N Number](__atel_tracing_ctx __atel_context.Context, xs []T, f func(T) N) N {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.SumBy")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	var total N
	for _, x := range xs {
		total += f(x)
	}
	return total
}

var __atel_tracer = __atel_otel.Tracer("example.com/mixed-large/store")

var __atel_code_NewSet = __atel_rtlib.Code("example.com/mixed-large/store", "store.NewSet", "NewSet", "example.com/mixed-large/store", "example.com/mixed-large/store/collections.go", 10)

var __atel_code_Set_Add = __atel_rtlib.Code("example.com/mixed-large/store", "store.(*Set).Add", "Add", "example.com/mixed-large/store.(*Set)", "example.com/mixed-large/store/collections.go", 19)

var __atel_code_Set_Items = __atel_rtlib.Code("example.com/mixed-large/store", "store.(*Set).Items", "Items", "example.com/mixed-large/store.(*Set)", "example.com/mixed-large/store/collections.go", 29)

var __atel_code_Filter = __atel_rtlib.Code("example.com/mixed-large/store", "store.Filter", "Filter", "example.com/mixed-large/store", "example.com/mixed-large/store/collections.go", 34)

var __atel_code_SumBy = __atel_rtlib.Code("example.com/mixed-large/store", "store.SumBy", "SumBy", "example.com/mixed-large/store", "example.com/mixed-large/store/collections.go", 50)

// __atel_end ends a span, recording a non-nil error as its error and status (added by instrgen).
func __atel_end(span __atel_trace.Span, err *error) {
	defer span.End()
	if e := *err; e != nil && span.IsRecording() {
		span.SetStatus(__atel_codes.Error, "")
		defer func() { _ = recover() }()
		span.SetStatus(__atel_codes.Error, e.Error())
		span.RecordError(e)
	}
}
