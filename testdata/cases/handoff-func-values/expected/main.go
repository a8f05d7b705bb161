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

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_codes "go.opentelemetry.io/otel/codes"
	__atel_trace "go.opentelemetry.io/otel/trace"
	__atel_rtlib "instrgen.dev/rtlib"
)

// counter counts the identifiers of a file; its method value genDecl is handed to ast.Inspect.
type counter struct {
	idents int
}

func (c *counter) genDecl(n ast.Node) bool {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.(*counter).genDecl")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if _, ok := n.(*ast.Ident); ok {
		c.idents++
	}
	return true
}

func inspect(__atel_tracing_ctx __atel_context.Context, src string) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.inspect")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
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
func visit(path string, info os.FileInfo, err error) (__atel_err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.visit")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_err)
	if err != nil {
		return err
	}
	seen = append(seen, filepath.Base(path))
	return nil
}

func walk(__atel_tracing_ctx __atel_context.Context, root string) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.walk")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
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
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.(*table).build")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	t.names = append(t.names, "b", "a", "c")
}

func (t *table) sorted(__atel_tracing_ctx __atel_context.Context) []string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*table).sorted")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
	t.once.Do(t.build)
	sort.Strings(t.names)
	return t.names
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
	fmt.Println("idents:", inspect(__atel_child_tracing_ctx, "package p\nfunc f(a, b int) int { return a + b }\n"))
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
	walk(__atel_child_tracing_ctx, dir)
	sort.Strings(seen)
	fmt.Println("seen:", len(seen), seen[1:])
	t := &table{}
	fmt.Println("sorted:", t.sorted(__atel_child_tracing_ctx), t.sorted(__atel_child_tracing_ctx))
	fmt.Println("rebuild:", rebuild != nil)
}

var __atel_tracer = __atel_otel.Tracer("example.com/handoff-func-values")

var __atel_code_counter_genDecl = __atel_rtlib.Code("example.com/handoff-func-values", "main.(*counter).genDecl", "genDecl", "example.com/handoff-func-values.(*counter)", "example.com/handoff-func-values/main.go", 22)

var __atel_code_inspect = __atel_rtlib.Code("example.com/handoff-func-values", "main.inspect", "inspect", "example.com/handoff-func-values", "example.com/handoff-func-values/main.go", 29)

var __atel_code_visit = __atel_rtlib.Code("example.com/handoff-func-values", "main.visit", "visit", "example.com/handoff-func-values", "example.com/handoff-func-values/main.go", 50)

var __atel_code_walk = __atel_rtlib.Code("example.com/handoff-func-values", "main.walk", "walk", "example.com/handoff-func-values", "example.com/handoff-func-values/main.go", 58)

var __atel_code_table_build = __atel_rtlib.Code("example.com/handoff-func-values", "main.(*table).build", "build", "example.com/handoff-func-values.(*table)", "example.com/handoff-func-values/main.go", 73)

var __atel_code_table_sorted = __atel_rtlib.Code("example.com/handoff-func-values", "main.(*table).sorted", "sorted", "example.com/handoff-func-values.(*table)", "example.com/handoff-func-values/main.go", 77)

var __atel_code_main = __atel_rtlib.Code("example.com/handoff-func-values", "main.main", "main", "example.com/handoff-func-values", "example.com/handoff-func-values/main.go", 83)

// __atel_end ends a span, recording a non-nil error as its error and status (added by instrgen).
func __atel_end(span __atel_trace.Span, err *error) {
	defer span.End()
	if e := *err; e != nil && span.IsRecording() {
		span.SetStatus(__atel_codes.Error, "")
		defer func() { _ = recover() }()
		span.SetStatus(__atel_codes.Error, e.Error())
		span.RecordError(e)
	}
}
