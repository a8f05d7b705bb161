package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"sync"

	"instrgen.dev/rtlib"
)

// counter counts the identifiers of a file; its method value genDecl is handed to ast.Inspect.
type counter struct {
	idents int
}

func (c *counter) genDecl(n ast.Node) bool {
	if _, ok := n.(*ast.Ident); ok {
		c.idents++
	}
	return true
}

func inspect(src string) int {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "x.go", src, 0)
	if err != nil {
		return -1
	}
	c := &counter{}
	// reflect sees the method value itself, so genDecl keeps its signature (no adapter may stand in for it).
	if reflect.ValueOf(c.genDecl).Kind() != reflect.Func {
		return -2
	}
	ast.Inspect(f, c.genDecl)
	return c.idents
}

var seen []string

// walkers holds visit at package level, where no context is in scope: visit keeps its signature.
var walkers = map[string]filepath.WalkFunc{"visit": visit}

// visit is handed to filepath.Walk as a function value.
func visit(path string, info os.FileInfo, err error) error {
	if err != nil {
		return err
	}
	seen = append(seen, filepath.Base(path))
	return nil
}

func walk(root string) {
	if err := filepath.Walk(root, visit); err != nil || len(walkers) != 1 {
		fmt.Println("walk:", err)
	}
}

type table struct {
	once  sync.Once
	names []string
}

// rebuild holds build at package level, where no context is in scope: build keeps its signature.
var rebuild = (*table).build

// build is handed to sync.Once.Do as a method value.
func (t *table) build() {
	t.names = append(t.names, "b", "a", "c")
}

func (t *table) sorted() []string {
	t.once.Do(t.build)
	sort.Strings(t.names)
	return t.names
}

func main() {
	rtlib.AutotelEntryPoint()
	fmt.Println("idents:", inspect("package p\nfunc f(a, b int) int { return a + b }\n"))
	dir, err := os.MkdirTemp("", "handoff")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	for _, name := range []string{"one.txt", "two.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), nil, 0o600); err != nil {
			fmt.Println(err)
			return
		}
	}
	walk(dir)
	sort.Strings(seen)
	fmt.Println("seen:", len(seen), seen[1:])
	t := &table{}
	fmt.Println("sorted:", t.sorted(), t.sorted())
	fmt.Println("rebuild:", rebuild != nil)
}
