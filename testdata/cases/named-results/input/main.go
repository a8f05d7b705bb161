package main

import (
	"errors"
	"fmt"

	rt "instrgen.dev/rtlib"
)

var errEmpty = errors.New("empty input")

// divmod uses named results and a naked return.
func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

// safeDiv turns a division-by-zero panic into an error by assigning named results in a deferred recover.
func safeDiv(a, b int) (result int, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("recovered: %v", p)
			result = -1
		}
	}()
	result, _ = divmod(a, b)
	return
}

// parse returns early with explicit values and otherwise falls through to a naked return.
func parse(s string) (n int, ok bool) {
	if s == "" {
		return
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	ok = true
	return
}

// scaled returns an explicit expression that a deferred closure then rewrites.
func scaled(x int) (out int) {
	defer func() { out *= 10 }()
	return x + 1
}

// minMax has three results, one of them an error.
func minMax(xs []int) (lo, hi int, err error) {
	if len(xs) == 0 {
		err = errEmpty
		return
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return
}

// width names its result span.
func width(s string) (span int) {
	for range s {
		span++
	}
	return
}

// swap returns unnamed multiple results.
func swap(a, b string) (string, string) {
	return b, a
}

// placeholder has no parameter names at all (a stub that ignores its arguments); inject names them, as Go wants
// either every parameter named or none.
func placeholder(int, string, ...bool) (string, error) {
	return "stub", nil
}

func main() {
	rt.AutotelEntryPoint()
	q, r := divmod(17, 5)
	fmt.Println("divmod:", q, r)

	for _, d := range []int{4, 0} {
		res, err := safeDiv(20, d)
		fmt.Println("safeDiv:", res, err)
	}

	for _, s := range []string{"123", "12x", ""} {
		n, ok := parse(s)
		fmt.Printf("parse(%q): %d %v\n", s, n, ok)
	}

	fmt.Println("scaled:", scaled(4))

	lo, hi, err := minMax([]int{3, -2, 9, 4})
	fmt.Println("minMax:", lo, hi, err)
	_, _, err = minMax(nil)
	fmt.Println("minMax(nil):", errors.Is(err, errEmpty), err)

	fmt.Println("width:", width("héllo"))
	a, b := swap("left", "right")
	fmt.Println("swap:", a, b)
	fmt.Println(placeholder(1, "x", true, false))
}
