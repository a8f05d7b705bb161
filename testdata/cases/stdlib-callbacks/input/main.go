package main

import (
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"testing/fstest"

	"instrgen.dev/rtlib"
)

// shorter orders by length, then alphabetically; it is called from a closure passed to sort.Slice.
func shorter(a, b string) bool {
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}

// rot13 is passed by name to strings.Map, so its signature must stay func(rune) rune.
func rot13(r rune) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return shift(r, 'a')
	case r >= 'A' && r <= 'Z':
		return shift(r, 'A')
	}
	return r
}

func shift(r, base rune) rune { return base + (r-base+13)%26 }

var visited []string

// visit is passed by name to fs.WalkDir.
func visit(path string, d fs.DirEntry, err error) error {
	if err != nil {
		return err
	}
	visited = append(visited, describe(path, d.IsDir()))
	return nil
}

func describe(path string, dir bool) string {
	if dir {
		return path + "/"
	}
	return path
}

func add(a, b int) int { return a + b }
func mul(a, b int) int { return a * b }

func main() {
	rtlib.AutotelEntryPoint()

	words := []string{"pear", "fig", "banana", "kiwi", "apple"}
	sort.Slice(words, func(i, j int) bool { return shorter(words[i], words[j]) })
	fmt.Println("sorted:", strings.Join(words, ","))

	fmt.Println("rot13:", strings.Map(rot13, "Hello, Gopher!"))

	fsys := fstest.MapFS{
		"a.txt":     {Data: []byte("a")},
		"dir/b.txt": {Data: []byte("b")},
		"dir/c.txt": {Data: []byte("c")},
	}
	if err := fs.WalkDir(fsys, ".", visit); err != nil {
		fmt.Println("walk error:", err)
	}
	fmt.Println("walked:", strings.Join(visited, " "))

	ops := map[string]func(int, int) int{"add": add, "mul": mul}
	names := make([]string, 0, len(ops))
	for name := range ops {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Printf("%s(6, 7) = %d\n", name, ops[name](6, 7))
	}
}
