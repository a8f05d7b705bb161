package main

import (
	"fmt"

	"example.com/two-entry-points/lib"
	"instrgen.dev/rtlib"
)

func main() {
	rtlib.AutotelEntryPoint()

	for _, n := range []string{"ada", "grace"} {
		fmt.Println(lib.Greet(n))
	}
}
