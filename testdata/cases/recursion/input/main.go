package main

import (
	"fmt"

	rt "instrgen.dev/rtlib"
)

// Node is a binary tree node.
type Node struct {
	Val         int
	Left, Right *Node
}

func factorial(n int) int {
	if n <= 1 {
		return 1
	}
	return n * factorial(n-1)
}

// treeSum adds all values in the tree, recursing into both children.
func treeSum(t *Node) int {
	if t == nil {
		return 0
	}
	return t.Val + treeSum(t.Left) + treeSum(t.Right)
}

// Depth is a recursive method with a pointer receiver.
func (t *Node) Depth() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Depth(), t.Right.Depth()
	if l > r {
		return l + 1
	}
	return r + 1
}

func build(lo, hi int) *Node {
	if lo > hi {
		return nil
	}
	mid := (lo + hi) / 2
	return &Node{Val: mid, Left: build(lo, mid-1), Right: build(mid+1, hi)}
}

func main() {
	rt.AutotelEntryPoint()

	for _, n := range []int{0, 1, 5, 10} {
		fmt.Printf("%d! = %d\n", n, factorial(n))
	}
	tree := build(1, 10)
	fmt.Println("tree sum:", treeSum(tree))
	fmt.Println("tree depth:", tree.Depth())
}
