// Type checks a small generic program and prints the type arguments of each instantiation, through a package that
// declares TypeList and Instance differently before and after Go 1.18 (as x/tools' internal/typeparams does): a
// call such as args.Len() may reach seq.(*TypeList).Len on one Go version and types.(*TypeList).Len on the other,
// never ring.(*Buffer).Len, which takes the context. stack.Stack has the method names of sizer but not its types
// (Item returns an int, not a string), so it is no sizer and does not keep its signatures with words, a sizer
// declared in a generated file.
package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"sort"

	"example.com/build-target-types/ring"
	"example.com/build-target-types/seq"
	"example.com/build-target-types/stack"
	"instrgen.dev/rtlib"
)

const source = `package p

func id[T any](x T) T { return x }

func pair[K comparable, V any](k K, v V) map[K]V { return map[K]V{k: v} }

var a = id(1)
var b = id("s")
var c = pair(2.5, true)
`

type sizer interface {
	Size() int
	Item(i int) string
}

func describe(s sizer) string {
	if s.Size() == 0 {
		return "empty"
	}
	return s.Item(0)
}

func typeArgs(inst seq.Instance) []string {
	args := inst.TypeArgs
	var out []string
	for i := 0; i < args.Len(); i++ {
		out = append(out, args.At(i).String())
	}
	return out
}

func instantiations(src string) ([]string, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		return nil, err
	}
	info := &types.Info{Instances: map[*ast.Ident]types.Instance{}}
	if _, err := (&types.Config{}).Check("p", fset, []*ast.File{f}, info); err != nil {
		return nil, err
	}
	var lines []string
	for id, inst := range seq.Instances(info) {
		lines = append(lines, fmt.Sprintf("%s %s %v", fset.Position(id.Pos()), id.Name, typeArgs(inst)))
	}
	sort.Strings(lines)
	return lines, nil
}

func lastLengths(lines []string) *ring.Buffer {
	b := ring.New(2)
	for _, l := range lines {
		b.Put(len(l))
	}
	return b
}

func stacked(lines []string) string {
	var s stack.Stack
	for _, l := range lines {
		s.Push(len(l))
	}
	return fmt.Sprintf("%d lines, the first %d bytes", s.Size(), s.Item(0))
}

func main() {
	rtlib.AutotelEntryPoint()
	lines, err := instantiations(source)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	for _, l := range lines {
		fmt.Println(l)
	}
	b := lastLengths(lines)
	for i := 0; i < b.Len(); i++ {
		fmt.Println("recent length:", b.At(i))
	}
	fmt.Println(stacked(lines))
	fmt.Println("first word:", describe(words{"alpha", "beta"}))
}
