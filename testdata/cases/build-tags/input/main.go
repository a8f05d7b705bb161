package main

import (
	"fmt"

	"instrgen.dev/rtlib"
)

func banner(name string) string {
	return "running on " + name
}

func main() {
	rtlib.AutotelEntryPoint()
	fmt.Println(banner(platformName()))
	fmt.Println("extra:", extraFeature(3))
}
