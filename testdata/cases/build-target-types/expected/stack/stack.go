// Package stack is a stack of ints.
package stack

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// Stack is a stack of ints; its Size and Item have the names of main's sizer, not its types.
type Stack struct{ items []int }

// Push puts v on top.
func (s *Stack) Push(__atel_tracing_ctx __atel_context.Context, v int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "stack.(*Stack).Push")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	s.items = append(s.items, v)
}

// Size is the number of items.
func (s *Stack) Size(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "stack.(*Stack).Size")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return len(s.items)
}

// Item is the i'th item from the bottom.
func (s *Stack) Item(__atel_tracing_ctx __atel_context.Context, i int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "stack.(*Stack).Item")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return s.items[i]
}

var __atel_tracer = __atel_otel.Tracer("example.com/build-target-types/stack")

var __atel_code_Stack_Push = __atel_rtlib.Code("example.com/build-target-types/stack", "stack.(*Stack).Push", "Push", "example.com/build-target-types/stack.(*Stack)", "example.com/build-target-types/stack/stack.go", 8)

var __atel_code_Stack_Size = __atel_rtlib.Code("example.com/build-target-types/stack", "stack.(*Stack).Size", "Size", "example.com/build-target-types/stack.(*Stack)", "example.com/build-target-types/stack/stack.go", 11)

var __atel_code_Stack_Item = __atel_rtlib.Code("example.com/build-target-types/stack", "stack.(*Stack).Item", "Item", "example.com/build-target-types/stack.(*Stack)", "example.com/build-target-types/stack/stack.go", 14)
