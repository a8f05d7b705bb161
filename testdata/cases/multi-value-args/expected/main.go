package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"

	"example.com/multi-value-args/geo"
	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_codes "go.opentelemetry.io/otel/codes"
	__atel_trace "go.opentelemetry.io/otel/trace"
	__atel_rtlib "instrgen.dev/rtlib"
)

type counter struct{ n int }

func split(__atel_tracing_ctx __atel_context.Context, s string) (string, string) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.split")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	head, tail, _ := strings.Cut(s, "=")
	return head, tail
}

func join(__atel_tracing_ctx __atel_context.Context, k, v string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.join")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return k + ":" + v
}

// parse returns a value and an error, passed on as they are.
func parse(__atel_tracing_ctx __atel_context.Context, s string) (__atel_ret0 int, __atel_ret1 error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.parse")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_ret1)
	if s == "" {
		return 0, errors.New("empty")
	}
	return len(s), nil
}

func check(__atel_tracing_ctx __atel_context.Context, n int, err error) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.check")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if err != nil {
		return "error: " + err.Error()
	}
	return fmt.Sprint("ok ", n)
}

// words is variadic: the results after the regular parameters go to it.
func words(__atel_tracing_ctx __atel_context.Context, sep string, parts ...string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.words")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return strings.Join(parts, sep)
}

// joined has a one-line body around a call that takes split's results: prune puts it back on one line with the call.
func joined(__atel_tracing_ctx __atel_context.Context, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.joined")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return func(__atel_p0 string, __atel_p1 string) string {
		return join(__atel_child_tracing_ctx, __atel_p0, __atel_p1)
	}(split(__atel_child_tracing_ctx, s))
}

func pair(__atel_tracing_ctx __atel_context.Context) (string, string, string) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.pair")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return "-", "a", "b"
}

// add is a method: its receiver is evaluated before next() runs, so it keeps its signature.
func (c *counter) add(a, b int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_context.Background(), "main.(*counter).add")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	c.n += a + b
	return c.n
}

func next(__atel_tracing_ctx __atel_context.Context, c *counter) (int, int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.next")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	c.n *= 10
	return 1, 2
}

var fromInit string

func init() {
	fromInit = func(__atel_p0 string, __atel_p1 string) string {
		return join(__atel_context.TODO(), __atel_p0, __atel_p1)
	}(split(__atel_context.TODO(), "init=yes"))
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

	fmt.Println(func(__atel_p0 string, __atel_p1 string) string {
		return join(__atel_child_tracing_ctx, __atel_p0, __atel_p1)
	}(split(__atel_child_tracing_ctx, "a=b")))
	fmt.Println(joined(__atel_child_tracing_ctx, "c=d"))
	fmt.Println(func(__atel_p0 int, __atel_p1 error) string {
		return check(__atel_child_tracing_ctx, __atel_p0, __atel_p1)
	}(parse(__atel_child_tracing_ctx, "hello")))
	fmt.Println(func(__atel_p0 int, __atel_p1 error) string {
		return check(__atel_child_tracing_ctx, __atel_p0, __atel_p1)
	}(parse(__atel_child_tracing_ctx, "")))
	fmt.Println(func(__atel_p0 string, __atel_p1 ...string) string {
		return words(__atel_child_tracing_ctx, __atel_p0, __atel_p1...)
	}(pair(__atel_child_tracing_ctx)))
	fmt.Println(func(__atel_p0 float64, __atel_p1 float64) string {
		return geo.Format(__atel_child_tracing_ctx, __atel_p0, __atel_p1)
	}(geo.Polar(__atel_child_tracing_ctx, 3, 4)))
	c := &counter{n: 1}
	fmt.Println(c.add(next(__atel_child_tracing_ctx, c)), c.n)
	fmt.Println(fromInit)

	var wg sync.WaitGroup
	results := make([]string, 1)
	wg.Add(1)
	go func() {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.main$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End()
		defer wg.Done()
		results[0] = func(__atel_p0 string, __atel_p1 string) string {
			return join(__atel_child_tracing_ctx, __atel_p0, __atel_p1)
		}(split(__atel_child_tracing_ctx, "go=routine"))
	}()
	wg.Wait()
	fmt.Println(results[0])
}

var __atel_tracer = __atel_otel.Tracer("example.com/multi-value-args")

var __atel_code_split = __atel_rtlib.Code("example.com/multi-value-args", "main.split", "split", "example.com/multi-value-args", "example.com/multi-value-args/main.go", 15)

var __atel_code_join = __atel_rtlib.Code("example.com/multi-value-args", "main.join", "join", "example.com/multi-value-args", "example.com/multi-value-args/main.go", 20)

var __atel_code_parse = __atel_rtlib.Code("example.com/multi-value-args", "main.parse", "parse", "example.com/multi-value-args", "example.com/multi-value-args/main.go", 25)

var __atel_code_check = __atel_rtlib.Code("example.com/multi-value-args", "main.check", "check", "example.com/multi-value-args", "example.com/multi-value-args/main.go", 32)

var __atel_code_words = __atel_rtlib.Code("example.com/multi-value-args", "main.words", "words", "example.com/multi-value-args", "example.com/multi-value-args/main.go", 40)

var __atel_code_joined = __atel_rtlib.Code("example.com/multi-value-args", "main.joined", "joined", "example.com/multi-value-args", "example.com/multi-value-args/main.go", 45)

var __atel_code_pair = __atel_rtlib.Code("example.com/multi-value-args", "main.pair", "pair", "example.com/multi-value-args", "example.com/multi-value-args/main.go", 47)

var __atel_code_counter_add = __atel_rtlib.Code("example.com/multi-value-args", "main.(*counter).add", "add", "example.com/multi-value-args.(*counter)", "example.com/multi-value-args/main.go", 52)

var __atel_code_next = __atel_rtlib.Code("example.com/multi-value-args", "main.next", "next", "example.com/multi-value-args", "example.com/multi-value-args/main.go", 57)

var __atel_code_main = __atel_rtlib.Code("example.com/multi-value-args", "main.main", "main", "example.com/multi-value-args", "example.com/multi-value-args/main.go", 68)

var __atel_code_main_1 = __atel_rtlib.Code("example.com/multi-value-args", "main.main$1", "main$1", "example.com/multi-value-args", "example.com/multi-value-args/main.go", 84)

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
