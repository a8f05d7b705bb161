package main

import (
	"fmt"
	"sort"
	"strings"

	"instrgen.dev/rtlib"
)

type command struct {
	name string
	run  func(args []string) int
}

var commands = []command{{"sum", sum}, {"count", count}}

var ops = map[string]func(n int) int{"double": double, "square": square}

func sum(args []string) int {
	total := 0
	for _, a := range args {
		total += len(a)
	}
	return total
}

func count(args []string) int { return len(args) }

func double(n int) int { return 2 * n }

func square(n int) int { return n * n }

func shout(s string) string { return strings.ToUpper(s) + "!" }

func whisper(s string) string { return strings.ToLower(s) + "..." }

func descending(a, b int) bool { return a > b }

func rot13(r rune) rune {
	if r >= 'a' && r <= 'z' {
		return 'a' + (r-'a'+13)%26
	}
	return r
}

// dispatch reads a field into a variable of inferred type: it joins command.run's group.
func dispatch(name string, args []string) int {
	for _, c := range commands {
		if c.name == name {
			run := c.run
			return run(args)
		}
	}
	return -1
}

// lookup reads a table element comma-ok into a variable of inferred type.
func lookup(name string, x int) int {
	if op, ok := ops[name]; ok {
		return op(x)
	}
	return -1
}

// say holds a module function, then another one assigned by :=, in a variable of inferred type.
func say(loud bool, s string) string {
	say := whisper
	if loud {
		var err error
		say, err = shout, nil
		_ = err
	}
	return say(s)
}

// order calls a variable of inferred type inside a literal the standard library calls.
func order(xs []int) []int {
	less := descending
	sort.Slice(xs, func(i, j int) bool { return less(xs[i], xs[j]) })
	return xs
}

// rotate passes a variable of inferred type to the standard library: it keeps its type (warning IG2016), and rot13
// gets an adapter there, as before.
func rotate(s string) string {
	m := rot13
	return string(m(rune(s[0]))) + strings.Map(m, s[1:])
}

func main() {
	rtlib.AutotelEntryPoint()
	fmt.Println(dispatch("sum", []string{"a", "bb"}), dispatch("count", []string{"a", "bb"}))
	fmt.Println(lookup("double", 5), lookup("square", 3), lookup("none", 1))
	fmt.Println(say(true, "Hi"), say(false, "Hi"))
	twice := func(n int) int { return double(double(n)) }
	fmt.Println(twice(3))
	fmt.Println(order([]int{3, 1, 2}), rotate("hello"))
}
