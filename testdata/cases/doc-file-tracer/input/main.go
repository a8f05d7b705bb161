package main

import (
	"fmt"

	"example.com/doc-file-tracer/race"
	"instrgen.dev/rtlib"
)

func main() {
	rtlib.AutotelEntryPoint()
	fmt.Println(race.Acquire(1))
}
