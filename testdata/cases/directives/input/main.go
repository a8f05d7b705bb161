package main

import (
	"fmt"
	"strings"
)

func shared(s string) string {
	return strings.ToUpper(s)
}

func onlyViaIgnored(s string) string {
	return "[" + s + "]"
}

func mix(a, b int) int {
	return a*31 + b
}

//instrgen:ignore
func quiet(s string) string {
	return onlyViaIgnored(shared(s))
}

func loud(s string) string {
	return shared(s) + "!"
}

//instrgen:entry
func run(args []string) int {
	for _, a := range args {
		fmt.Println(loud(a), quiet(a))
	}
	sum := legacyChecksum(strings.Join(args, ","))
	fmt.Println("checksum:", sum)
	return len(args)
}

func main() {
	fmt.Println("main starts")
	n := run([]string{"alpha", "beta"})
	fmt.Println("processed", n)
}
