package main

import (
	"fmt"
	"strconv"
	"strings"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// command is a row of a package-level table: run and help are function-typed fields.
type command struct {
	name string
	run  func(__atel_tracing_ctx __atel_context.Context, args []string) int
	help func(__atel_tracing_ctx __atel_context.Context) string
}

var commands = map[string]command{
	"sum": {name: "sum", run: sum, help: func(__atel_tracing_ctx __atel_context.Context) string {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.init$2")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		return "adds its arguments"
	}},
	"count": {name: "count", run: count},
}

func sum(__atel_tracing_ctx __atel_context.Context, args []string) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.sum")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	total := 0
	for _, a := range args {
		total += parse(__atel_child_tracing_ctx, a)
	}
	return total
}

func count(__atel_tracing_ctx __atel_context.Context, args []string) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.count")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return len(args)
}

func parse(__atel_tracing_ctx __atel_context.Context, s string) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.parse")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	n, _ := strconv.Atoi(s)
	return n
}

// op is filled positionally, in a slice, with a function and a literal; its field's parameters are unnamed.
type op struct {
	name  string
	apply func(__atel_context.Context, int) int
}

var ops = []op{
	{"double", double},
	{"square", func(__atel_tracing_ctx __atel_context.Context, n int) int {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.init$3")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		return n * square(__atel_child_tracing_ctx, n) / n
	}},
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

// handler is registered through a helper, from init, where no context is in scope.
type handler struct {
	fn func(__atel_context.Context, int, string) string
}

var registry = map[string]*handler{}

func init() {
	registry["greet"] = &handler{fn: greet}
	h := &handler{}
	h.fn = shout
	registry["shout"] = h
}

func greet(__atel_tracing_ctx __atel_context.Context, n int, who string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.greet")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return strings.Repeat("hello "+who+" ", n)
}

func shout(__atel_tracing_ctx __atel_context.Context, n int, who string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.shout")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return strings.ToUpper(greet(__atel_child_tracing_ctx, n, who))
}

// entry is filled through a register(name, fn) helper called from init: fn's type changes with entry.run's.
type entry struct { //instrgen:oneline
	run func(__atel_tracing_ctx __atel_context.Context, n int) int
}

var entries = map[string]entry{}

func register(name string, fn func(__atel_tracing_ctx __atel_context.Context, n int) int) {
	if fn == nil {
		panic(name)
	}
	entries[name] = entry{run: fn}
}

func init() {
	register("neg", neg)
	register("abs", func(__atel_tracing_ctx __atel_context.Context, n int) int {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.init$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End()
		if n < 0 {
			return neg(__atel_child_tracing_ctx, n)
		}
		return n
	})
}

func neg(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.neg")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return -n
}

// timed calls what it is passed: its parameter's type changes with square, which op.apply's group holds too.
func timed(__atel_tracing_ctx __atel_context.Context, name string, f func(__atel_context.Context, int) int, n int) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.timed")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return fmt.Sprint(name, "=", f(__atel_child_tracing_ctx, n))
}

// sumTree passes a local function variable, a recursive literal, to a module function's parameter: the variable's
// type, each's parameter and the literal change together (the shape of cmd/gofmt's rewriteVal and apply).
func each(__atel_tracing_ctx __atel_context.Context, xs []int, f func(__atel_context.Context, int) int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.each")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	total := 0
	for _, x := range xs {
		total += f(__atel_child_tracing_ctx, x)
	}
	return total
}

func sumTree(__atel_tracing_ctx __atel_context.Context, xs []int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.sumTree")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	var visit func(__atel_tracing_ctx __atel_context.Context, x int) int
	visit = func(__atel_tracing_ctx __atel_context.Context, x int) int {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.sumTree$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End()
		if x > 10 {
			return each(__atel_child_tracing_ctx, []int{x / 10, x % 10}, visit)
		}
		return double(__atel_child_tracing_ctx, x)
	}
	return each(__atel_child_tracing_ctx, xs, visit)
}

// Celsius is a named function type with a method: it keeps its type, as before.
type Celsius func(float64) float64

func (c Celsius) At(__atel_tracing_ctx __atel_context.Context, f float64) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Celsius.At")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return c(f)
}

type unit struct{ convert Celsius }

func fromF(__atel_tracing_ctx __atel_context.Context, f float64) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.fromF")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return (f - 32) * 5 / 9
}

// hooked's field flows into an interface{}: the group keeps its type, and says why.
type hooked struct{ on func(string) string }

var hooks = []hooked{{on: strings.TrimSpace}, {on: trim}}

func trim(s string) string { return strings.Trim(s, "-") }

var seen []interface{}

