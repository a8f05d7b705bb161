package main

import (
	"fmt"
	"strings"

	"instrgen.dev/rtlib"
)

// Tables indexed by a variable and called at once with one argument: tree-sitter-go reads ops[name](x) as a
// conversion to a generic type ops[name]; instrgen reads it as the call it is.
var ops = map[string]func(n int) int{
	"double": double,
	"square": square,
	"neg":    func(n int) int { return -n },
}

var steps = []func(n int) int{inc, double}

// formats holds a standard library function: it keeps its type (warning IG2016).
var formats = map[string]func(s string) string{"trim": strings.TrimSpace}

func double(n int) int { return 2 * n }

func square(n int) int { return n * n }

func inc(n int) int { return n + 1 }

func parse(s string) int { return len(s) }

func apply(name string, x int) int {
	return ops[name](x)
}

// applyParsed passes another call's result, which has one value.
func applyParsed(name, s string) int {
	return ops[name](parse(s))
}

func pipeline(n int) int {
	for i := range steps {
		n = steps[i](n)
	}
	return n
}

// chain ranges over the table, reading its elements into a variable of inferred type.
func chain(n int) int {
	for _, step := range steps {
		n = step(n)
	}
	return n
}

func format(name, s string) string {
	return formats[name](s)
}

func main() {
	rtlib.AutotelEntryPoint()
	for _, name := range []string{"double", "square", "neg"} {
		fmt.Println(name, apply(name, 7), applyParsed(name, "abc"))
	}
	fmt.Println(pipeline(3), chain(3))
	fmt.Printf("%q\n", format("trim", "  x  "))
}
