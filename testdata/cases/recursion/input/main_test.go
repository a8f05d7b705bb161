package main

import "testing"

func TestRecursion(t *testing.T) {
	if got := factorial(6); got != 720 {
		t.Fatalf("factorial(6) = %d", got)
	}
	tree := build(1, 7)
	if got := treeSum(tree); got != 28 {
		t.Fatalf("treeSum = %d", got)
	}
	if got := tree.Depth(); got != 3 {
		t.Fatalf("Depth = %d", got)
	}
}
