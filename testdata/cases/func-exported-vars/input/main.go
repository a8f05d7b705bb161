package main

import (
	"fmt"
	"sort"
	"strings"

	"example.com/func-exported-vars/hooks"
	"instrgen.dev/rtlib"
)

// Lessers is exported and handed to the standard library: it keeps its type (warning IG2016).
var Lessers = map[string]func(a, b string) bool{"len": byLen}

func byLen(a, b string) bool { return len(a) < len(b) }

func trim(s string) string { return strings.TrimSpace(s) }

func double(n int) int { return 2 * n }

func inc(n int) int { return n + 1 }

func report(n int) { fmt.Println("done", n) }

func main() {
	rtlib.AutotelEntryPoint()
	hooks.Filters["trim"] = trim
	hooks.Steps = append(hooks.Steps, double, inc)
	hooks.OnDone = report
	name := "trim"
	fmt.Printf("%q %q\n", hooks.Apply(name, "  x  "), hooks.Filters[name]("  y  "))
	fmt.Println(hooks.Apply("upper", "abc"))
	fmt.Println(hooks.Run(5))
	words := []string{"ccc", "a", "bb"}
	sort.Slice(words, func(i, j int) bool { return Lessers["len"](words[i], words[j]) })
	less := Lessers["len"]
	fmt.Println(words, sort.SliceIsSorted(words, func(i, j int) bool { return less(words[i], words[j]) }))
	// Lessers itself is read into a variable: it keeps its type.
	all := Lessers
	fmt.Println(len(all), Lessers != nil)
}
