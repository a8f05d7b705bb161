package main

import (
	"fmt"
	"sort"
	"strings"

	"instrgen.dev/rtlib"
)

// byWeight is a sort.Interface: sort.Sort calls Len, Less and Swap, which take no context.
type byWeight []string

func (b byWeight) Len() int { return len(b) }
func (b byWeight) Less(i, j int) bool {
	if wi, wj := weight(b[i]), weight(b[j]); wi != wj {
		return wi < wj
	}
	return b[i] < b[j]
}
func (b byWeight) Swap(i, j int) { b[i], b[j] = b[j], b[i] }

func weight(s string) int {
	return len(s) + strings.Count(s, "e")
}

// order hands the words to sort.Sort: Less's span is a child of order's, and weight's of Less's.
func order(words []string) []string {
	sorted := append([]string(nil), words...)
	sort.Sort(byWeight(sorted))
	return sorted
}

func main() {
	rtlib.AutotelEntryPoint()
	fmt.Println(strings.Join(order([]string{"pear", "fig", "apple", "kiwi", "plum"}), " "))
}
