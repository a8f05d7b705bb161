// A report that prints interface values holding strings which came from the standard library, and hands a module
// function to the standard library (strings.Map). A string cannot hold a function, so storing one (a local, a field)
// carries no function value into what is printed: shout is not observed and goes through an adapter that carries the
// context. tag, whose name the program prints through reflect and runtime, keeps its signature.
package main

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"

	"instrgen.dev/rtlib"
)

type entry struct {
	Title string
	Count int
}

func shout(r rune) rune {
	if r == 'a' {
		return 'A'
	}
	return r
}

func tag(word string) string {
	return "#" + word
}

// report prints a word's line: values whose origin instrgen cannot see (results of the standard library) go through
// a local and a struct field into interface values that fmt prints.
func report(word string) {
	title := strings.TrimSpace(" " + word + " ")
	e := entry{Title: strings.Repeat("=", len(word)), Count: len(word)}
	var heading interface{} = e.Title
	fields := []interface{}{title, e.Count}
	fmt.Println(heading)
	fmt.Println(fields...)
	fmt.Println(strings.Map(shout, word))
}

func main() {
	rtlib.AutotelEntryPoint()
	for _, w := range []string{"banana", "kiwi"} {
		report(w)
	}
	fmt.Println(runtime.FuncForPC(reflect.ValueOf(tag).Pointer()).Name(), tag("go"))
}
