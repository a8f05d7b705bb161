package main

import (
	"fmt"
	"sort"

	"example.com/func-fields-literals/cmds"
	"example.com/func-fields-literals/report"
	"instrgen.dev/rtlib"
)

type step struct {
	name string
	do   func(n int) int
}

var steps = []step{
	{"double", double},
	{"square", square},
}

func double(n int) int { return 2 * n }

func square(n int) int { return n * n }

// results runs every step on n; the struct declared here has fields of its own, so its positional literal stores
// nothing in step.do or in cmds' command.run.
func results(n int) []string {
	type pair struct {
		name  string
		value int
	}
	var pairs []pair
	for _, s := range steps {
		pairs = append(pairs, pair{s.name, s.do(n)})
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i].value > pairs[j].value })
	var out []string
	for _, p := range pairs {
		out = append(out, fmt.Sprintf("%s=%d", p.name, p.value))
	}
	return out
}

func main() {
	rtlib.AutotelEntryPoint()
	fmt.Println(results(7))
	fmt.Println(cmds.Dispatch("sum", []string{"1", "2", "3"}), cmds.Dispatch("count", []string{"a", "b"}))
	fmt.Println(report.Lines([]string{"first", "second"}))
}
