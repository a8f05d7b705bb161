package main

import "testing"

import __atel_context "context"

func TestRecursion(t *testing.T) {
	if got := factorial(__atel_context.TODO(), 6); got != 720 {
		t.Fatalf("factorial(6) = %d", got)
	}
	tree := build(__atel_context.TODO(), 1, 7)
	if got := treeSum(__atel_context.TODO(), tree); got != 28 {
		t.Fatalf("treeSum = %d", got)
	}
	if got := tree.Depth(__atel_context.TODO()); got != 3 {
		t.Fatalf("Depth = %d", got)
	}
}
