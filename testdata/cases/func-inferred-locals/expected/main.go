package main

import (
	"fmt"
	"sort"
	"strings"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

type command struct {
	name string
	run  func(__atel_tracing_ctx __atel_context.Context, args []string) int
}

var commands = []command{{"sum", sum}, {"count", count}}

var ops = map[string]func(__atel_tracing_ctx __atel_context.Context, n int) int{"double": double, "square": square}

func sum(__atel_tracing_ctx __atel_context.Context, args []string) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.sum")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	total := 0
	for _, a := range args {
		total += len(a)
	}
	return total
}

func count(__atel_tracing_ctx __atel_context.Context, args []string) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.count")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return len(args)
}

func double(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.double")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return 2 * n
}

func square(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.square")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return n * n
}

func shout(__atel_tracing_ctx __atel_context.Context, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.shout")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return strings.ToUpper(s) + "!"
}

func whisper(__atel_tracing_ctx __atel_context.Context, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.whisper")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return strings.ToLower(s) + "..."
}

func descending(__atel_tracing_ctx __atel_context.Context, a, b int) bool {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.descending")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return a > b
}

func rot13(__atel_tracing_ctx __atel_context.Context, r rune) rune {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.rot13")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if r >= 'a' && r <= 'z' {
		return 'a' + (r-'a'+13)%26
	}
	return r
}

// dispatch reads a field into a variable of inferred type: it joins command.run's group.
func dispatch(__atel_tracing_ctx __atel_context.Context, name string, args []string) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.dispatch")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	for _, c := range commands {
		if c.name == name {
			run := c.run
			return run(__atel_child_tracing_ctx, args)
		}
	}
	return -1
}

// lookup reads a table element comma-ok into a variable of inferred type.
func lookup(__atel_tracing_ctx __atel_context.Context, name string, x int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.lookup")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if op, ok := ops[name]; ok {
		return op(__atel_child_tracing_ctx, x)
	}
	return -1
}

// say holds a module function, then another one assigned by :=, in a variable of inferred type.
func say(__atel_tracing_ctx __atel_context.Context, loud bool, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.say")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	say := whisper
	if loud {
		var err error
		say, err = shout, nil
		_ = err
	}
	return say(__atel_child_tracing_ctx, s)
}

// order calls a variable of inferred type inside a literal the standard library calls.
func order(__atel_tracing_ctx __atel_context.Context, xs []int) []int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.order")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	less := descending
	sort.Slice(xs, func(i, j int) bool {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.order$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		return less(__atel_child_tracing_ctx, xs[i], xs[j])
	})
	return xs
}

// rotate passes a variable of inferred type to the standard library: it keeps its type (warning IG2016), and rot13
// gets an adapter there, as before.
func rotate(__atel_tracing_ctx __atel_context.Context, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.rotate")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	m := func(__atel_p0 rune) rune { return rot13(__atel_child_tracing_ctx, __atel_p0) }
	return string(m(rune(s[0]))) + strings.Map(m, s[1:])
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
	fmt.Println(dispatch(__atel_child_tracing_ctx, "sum", []string{"a", "bb"}), dispatch(__atel_child_tracing_ctx, "count", []string{"a", "bb"}))
	fmt.Println(lookup(__atel_child_tracing_ctx, "double", 5), lookup(__atel_child_tracing_ctx, "square", 3), lookup(__atel_child_tracing_ctx, "none", 1))
	fmt.Println(say(__atel_child_tracing_ctx, true, "Hi"), say(__atel_child_tracing_ctx, false, "Hi"))
	twice := func(n int) int {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.main$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		return double(__atel_child_tracing_ctx, double(__atel_child_tracing_ctx, n))
	}
	fmt.Println(twice(3))
	fmt.Println(order(__atel_child_tracing_ctx, []int{3, 1, 2}), rotate(__atel_child_tracing_ctx, "hello"))
}

var __atel_tracer = __atel_otel.Tracer("example.com/func-inferred-locals")

var __atel_code_sum = __atel_rtlib.Code("example.com/func-inferred-locals", "main.sum", "sum", "example.com/func-inferred-locals", "example.com/func-inferred-locals/main.go", 20)

var __atel_code_count = __atel_rtlib.Code("example.com/func-inferred-locals", "main.count", "count", "example.com/func-inferred-locals", "example.com/func-inferred-locals/main.go", 28)

var __atel_code_double = __atel_rtlib.Code("example.com/func-inferred-locals", "main.double", "double", "example.com/func-inferred-locals", "example.com/func-inferred-locals/main.go", 30)

var __atel_code_square = __atel_rtlib.Code("example.com/func-inferred-locals", "main.square", "square", "example.com/func-inferred-locals", "example.com/func-inferred-locals/main.go", 32)

var __atel_code_shout = __atel_rtlib.Code("example.com/func-inferred-locals", "main.shout", "shout", "example.com/func-inferred-locals", "example.com/func-inferred-locals/main.go", 34)

var __atel_code_whisper = __atel_rtlib.Code("example.com/func-inferred-locals", "main.whisper", "whisper", "example.com/func-inferred-locals", "example.com/func-inferred-locals/main.go", 36)

var __atel_code_descending = __atel_rtlib.Code("example.com/func-inferred-locals", "main.descending", "descending", "example.com/func-inferred-locals", "example.com/func-inferred-locals/main.go", 38)

var __atel_code_rot13 = __atel_rtlib.Code("example.com/func-inferred-locals", "main.rot13", "rot13", "example.com/func-inferred-locals", "example.com/func-inferred-locals/main.go", 40)

var __atel_code_dispatch = __atel_rtlib.Code("example.com/func-inferred-locals", "main.dispatch", "dispatch", "example.com/func-inferred-locals", "example.com/func-inferred-locals/main.go", 48)

var __atel_code_lookup = __atel_rtlib.Code("example.com/func-inferred-locals", "main.lookup", "lookup", "example.com/func-inferred-locals", "example.com/func-inferred-locals/main.go", 59)

var __atel_code_say = __atel_rtlib.Code("example.com/func-inferred-locals", "main.say", "say", "example.com/func-inferred-locals", "example.com/func-inferred-locals/main.go", 67)

var __atel_code_order = __atel_rtlib.Code("example.com/func-inferred-locals", "main.order", "order", "example.com/func-inferred-locals", "example.com/func-inferred-locals/main.go", 78)

var __atel_code_rotate = __atel_rtlib.Code("example.com/func-inferred-locals", "main.rotate", "rotate", "example.com/func-inferred-locals", "example.com/func-inferred-locals/main.go", 86)

var __atel_code_main = __atel_rtlib.Code("example.com/func-inferred-locals", "main.main", "main", "example.com/func-inferred-locals", "example.com/func-inferred-locals/main.go", 91)

var __atel_code_order_1 = __atel_rtlib.Code("example.com/func-inferred-locals", "main.order$1", "order$1", "example.com/func-inferred-locals", "example.com/func-inferred-locals/main.go", 80)

var __atel_code_main_1 = __atel_rtlib.Code("example.com/func-inferred-locals", "main.main$1", "main$1", "example.com/func-inferred-locals", "example.com/func-inferred-locals/main.go", 96)
