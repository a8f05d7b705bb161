package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"sort"

	"instrgen.dev/rtlib"
)

const source = `package p

func f(a, b int) int { return a + b }

var x = f(1, 2)
`

// counter is an ast.Visitor: ast.Walk calls its Visit once per node, and Visit takes no context.
type counter struct {
	kinds map[string]int
}

func (c *counter) Visit(n ast.Node) ast.Visitor {
	if n == nil {
		return nil
	}
	c.kinds[classify(n)]++
	return c
}

func classify(n ast.Node) string {
	switch n.(type) {
	case *ast.Ident:
		return "ident"
	case *ast.FuncDecl, *ast.GenDecl:
		return "decl"
	default:
		return "other"
	}
}

// count hands the visitor to ast.Walk: Visit's spans are children of count's.
func count(f *ast.File) map[string]int {
	c := &counter{kinds: map[string]int{}}
	ast.Walk(c, f)
	return c.kinds
}

func main() {
	rtlib.AutotelEntryPoint()
	f, err := parser.ParseFile(token.NewFileSet(), "p.go", source, 0)
	if err != nil {
		fmt.Println(err)
		return
	}
	kinds := count(f)
	names := make([]string, 0, len(kinds))
	for k := range kinds {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Println(k, kinds[k])
	}
}
