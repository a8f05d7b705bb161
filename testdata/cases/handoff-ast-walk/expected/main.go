package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"sort"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
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
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.(*counter).Visit")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if n == nil {
		return nil
	}
	c.kinds[classify(__atel_child_tracing_ctx, n)]++
	return c
}

func classify(__atel_tracing_ctx __atel_context.Context, n ast.Node) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.classify")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
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
func count(__atel_tracing_ctx __atel_context.Context, f *ast.File) map[string]int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.count")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
	c := &counter{kinds: map[string]int{}}
	ast.Walk(c, f)
	return c.kinds
}

func main() {
	__atel_ts := rtlib.NewTracingState()
	defer rtlib.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	rtlib.AutotelEntryPoint()
	f, err := parser.ParseFile(token.NewFileSet(), "p.go", source, 0)
	if err != nil {
		fmt.Println(err)
		return
	}
	kinds := count(__atel_child_tracing_ctx, f)
	names := make([]string, 0, len(kinds))
	for k := range kinds {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Println(k, kinds[k])
	}
}

var __atel_tracer = __atel_otel.Tracer("example.com/handoff-ast-walk")

var __atel_code_counter_Visit = __atel_rtlib.Code("example.com/handoff-ast-walk", "main.(*counter).Visit", "Visit", "example.com/handoff-ast-walk.(*counter)", "example.com/handoff-ast-walk/main.go", 25)

var __atel_code_classify = __atel_rtlib.Code("example.com/handoff-ast-walk", "main.classify", "classify", "example.com/handoff-ast-walk", "example.com/handoff-ast-walk/main.go", 33)

var __atel_code_count = __atel_rtlib.Code("example.com/handoff-ast-walk", "main.count", "count", "example.com/handoff-ast-walk", "example.com/handoff-ast-walk/main.go", 45)

var __atel_code_main = __atel_rtlib.Code("example.com/handoff-ast-walk", "main.main", "main", "example.com/handoff-ast-walk", "example.com/handoff-ast-walk/main.go", 51)
