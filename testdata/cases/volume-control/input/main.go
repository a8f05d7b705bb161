package main

import (
	"fmt"
	"os"

	"example.com/volume/internal/codec"
	"example.com/volume/internal/store"
	"instrgen.dev/rtlib"
)

func main() {
	rtlib.AutotelEntryPoint()
	s := store.New()
	for i, arg := range os.Args[1:] {
		handle(s, arg, i)
	}
	debugDump(s)
	var sz store.Sizer = s
	fmt.Println("size", sz.Size(), "count", count(s), "total", total(s))
}

// handle stores one argument under its encoded key.
func handle(s *store.Store, arg string, i int) {
	key := codec.Key(arg)
	s.Put(key, i*10)
	fmt.Println("stored", key)
}

// count has one statement and calls only trivial functions: it is trivial too.
func count(s *store.Store) int {
	return len(s.Keys())
}

func total(s *store.Store) int {
	n := 0
	for _, k := range s.Keys() {
		n += s.Get(k)
	}
	return n
}

// debugDump is excluded by its id; describe, called only from here, is not reached.
func debugDump(s *store.Store) {
	for _, k := range s.Keys() {
		fmt.Println("dump", k, describe(s.Get(k)))
	}
}

func describe(v int) string {
	if v == 0 {
		return "zero"
	}
	return fmt.Sprintf("%d", v)
}
