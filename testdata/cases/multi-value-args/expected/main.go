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
	__atel_attribute "go.opentelemetry.io/otel/attribute"
	__atel_codes "go.opentelemetry.io/otel/codes"
	__atel_trace "go.opentelemetry.io/otel/trace"
)

type counter struct{ n int }

func split(__atel_tracing_ctx __atel_context.Context, s string) (string, string) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.split")
	__atel_span.SetAttributes(__atel_attrs_split...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	head, tail, _ := strings.Cut(s, "=")
	return head, tail
}

func join(__atel_tracing_ctx __atel_context.Context, k, v string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.join")
	__atel_span.SetAttributes(__atel_attrs_join...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return k + ":" + v
}

// parse returns a value and an error, passed on as they are.
func parse(__atel_tracing_ctx __atel_context.Context, s string) (__atel_ret0 int, __atel_ret1 error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.parse")
	__atel_span.SetAttributes(__atel_attrs_parse...)
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_ret1)
	if s == "" {
		return 0, errors.New("empty")
	}
	return len(s), nil
}

func check(__atel_tracing_ctx __atel_context.Context, n int, err error) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.check")
	__atel_span.SetAttributes(__atel_attrs_check...)
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
	__atel_span.SetAttributes(__atel_attrs_words...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return strings.Join(parts, sep)
}

func pair(__atel_tracing_ctx __atel_context.Context) (string, string, string) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.pair")
	__atel_span.SetAttributes(__atel_attrs_pair...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return "-", "a", "b"
}

// add is a method: its receiver is evaluated before next() runs, so it keeps its signature.
func (c *counter) add(a, b int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_context.Background(), "main.(*counter).add")
	__atel_span.SetAttributes(__atel_attrs_counter_add...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	c.n += a + b
	return c.n
}

func next(__atel_tracing_ctx __atel_context.Context, c *counter) (int, int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.next")
	__atel_span.SetAttributes(__atel_attrs_next...)
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
	__atel_span.SetAttributes(__atel_attrs_main...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	rtlib.AutotelEntryPoint()

	fmt.Println(func(__atel_p0 string, __atel_p1 string) string {
		return join(__atel_child_tracing_ctx, __atel_p0, __atel_p1)
	}(split(__atel_child_tracing_ctx, "a=b")))
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
		__atel_span.SetAttributes(__atel_attrs_main_1...)
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

var __atel_attrs_split = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "split"), __atel_attribute.String("code.namespace", "example.com/multi-value-args"), __atel_attribute.String("code.filepath", "example.com/multi-value-args/main.go"), __atel_attribute.Int("code.lineno", 15)}

var __atel_attrs_join = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "join"), __atel_attribute.String("code.namespace", "example.com/multi-value-args"), __atel_attribute.String("code.filepath", "example.com/multi-value-args/main.go"), __atel_attribute.Int("code.lineno", 20)}

var __atel_attrs_parse = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "parse"), __atel_attribute.String("code.namespace", "example.com/multi-value-args"), __atel_attribute.String("code.filepath", "example.com/multi-value-args/main.go"), __atel_attribute.Int("code.lineno", 25)}

var __atel_attrs_check = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "check"), __atel_attribute.String("code.namespace", "example.com/multi-value-args"), __atel_attribute.String("code.filepath", "example.com/multi-value-args/main.go"), __atel_attribute.Int("code.lineno", 32)}

var __atel_attrs_words = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "words"), __atel_attribute.String("code.namespace", "example.com/multi-value-args"), __atel_attribute.String("code.filepath", "example.com/multi-value-args/main.go"), __atel_attribute.Int("code.lineno", 40)}

var __atel_attrs_pair = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "pair"), __atel_attribute.String("code.namespace", "example.com/multi-value-args"), __atel_attribute.String("code.filepath", "example.com/multi-value-args/main.go"), __atel_attribute.Int("code.lineno", 44)}

var __atel_attrs_counter_add = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "add"), __atel_attribute.String("code.namespace", "example.com/multi-value-args.(*counter)"), __atel_attribute.String("code.filepath", "example.com/multi-value-args/main.go"), __atel_attribute.Int("code.lineno", 49)}

var __atel_attrs_next = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "next"), __atel_attribute.String("code.namespace", "example.com/multi-value-args"), __atel_attribute.String("code.filepath", "example.com/multi-value-args/main.go"), __atel_attribute.Int("code.lineno", 54)}

var __atel_attrs_main = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "main"), __atel_attribute.String("code.namespace", "example.com/multi-value-args"), __atel_attribute.String("code.filepath", "example.com/multi-value-args/main.go"), __atel_attribute.Int("code.lineno", 65)}

var __atel_attrs_main_1 = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "main$1"), __atel_attribute.String("code.namespace", "example.com/multi-value-args"), __atel_attribute.String("code.filepath", "example.com/multi-value-args/main.go"), __atel_attribute.Int("code.lineno", 80)}

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
