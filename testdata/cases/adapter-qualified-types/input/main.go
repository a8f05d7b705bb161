// A module whose functions, declared in one package with parameters of types qualified by other packages, are used
// as values in another: the adapter closures keep every qualifier as written (`*shape.Point`, `os.FileInfo`).
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"example.com/adapterqual/geo"
	"example.com/adapterqual/shape"
	"instrgen.dev/rtlib"
)

func main() {
	rtlib.AutotelEntryPoint()
	ps := []shape.Point{{X: 1, Y: 2}, {X: 3, Y: 4}}
	shape.Each(ps, geo.Grow)
	labels := []string{}
	for _, p := range ps {
		labels = append(labels, apply(geo.Label, p))
	}
	fmt.Println(strings.Join(labels, " "))
	dir, err := os.MkdirTemp("", "adapterqual")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	if err := filepath.Walk(dir, geo.Visit); err != nil {
		fmt.Println(err)
	}
	fmt.Println(walk(dir))
}

// walk's one-line body is opened for its span: the adapter it gets is laid out at the indentation of its statement.
func walk(dir string) error { return filepath.Walk(dir, geo.Visit) }

func apply(f func(shape.Point) string, p shape.Point) string {
	return f(p)
}
