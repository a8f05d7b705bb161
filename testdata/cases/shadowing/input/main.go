package main

import (
	"fmt"
	"strings"

	"example.com/shadowing/view"
	otelroot "instrgen.dev/rtlib"
)

// Banner is a type named like the function view.Banner.
type Banner string

// Show renders the banner through the function of the same name in package view.
func (b Banner) Show() string {
	return view.Banner(strings.ToUpper(string(b)))
}

func helper() int {
	return 40
}

func square(x int) int {
	return x * x
}

// total is never called: only local variables share its name.
func total(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

// useLocalHelper declares a variable named helper and uses it as an int.
func useLocalHelper() int {
	helper := 3
	helper *= 2
	return helper + 1
}

// tag has a parameter named context of type string.
func tag(context string, n int) string {
	return fmt.Sprintf("%s#%d", context, n)
}

// squares shadows the function square with a closure of the same name.
func squares(xs []int) []int {
	square := func(x int) int {
		return x*x + 1000
	}
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, square(x))
	}
	return out
}

// summarize has locals named ctx and span, and a local total hiding the function total.
func summarize(xs []int) string {
	ctx := "summary"
	span := len(xs)
	total := 0
	for _, x := range xs {
		total += square(x)
	}
	return fmt.Sprintf("%s: %d values, sum of squares %d", ctx, span, total)
}

func main() {
	otelroot.AutotelEntryPoint()
	fmt.Println(Banner("shadows").Show())
	fmt.Println("helper():", helper())
	fmt.Println("local helper:", useLocalHelper())
	fmt.Println("tag:", tag("request", 7))
	fmt.Println("squares:", squares([]int{1, 2, 3}))
	fmt.Println("square:", square(9))
	fmt.Println(summarize([]int{1, 2, 3, 4}))
}
