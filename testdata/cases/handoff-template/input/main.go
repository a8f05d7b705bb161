// edges prints the calls of a tiny call graph through a -format template, as x/tools' cmd/callgraph does.
package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"text/template"

	"instrgen.dev/rtlib"
)

// call is one edge of the graph.
type call struct {
	caller, callee string
	line           int
}

// Edge is what the template sees of a call: its exported fields, and its exported methods, which the template
// calls by name through reflection (so they keep their signatures).
type Edge struct {
	Caller string
	Callee string
	c      *call
}

// Description names the kind of call.
func (e *Edge) Description() string { return kind(e.c) }

// Line is the line of the call.
func (e *Edge) Line() int { return e.c.line }

func kind(c *call) string {
	if strings.HasPrefix(c.callee, "(") {
		return "dynamic method call"
	}
	return "static function call"
}

// visit calls f for every call, in order.
func visit(calls []call, f func(*call) error) error {
	for i := range calls {
		if err := f(&calls[i]); err != nil {
			return err
		}
	}
	return nil
}

// printEdges executes the template once per call, in a closure: Edge's methods run below it, on its goroutine.
func printEdges(format string, calls []call) error {
	tmpl, err := template.New("-format").Parse(format)
	if err != nil {
		return fmt.Errorf("invalid -format template: %v", err)
	}
	var buf bytes.Buffer
	data := Edge{}
	return visit(calls, func(c *call) error {
		data.Caller, data.Callee, data.c = c.caller, c.callee, c
		buf.Reset()
		if err := tmpl.Execute(&buf, &data); err != nil {
			return err
		}
		fmt.Println(buf.String())
		return nil
	})
}

func main() {
	rtlib.AutotelEntryPoint()
	calls := []call{{"main", "run", 3}, {"run", "(*T).Do", 7}}
	if err := printEdges("{{.Caller}} --{{.Description}}:{{.Line}}--> {{.Callee}}", calls); err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
}
