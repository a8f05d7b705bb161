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
)

// shorter orders by length, then alphabetically; it is called from a closure passed to sort.Slice.
func shorter(__atel_tracing_ctx __atel_context.Context, a, b string) bool {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/stdlib-callbacks").Start(__atel_tracing_ctx, "main.shorter")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}

// rot13 is passed by name to strings.Map, so its signature must stay func(rune) rune.
func rot13(__atel_tracing_ctx __atel_context.Context, r rune) rune {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/stdlib-callbacks").Start(__atel_tracing_ctx, "main.rot13")
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
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/stdlib-callbacks").Start(__atel_tracing_ctx, "main.shift")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return base + (r-base+13)%26
}

var visited []string

// visit is passed by name to fs.WalkDir.
func visit(__atel_tracing_ctx __atel_context.Context, path string, d fs.DirEntry, err error) error {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/stdlib-callbacks").Start(__atel_tracing_ctx, "main.visit")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if err != nil {
		return err
	}
	visited = append(visited, describe(__atel_child_tracing_ctx, path, d.IsDir()))
	return nil
}

func describe(__atel_tracing_ctx __atel_context.Context, path string, dir bool) string {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/stdlib-callbacks").Start(__atel_tracing_ctx, "main.describe")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if dir {
		return path + "/"
	}
	return path
}

func add(__atel_tracing_ctx __atel_context.Context, a, b int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/stdlib-callbacks").Start(__atel_tracing_ctx, "main.add")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return a + b
}
func mul(__atel_tracing_ctx __atel_context.Context, a, b int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/stdlib-callbacks").Start(__atel_tracing_ctx, "main.mul")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return a * b
}

func main() {
	__atel_ts := rtlib.NewTracingState()
	defer rtlib.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/stdlib-callbacks").Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	rtlib.AutotelEntryPoint()

	words := []string{"pear", "fig", "banana", "kiwi", "apple"}
	sort.Slice(words, func(i, j int) bool {
		__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/stdlib-callbacks").Start(__atel_child_tracing_ctx, "main.main$1")
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
