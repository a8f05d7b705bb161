package main

import (
	"fmt"

	. "example.com/interface-cross-package/impl"
	. "example.com/interface-cross-package/shapes"
	"instrgen.dev/rtlib"
)

func report(s Shape) {
	fmt.Printf("%T area=%.1f perimeter=%.1f\n", s, s.Area(), s.Perimeter())
}

func main() {
	rtlib.AutotelEntryPoint()

	all := []Shape{Square{Side: 2}, NewCircle(1)}
	for _, s := range all {
		report(s)
	}
	fmt.Printf("total area=%.1f\n", TotalArea(all))
}
