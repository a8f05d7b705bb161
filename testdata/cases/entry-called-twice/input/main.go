// A batch job marked as the entry point and run twice by main: each run is a trace of its own, and both reach
// the traces file, although the process sets tracing up, shuts it down and sets it up again.
package main

import (
	"fmt"
	"strings"
)

func main() {
	for _, batch := range []string{"alpha beta", "gamma"} {
		fmt.Println(job(batch))
	}
}

//instrgen:entry
func job(batch string) int {
	total := 0
	for _, word := range strings.Fields(batch) {
		total += weigh(word)
	}
	return total
}

func weigh(word string) int {
	return len(word) * 2
}
