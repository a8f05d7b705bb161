package main

import (
	"fmt"

	rt "instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// Node is a binary tree node.
type Node struct {
	Val         int
	Left, Right *Node
}

func factorial(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.factorial")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if n <= 1 {
		return 1
	}
	return n * factorial(__atel_child_tracing_ctx, n-1)
}

// treeSum adds all values in the tree, recursing into both children.
func treeSum(__atel_tracing_ctx __atel_context.Context, t *Node) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.treeSum")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if t == nil {
		return 0
	}
	return t.Val + treeSum(__atel_child_tracing_ctx, t.Left) + treeSum(__atel_child_tracing_ctx, t.Right)
}

// Depth is a recursive method with a pointer receiver.
func (t *Node) Depth(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*Node).Depth")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if t == nil {
		return 0
	}
	l, r := t.Left.Depth(__atel_child_tracing_ctx), t.Right.Depth(__atel_child_tracing_ctx)
	if l > r {
		return l + 1
	}
	return r + 1
}

func build(__atel_tracing_ctx __atel_context.Context, lo, hi int) *Node {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.build")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if lo > hi {
		return nil
	}
	mid := (lo + hi) / 2
	return &Node{Val: mid, Left: build(__atel_child_tracing_ctx, lo, mid-1), Right: build(__atel_child_tracing_ctx, mid+1, hi)}
}

func main() {
	__atel_ts := rt.NewTracingState()
	defer rt.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	rt.AutotelEntryPoint()

	for _, n := range []int{0, 1, 5, 10} {
		fmt.Printf("%d! = %d\n", n, factorial(__atel_child_tracing_ctx, n))
	}
	tree := build(__atel_child_tracing_ctx, 1, 10)
	fmt.Println("tree sum:", treeSum(__atel_child_tracing_ctx, tree))
	fmt.Println("tree depth:", tree.Depth(__atel_child_tracing_ctx))
}

var __atel_tracer = __atel_otel.Tracer("example.com/recursion")

var __atel_code_factorial = __atel_rtlib.Code("example.com/recursion", "main.factorial", "factorial", "example.com/recursion", "example.com/recursion/main.go", 15)

var __atel_code_treeSum = __atel_rtlib.Code("example.com/recursion", "main.treeSum", "treeSum", "example.com/recursion", "example.com/recursion/main.go", 23)

var __atel_code_Node_Depth = __atel_rtlib.Code("example.com/recursion", "main.(*Node).Depth", "Depth", "example.com/recursion.(*Node)", "example.com/recursion/main.go", 31)

var __atel_code_build = __atel_rtlib.Code("example.com/recursion", "main.build", "build", "example.com/recursion", "example.com/recursion/main.go", 42)

var __atel_code_main = __atel_rtlib.Code("example.com/recursion", "main.main", "main", "example.com/recursion", "example.com/recursion/main.go", 50)
