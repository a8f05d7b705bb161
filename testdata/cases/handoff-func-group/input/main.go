package main

import (
	"fmt"
	"runtime"
	"strings"

	"instrgen.dev/rtlib"
)

// ops holds strings.ToUpper, which cannot take a context: the table keeps its type, and reverse, stored in it,
// keeps its signature (main's direct call reaches its twin). apply calls through the table on its own goroutine,
// so it lends its span to reverse.
var ops = map[string]func(string) string{
	"upper":   strings.ToUpper,
	"reverse": reverse,
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return tidy(string(r))
}

func tidy(s string) string { return strings.TrimSpace(s) }

func apply(name, s string) string {
	return ops[name](s)
}

func main() {
	rtlib.AutotelEntryPoint()
	fmt.Println(reverse("direct"))
	fmt.Println(apply("upper", "table"))
	fmt.Println(apply("reverse", "table "))
	// On a goroutine of its own nothing is lent: that reverse's span starts a new trace, as before.
	n := runtime.NumGoroutine()
	go ops["reverse"]("go")
	for runtime.NumGoroutine() > n {
		runtime.Gosched()
	}
	fmt.Println("done")
}
