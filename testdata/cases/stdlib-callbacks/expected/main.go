package main

import (
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"testing/fstest"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_codes "go.opentelemetry.io/otel/codes"
	__atel_trace "go.opentelemetry.io/otel/trace"
	__atel_rtlib "instrgen.dev/rtlib"
)

// shorter orders by length, then alphabetically; it is called from a closure passed to sort.Slice.
func shorter(__atel_tracing_ctx __atel_context.Context, a, b string) bool {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.shorter")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}

// rot13 is passed by name to strings.Map, so its signature must stay func(rune) rune.
func rot13(__atel_tracing_ctx __atel_context.Context, r rune) rune {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.rot13")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	switch {
	case r >= 'a' && r <= 'z':
		return shift(__atel_child_tracing_ctx, r, 'a')
	case r >= 'A' && r <= 'Z':
		return shift(__atel_child_tracing_ctx, r, 'A')
	}
	return r
}

func shift(__atel_tracing_ctx __atel_context.Context, r, base rune) rune {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.shift")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return base + (r-base+13)%26
}

var visited []string

// visit is passed by name to fs.WalkDir.
func visit(__atel_tracing_ctx __atel_context.Context, path string, d fs.DirEntry, err error) (__atel_err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.visit")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_err)
	if err != nil {
		return err
	}
	visited = append(visited, describe(__atel_child_tracing_ctx, path, d.IsDir()))
	return nil
}

func describe(__atel_tracing_ctx __atel_context.Context, path string, dir bool) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.describe")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if dir {
		return path + "/"
	}
	return path
}

func add(__atel_tracing_ctx __atel_context.Context, a, b int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.add")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return a + b
}
func mul(__atel_tracing_ctx __atel_context.Context, a, b int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.mul")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return a * b
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

	words := []string{"pear", "fig", "banana", "kiwi", "apple"}
	sort.Slice(words, func(i, j int) bool {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.main$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		return shorter(__atel_child_tracing_ctx, words[i], words[j])
	})
	fmt.Println("sorted:", strings.Join(words, ","))

	fmt.Println("rot13:", strings.Map(func(__atel_p0 rune) rune { return rot13(__atel_child_tracing_ctx, __atel_p0) }, "Hello, Gopher!"))

	fsys := fstest.MapFS{
		"a.txt":     {Data: []byte("a")},
		"dir/b.txt": {Data: []byte("b")},
		"dir/c.txt": {Data: []byte("c")},
	}
	if err := fs.WalkDir(fsys, ".", func(__atel_p0 string, __atel_p1 fs.DirEntry, __atel_p2 error) error {
		return visit(__atel_child_tracing_ctx, __atel_p0, __atel_p1, __atel_p2)
	}); err != nil {
		fmt.Println("walk error:", err)
	}
	fmt.Println("walked:", strings.Join(visited, " "))

	ops := map[string]func(int, int) int{"add": func(__atel_p0 int, __atel_p1 int) int { return add(__atel_child_tracing_ctx, __atel_p0, __atel_p1) }, "mul": func(__atel_p0 int, __atel_p1 int) int { return mul(__atel_child_tracing_ctx, __atel_p0, __atel_p1) }}
	names := make([]string, 0, len(ops))
	for name := range ops {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Printf("%s(6, 7) = %d\n", name, ops[name](6, 7))
	}
}

var __atel_tracer = __atel_otel.Tracer("example.com/stdlib-callbacks")

var __atel_code_shorter = __atel_rtlib.Code("example.com/stdlib-callbacks", "main.shorter", "shorter", "example.com/stdlib-callbacks", "example.com/stdlib-callbacks/main.go", 14)

var __atel_code_rot13 = __atel_rtlib.Code("example.com/stdlib-callbacks", "main.rot13", "rot13", "example.com/stdlib-callbacks", "example.com/stdlib-callbacks/main.go", 22)

var __atel_code_shift = __atel_rtlib.Code("example.com/stdlib-callbacks", "main.shift", "shift", "example.com/stdlib-callbacks", "example.com/stdlib-callbacks/main.go", 32)

var __atel_code_visit = __atel_rtlib.Code("example.com/stdlib-callbacks", "main.visit", "visit", "example.com/stdlib-callbacks", "example.com/stdlib-callbacks/main.go", 37)

var __atel_code_describe = __atel_rtlib.Code("example.com/stdlib-callbacks", "main.describe", "describe", "example.com/stdlib-callbacks", "example.com/stdlib-callbacks/main.go", 45)

var __atel_code_add = __atel_rtlib.Code("example.com/stdlib-callbacks", "main.add", "add", "example.com/stdlib-callbacks", "example.com/stdlib-callbacks/main.go", 52)

var __atel_code_mul = __atel_rtlib.Code("example.com/stdlib-callbacks", "main.mul", "mul", "example.com/stdlib-callbacks", "example.com/stdlib-callbacks/main.go", 53)

var __atel_code_main = __atel_rtlib.Code("example.com/stdlib-callbacks", "main.main", "main", "example.com/stdlib-callbacks", "example.com/stdlib-callbacks/main.go", 55)

var __atel_code_main_1 = __atel_rtlib.Code("example.com/stdlib-callbacks", "main.main$1", "main$1", "example.com/stdlib-callbacks", "example.com/stdlib-callbacks/main.go", 59)

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
