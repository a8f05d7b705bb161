package main

import "testing"

func TestFib(t *testing.T) {
	want := []int{0, 1, 1, 2, 3, 5, 8, 13}
	for n, w := range want {
		if got := fib(n); got != w {
			t.Errorf("fib(%d) = %d, want %d", n, got, w)
		}
	}
}
