package main

import (
	"fmt"
	"strconv"
	"strings"

	"instrgen.dev/rtlib"
)

// command is a row of a package-level table: run and help are function-typed fields.
type command struct {
	name string
	run  func(args []string) int
	help func() string
}

var commands = map[string]command{
	"sum":   {name: "sum", run: sum, help: func() string { return "adds its arguments" }},
	"count": {name: "count", run: count},
}

func sum(args []string) int {
	total := 0
	for _, a := range args {
		total += parse(a)
	}
	return total
}

func count(args []string) int { return len(args) }

func parse(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// op is filled positionally, in a slice, with a function and a literal; its field's parameters are unnamed.
type op struct {
	name  string
	apply func(int) int
}

var ops = []op{
	{"double", double},
	{"square", func(n int) int { return n * square(n) / n }},
}

func double(n int) int { return 2 * n }

func square(n int) int { return n * n }

// handler is registered through a helper, from init, where no context is in scope.
type handler struct {
	fn func(int, string) string
}

var registry = map[string]*handler{}

func init() {
	registry["greet"] = &handler{fn: greet}
	h := &handler{}
	h.fn = shout
	registry["shout"] = h
}

func greet(n int, who string) string { return strings.Repeat("hello "+who+" ", n) }

func shout(n int, who string) string { return strings.ToUpper(greet(n, who)) }

// entry is filled through a register(name, fn) helper called from init: fn's type changes with entry.run's.
type entry struct{ run func(n int) int }

var entries = map[string]entry{}

func register(name string, fn func(n int) int) {
	if fn == nil {
		panic(name)
	}
	entries[name] = entry{run: fn}
}

func init() {
	register("neg", neg)
	register("abs", func(n int) int {
		if n < 0 {
			return neg(n)
		}
		return n
	})
}

func neg(n int) int { return -n }

// timed calls what it is passed: its parameter's type changes with square, which op.apply's group holds too.
func timed(name string, f func(int) int, n int) string { return fmt.Sprint(name, "=", f(n)) }

// sumTree passes a local function variable, a recursive literal, to a module function's parameter: the variable's
// type, each's parameter and the literal change together (the shape of cmd/gofmt's rewriteVal and apply).
func each(xs []int, f func(int) int) int {
	total := 0
	for _, x := range xs {
		total += f(x)
	}
	return total
}

func sumTree(xs []int) int {
	var visit func(x int) int
	visit = func(x int) int {
		if x > 10 {
			return each([]int{x / 10, x % 10}, visit)
		}
		return double(x)
	}
	return each(xs, visit)
}

// Celsius is a named function type with a method: it keeps its type, as before.
type Celsius func(float64) float64

func (c Celsius) At(f float64) float64 { return c(f) }

type unit struct{ convert Celsius }

func fromF(f float64) float64 { return (f - 32) * 5 / 9 }

// hooked's field flows into an interface{}: the group keeps its type, and says why.
type hooked struct{ on func(string) string }

var hooks = []hooked{{on: strings.TrimSpace}, {on: trim}}

func trim(s string) string { return strings.Trim(s, "-") }

var seen []interface{}

func dispatch(name string, args []string) int {
	c, ok := commands[name]
	if !ok {
		return -1
	}
	if c.help != nil {
		fmt.Println(name+":", c.help())
	}
	return c.run(args)
}

func main() {
	rtlib.AutotelEntryPoint()
	fmt.Println(dispatch("sum", []string{"1", "2", "3"}))
	fmt.Println(dispatch("count", []string{"a", "b"}))
	fmt.Println(dispatch("none", nil))
	for _, o := range ops {
		fmt.Println(o.name, o.apply(7))
	}
	fmt.Println(registry["greet"].fn(2, "ann"))
	fmt.Println(registry["shout"].fn(1, "bob"))
	u := unit{convert: fromF}
	fmt.Println(u.convert.At(212))
	for _, h := range hooks {
		seen = append(seen, h.on)
		fmt.Println(h.on("-- x --"))
	}
	fmt.Println(len(seen), sum([]string{"4"}))
	fmt.Println(entries["neg"].run(5), entries["abs"].run(-3))
	fmt.Println(timed("square", square, 9), timed("double", double, 1))
	fmt.Println(sumTree([]int{3, 45}))
}
