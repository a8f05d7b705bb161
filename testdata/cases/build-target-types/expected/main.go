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

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_codes "go.opentelemetry.io/otel/codes"
	__atel_trace "go.opentelemetry.io/otel/trace"
	__atel_rtlib "instrgen.dev/rtlib"
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

func describe(__atel_tracing_ctx __atel_context.Context, s sizer) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.describe")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if s.Size() == 0 {
		return "empty"
	}
	return s.Item(0)
}

func typeArgs(__atel_tracing_ctx __atel_context.Context, inst seq.Instance) []string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.typeArgs")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	args := inst.TypeArgs
	var out []string
	for i := 0; i < args.Len(); i++ {
		out = append(out, args.At(i).String())
	}
	return out
}

func instantiations(__atel_tracing_ctx __atel_context.Context, src string) (__atel_ret0 []string, __atel_ret1 error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.instantiations")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_ret1)
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
	for id, inst := range seq.Instances(__atel_child_tracing_ctx, info) {
		lines = append(lines, fmt.Sprintf("%s %s %v", fset.Position(id.Pos()), id.Name, typeArgs(__atel_child_tracing_ctx, inst)))
	}
	sort.Strings(lines)
	return lines, nil
}

func lastLengths(__atel_tracing_ctx __atel_context.Context, lines []string) *ring.Buffer {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.lastLengths")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	b := ring.New(__atel_child_tracing_ctx, 2)
	for _, l := range lines {
		b.Put(__atel_child_tracing_ctx, len(l))
	}
	return b
}

func stacked(__atel_tracing_ctx __atel_context.Context, lines []string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.stacked")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	var s stack.Stack
	for _, l := range lines {
		s.Push(__atel_child_tracing_ctx, len(l))
	}
	return fmt.Sprintf("%d lines, the first %d bytes", s.Size(__atel_child_tracing_ctx), s.Item(__atel_child_tracing_ctx, 0))
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
	lines, err := instantiations(__atel_child_tracing_ctx, source)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	for _, l := range lines {
		fmt.Println(l)
	}
	b := lastLengths(__atel_child_tracing_ctx, lines)
	for i := 0; i < b.Len(__atel_child_tracing_ctx); i++ {
		fmt.Println("recent length:", b.At(__atel_child_tracing_ctx, i))
	}
	fmt.Println(stacked(__atel_child_tracing_ctx, lines))
	fmt.Println("first word:", describe(__atel_child_tracing_ctx, words{"alpha", "beta"}))
}

var __atel_tracer = __atel_otel.Tracer("example.com/build-target-types")

var __atel_code_describe = __atel_rtlib.Code("example.com/build-target-types", "main.describe", "describe", "example.com/build-target-types", "example.com/build-target-types/main.go", 39)

var __atel_code_typeArgs = __atel_rtlib.Code("example.com/build-target-types", "main.typeArgs", "typeArgs", "example.com/build-target-types", "example.com/build-target-types/main.go", 46)

var __atel_code_instantiations = __atel_rtlib.Code("example.com/build-target-types", "main.instantiations", "instantiations", "example.com/build-target-types", "example.com/build-target-types/main.go", 55)

var __atel_code_lastLengths = __atel_rtlib.Code("example.com/build-target-types", "main.lastLengths", "lastLengths", "example.com/build-target-types", "example.com/build-target-types/main.go", 73)

var __atel_code_stacked = __atel_rtlib.Code("example.com/build-target-types", "main.stacked", "stacked", "example.com/build-target-types", "example.com/build-target-types/main.go", 81)

var __atel_code_main = __atel_rtlib.Code("example.com/build-target-types", "main.main", "main", "example.com/build-target-types", "example.com/build-target-types/main.go", 89)

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
