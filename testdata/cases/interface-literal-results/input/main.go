package main

import (
	"fmt"

	"example.com/interface-literal-results/seq"
	"instrgen.dev/rtlib"
)

func main() {
	rtlib.AutotelEntryPoint()
	it := seq.Range(3)
	for v, ok := it.Next(); ok; v, ok = it.Next() {
		fmt.Println(v)
	}
	fmt.Println(seq.Describe(seq.Words("a", "b")))
	fmt.Println(seq.Describe(42))
}