func dispatch(__atel_tracing_ctx __atel_context.Context, name string, args []string) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.dispatch")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	c, ok := commands[name]
	if !ok {
		return -1
	}
	if c.help != nil {
		fmt.Println(name+":", c.help(__atel_child_tracing_ctx))
	}
	return c.run(__atel_child_tracing_ctx, args)
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
	fmt.Println(dispatch(__atel_child_tracing_ctx, "sum", []string{"1", "2", "3"}))
	fmt.Println(dispatch(__atel_child_tracing_ctx, "count", []string{"a", "b"}))
	fmt.Println(dispatch(__atel_child_tracing_ctx, "none", nil))
	for _, o := range ops {
		fmt.Println(o.name, o.apply(__atel_child_tracing_ctx, 7))
	}
	fmt.Println(registry["greet"].fn(__atel_child_tracing_ctx, 2, "ann"))
	fmt.Println(registry["shout"].fn(__atel_child_tracing_ctx, 1, "bob"))
	u := unit{convert: func(__atel_p0 float64) float64 { return fromF(__atel_child_tracing_ctx, __atel_p0) }}
	fmt.Println(u.convert.At(__atel_child_tracing_ctx, 212))
	for _, h := range hooks {
		seen = append(seen, h.on)
		fmt.Println(h.on("-- x --"))
	}
	fmt.Println(len(seen), sum(__atel_child_tracing_ctx, []string{"4"}))
	fmt.Println(entries["neg"].run(__atel_child_tracing_ctx, 5), entries["abs"].run(__atel_child_tracing_ctx, -3))
	fmt.Println(timed(__atel_child_tracing_ctx, "square", square, 9), timed(__atel_child_tracing_ctx, "double", double, 1))
	fmt.Println(sumTree(__atel_child_tracing_ctx, []int{3, 45}))
}

var __atel_tracer = __atel_otel.Tracer("example.com/func-fields")

var __atel_code_sum = __atel_rtlib.Code("example.com/func-fields", "main.sum", "sum", "example.com/func-fields", "example.com/func-fields/main.go", 23)

var __atel_code_count = __atel_rtlib.Code("example.com/func-fields", "main.count", "count", "example.com/func-fields", "example.com/func-fields/main.go", 31)

var __atel_code_parse = __atel_rtlib.Code("example.com/func-fields", "main.parse", "parse", "example.com/func-fields", "example.com/func-fields/main.go", 33)

var __atel_code_double = __atel_rtlib.Code("example.com/func-fields", "main.double", "double", "example.com/func-fields", "example.com/func-fields/main.go", 49)

var __atel_code_square = __atel_rtlib.Code("example.com/func-fields", "main.square", "square", "example.com/func-fields", "example.com/func-fields/main.go", 51)

var __atel_code_greet = __atel_rtlib.Code("example.com/func-fields", "main.greet", "greet", "example.com/func-fields", "example.com/func-fields/main.go", 67)

var __atel_code_shout = __atel_rtlib.Code("example.com/func-fields", "main.shout", "shout", "example.com/func-fields", "example.com/func-fields/main.go", 69)

var __atel_code_neg = __atel_rtlib.Code("example.com/func-fields", "main.neg", "neg", "example.com/func-fields", "example.com/func-fields/main.go", 93)

var __atel_code_timed = __atel_rtlib.Code("example.com/func-fields", "main.timed", "timed", "example.com/func-fields", "example.com/func-fields/main.go", 96)

var __atel_code_each = __atel_rtlib.Code("example.com/func-fields", "main.each", "each", "example.com/func-fields", "example.com/func-fields/main.go", 100)

var __atel_code_sumTree = __atel_rtlib.Code("example.com/func-fields", "main.sumTree", "sumTree", "example.com/func-fields", "example.com/func-fields/main.go", 108)

var __atel_code_Celsius_At = __atel_rtlib.Code("example.com/func-fields", "main.Celsius.At", "At", "example.com/func-fields.Celsius", "example.com/func-fields/main.go", 122)

var __atel_code_fromF = __atel_rtlib.Code("example.com/func-fields", "main.fromF", "fromF", "example.com/func-fields", "example.com/func-fields/main.go", 126)

var __atel_code_dispatch = __atel_rtlib.Code("example.com/func-fields", "main.dispatch", "dispatch", "example.com/func-fields", "example.com/func-fields/main.go", 137)

var __atel_code_main = __atel_rtlib.Code("example.com/func-fields", "main.main", "main", "example.com/func-fields", "example.com/func-fields/main.go", 148)

var __atel_code_init_1 = __atel_rtlib.Code("example.com/func-fields", "main.init$1", "init$1", "example.com/func-fields", "example.com/func-fields/main.go", 85)

var __atel_code_sumTree_1 = __atel_rtlib.Code("example.com/func-fields", "main.sumTree$1", "sumTree$1", "example.com/func-fields", "example.com/func-fields/main.go", 110)

var __atel_code_init_2 = __atel_rtlib.Code("example.com/func-fields", "main.init$2", "init$2", "example.com/func-fields", "example.com/func-fields/main.go", 19)

var __atel_code_init_3 = __atel_rtlib.Code("example.com/func-fields", "main.init$3", "init$3", "example.com/func-fields", "example.com/func-fields/main.go", 46)
