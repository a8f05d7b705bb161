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

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

var summary = template.Must(template.New("summary").Parse(
	"{{range .Calls}}{{.Kind}} spans {{.Pos}}..{{.End}}\n{{end}}{{len .Calls}} call(s) in {{.Source}}\n"))

type report struct {
	Source string
	Calls  []*syntax.Call
}

// calls collects the call nodes of a tree.
func calls(__atel_tracing_ctx __atel_context.Context, n syntax.Node, out []*syntax.Call) []*syntax.Call {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.calls")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	switch n := n.(type) {
	case *syntax.Call:
		out = append(out, n)
		for _, a := range n.Args {
			out = calls(__atel_child_tracing_ctx, a, out)
		}
	case *syntax.Binary:
		out = calls(__atel_child_tracing_ctx, n.Y, calls(__atel_child_tracing_ctx, n.X, out))
	}
	return out
}

// underline marks a node's span under the source line.
func underline(__atel_tracing_ctx __atel_context.Context, src string, n syntax.Node) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.underline")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return src + "\n" + strings.Repeat(" ", syntax.AtelVia__Node__Pos(n, __atel_child_tracing_ctx)) + strings.Repeat("^", syntax.AtelVia__Node__End(n, __atel_child_tracing_ctx)-syntax.AtelVia__Node__Pos(n, __atel_child_tracing_ctx))
}

func main() {
	__atel_ts := rtlib.NewTracingState()
	defer rtlib.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
	rtlib.AutotelEntryPoint()
	for _, src := range []string{"max(1, x+2)*3", "a + b*c", "f(g(1), 2"} {
		n, err := syntax.Parse(__atel_child_tracing_ctx, src)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(underline(__atel_child_tracing_ctx, src, n))
		syntax.Dump(__atel_child_tracing_ctx, os.Stdout, n)
		found := calls(__atel_child_tracing_ctx, n, nil)
		if len(found) > 0 {
			fmt.Println("outermost:", syntax.AtelTwinOf__Call__Kind(found[0], __atel_child_tracing_ctx))
		}
		if err := summary.Execute(os.Stdout, report{Source: src, Calls: found}); err != nil {
			fmt.Println("template:", err)
		}
	}
}

var __atel_tracer = __atel_otel.Tracer("example.com/reflect-methods")

var __atel_code_calls = __atel_rtlib.Code("example.com/reflect-methods", "main.calls", "calls", "example.com/reflect-methods", "example.com/reflect-methods/main.go", 23)

var __atel_code_underline = __atel_rtlib.Code("example.com/reflect-methods", "main.underline", "underline", "example.com/reflect-methods", "example.com/reflect-methods/main.go", 37)

var __atel_code_main = __atel_rtlib.Code("example.com/reflect-methods", "main.main", "main", "example.com/reflect-methods", "example.com/reflect-methods/main.go", 41)
