// exprdump parses expressions, points at errors, dumps the tree and writes a summary through a template.
package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"

	"example.com/reflect-methods/syntax"
	"instrgen.dev/rtlib"
)

var summary = template.Must(template.New("summary").Parse(
	"{{range .Calls}}{{.Kind}} spans {{.Pos}}..{{.End}}\n{{end}}{{len .Calls}} call(s) in {{.Source}}\n"))

type report struct {
	Source string
	Calls  []*syntax.Call
}

// calls collects the call nodes of a tree.
func calls(n syntax.Node, out []*syntax.Call) []*syntax.Call {
	switch n := n.(type) {
	case *syntax.Call:
		out = append(out, n)
		for _, a := range n.Args {
			out = calls(a, out)
		}
	case *syntax.Binary:
		out = calls(n.Y, calls(n.X, out))
	}
	return out
}

// underline marks a node's span under the source line.
func underline(src string, n syntax.Node) string {
	return src + "\n" + strings.Repeat(" ", n.Pos()) + strings.Repeat("^", n.End()-n.Pos())
}

func main() {
	rtlib.AutotelEntryPoint()
	for _, src := range []string{"max(1, x+2)*3", "a + b*c", "f(g(1), 2"} {
		n, err := syntax.Parse(src)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(underline(src, n))
		syntax.Dump(os.Stdout, n)
		found := calls(n, nil)
		if len(found) > 0 {
			fmt.Println("outermost:", found[0].Kind())
		}
		if err := summary.Execute(os.Stdout, report{Source: src, Calls: found}); err != nil {
			fmt.Println("template:", err)
		}
	}
}
