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
	for _, h := range []Hasher{fnvHash{}, codec.Plain{}} {
		fmt.Println("hash", h.Hash("volume"))
	}
}

// Hasher is implemented here and in the excluded codec package: codec.Plain's Hash cannot take a context, so
// fnvHash's keeps its signature too, and its span starts a trace of its own.
type Hasher interface {
	Hash(s string) int
}

type fnvHash struct{}

func (fnvHash) Hash(s string) int {
	h := 7
	for _, c := range s {
		h = (h*31 + int(c)) % 1000003
	}
	return h
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
