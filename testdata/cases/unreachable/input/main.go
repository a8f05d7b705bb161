package main

import (
	"fmt"

	"instrgen.dev/rtlib"
)

type Counter struct{ n int }

func (c *Counter) Inc() int {
	c.n++
	return c.n
}

// Reset is a method of a type main uses, but nothing reachable calls it.
func (c *Counter) Reset() { c.n = 0 }

func used(n int) int { return shared(n) + 1 }

// shared is called from both reachable and unreachable code, so it gets a span.
func shared(n int) int { return n * n }

// unused is never called from main or anything main reaches.
func unused() int {
	f := func() int { return deadHelper(3) }
	return f() + shared(2)
}

// deadHelper is only called from unreachable code.
func deadHelper(n int) int {
	var c Counter
	c.Reset()
	return n + c.Inc()
}

func main() {
	rtlib.AutotelEntryPoint()

	c := &Counter{}
	for i := 1; i <= 3; i++ {
		fmt.Printf("used(%d) = %d, count = %d\n", i, used(i), c.Inc())
	}
}
