package main

import (
	"fmt"
	"strings"

	"instrgen.dev/rtlib"
)

// handler is a named function type without methods: the field, the parameter and the table below are declared
// with it, so they change together, at the type's declaration.
type handler func(args []string) int

type command struct {
	name string
	run  handler
}

var commands = map[string]command{}

// register stores what it is passed in the field: its parameter joins the group.
func register(name string, fn handler) {
	commands[name] = command{name: name, run: fn}
}

func init() {
	register("sum", sum)
	register("count", count)
	register("upper", func(args []string) int {
		return len(shout(strings.Join(args, " ")))
	})
}

func sum(args []string) int {
	total := 0
	for _, a := range args {
		total += len(a)
	}
	return total
}

func count(args []string) int { return len(args) }

func shout(s string) string { return strings.ToUpper(s) + "!" }

var steps = []step{double, inc}

func double(n int) int { return 2 * n }

func inc(n int) int { return n + 1 }

func pipeline(n int) int {
	var last step = double
	for i := range steps {
		var s step = steps[i]
		n = s(n)
	}
	if last != nil {
		n = last(n)
	}
	return n
}

// visitor is converted to (visitor(trim)): the conversion stores trim in the group, whose value goes to visit's v.
type visitor func(s string) string

func visit(v visitor, s string) string { return v(s) }

func trim(s string) string { return strings.TrimSpace(s) }

func dispatch(name string, args []string) int {
	c, ok := commands[name]
	if !ok || c.run == nil {
		return -1
	}
	return c.run(args)
}

// before and after share one written function type: it gains the context once.
var before, after func(n int) int

func half(n int) int { return n / 2 }

func neg(n int) int { return -n }

func main() {
	rtlib.AutotelEntryPoint()
	before, after = half, neg
	halved := before(10)
	fmt.Println("before/after", after(halved))
	for _, name := range []string{"sum", "count", "upper", "none"} {
		fmt.Println(name, dispatch(name, []string{"a", "bb", "ccc"}))
	}
	fmt.Println("pipeline", pipeline(3))
	fmt.Println("visit", visit(visitor(trim), "  x  "))
}
