package main

import (
	"fmt"
	"runtime"

	"instrgen.dev/rtlib"
)

// builtins holds functions as interface{} values, as an interpreter's instruction table does: instrgen cannot
// follow them to the call. double is reached from no root (it gets no span, and passes the span lent to it where it calls
// scale and pair) and triple keeps its signature.
var builtins = map[string]interface{}{}

func init() {
	builtins["double"] = double
	builtins["triple"] = triple
}

func double(x int) int {
	return scale(pair(x, 2))
}

func triple(x int) int { return scale(x, 3) }

func scale(x, by int) int { return x * by }

func pair(x, y int) (int, int) { return x, y }

// eval calls what the table holds through a type assertion: it lends its span to its goroutine while it runs.
func eval(name string, x int) int {
	return builtins[name].(func(int) int)(x)
}

func main() {
	rtlib.AutotelEntryPoint()
	fmt.Println(scale(pair(1, 1)), triple(1))
	fmt.Println(eval("double", 5), eval("triple", 5))
	// On a goroutine of its own nothing is lent: pair and scale, called from double there, start new traces, as before.
	n := runtime.NumGoroutine()
	go builtins["double"].(func(int) int)(7)
	for runtime.NumGoroutine() > n {
		runtime.Gosched()
	}
	fmt.Println("done")
}
