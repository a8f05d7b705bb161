package main

import (
	"fmt"

	sh "example.com/dot-alias-imports/shapes"
	tel "instrgen.dev/rtlib"
)

func rectReport(w, h float64) string {
	r := sh.NewRect(w, h)
	return sh.Label("rect", r.Area())
}

func main() {
	tel.AutotelEntryPoint()
	fmt.Println(rectReport(3, 4))
	fmt.Println(circleReport(1.5))
	fmt.Println("scaled:", sh.Scale(2.5, 4))
}
