// A word tool that logs through a printf-style helper to stderr and hands a module function to the standard
// library (strings.Map). What the helper prints are strings and ints, which cannot hold a function, so shout is not
// observed and is passed through an adapter that carries the context; greet, whose name the program prints through
// reflect and runtime, keeps its signature.
package main

import (
	"fmt"
	"os"
	"reflect"
	"runtime"
	"strings"

	"instrgen.dev/rtlib"
)

// logf writes a note to stderr; its arguments reach fmt.Fprintf.
func logf(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, format, args...)
}

func shout(r rune) rune {
	if r == 'a' {
		return 'A'
	}
	return r
}

func greet(name string) string {
	return "hello " + name
}

func describe(word string) string {
	label := ""
	if len(word) > 4 {
		label = "long"
	} else {
		label = "short"
	}
	logf("describing %s (%s)\n", word, label)
	return fmt.Sprintf("%s (%s)", strings.Map(shout, word), label)
}

func main() {
	rtlib.AutotelEntryPoint()
	for _, w := range []string{"banana", "kiwi", "fig"} {
		logf("word %s: %d letters\n", strings.ToUpper(w), len(w))
		fmt.Println(describe(w))
	}
	fmt.Println(runtime.FuncForPC(reflect.ValueOf(greet).Pointer()).Name(), greet("gopher"))
}
