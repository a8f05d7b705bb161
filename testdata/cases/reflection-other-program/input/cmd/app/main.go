// app counts words with a store; nothing in this program reaches reflection.
package main

import (
	"fmt"
	"strings"

	"example.com/reflection-other-program/store"
	"instrgen.dev/rtlib"
)

func main() {
	rtlib.AutotelEntryPoint()
	s := store.New()
	for _, w := range strings.Fields("a b a c a") {
		s.Add(w, 1)
	}
	fmt.Println("a:", s.Get("a"))
}
