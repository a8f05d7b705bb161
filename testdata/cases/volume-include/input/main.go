package main

import (
	"fmt"
	"strings"

	"example.com/volinclude/core"
)

//instrgen:entry
func main() {
	for _, line := range []string{"a b", "c d e"} {
		fmt.Println(serve(line))
	}
}

// serve is outside the include glob: no span, no new parameter, but the walk goes on to core.Process.
func serve(line string) string {
	words := core.Process(strings.Fields(line))
	return helper(words)
}

func helper(words []string) string {
	return strings.Join(words, "+")
}
