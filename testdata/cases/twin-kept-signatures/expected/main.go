package main

import (
	"fmt"
	"io"
	"os"
	"reflect"
	"runtime"

	"example.com/twin-kept-signatures/out"
	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_codes "go.opentelemetry.io/otel/codes"
	__atel_trace "go.opentelemetry.io/otel/trace"
	__atel_rtlib "instrgen.dev/rtlib"
)

// reporter counts what it writes; it is an io.Writer for fmt.Fprintf.
type reporter struct {
	w io.Writer
	n int
}

// Write forwards p and counts it.
func (r *reporter) Write(p []byte) (int, error) {
	return r.__atel_twin_Write(__atel_context.Background(), p)
}

func (r *reporter) __atel_twin_Write(__atel_tracing_ctx __atel_context.Context, p []byte) (__atel_ret0 int, __atel_ret1 error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "main.(*reporter).Write")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_end(__atel_span, &__atel_ret1)
	r.n += len(p)
	return r.w.Write(p)
}

// Close panics past a limit and recovers into its named result; io.Closer keeps its signature.
func (r *reporter) Close() (err error) {
	return r.__atel_twin_Close(__atel_context.Background())
}

func (r *reporter) __atel_twin_Close(__atel_tracing_ctx __atel_context.Context) (err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "main.(*reporter).Close")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &err)
	defer func() {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.(*reporter).Close$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End()
		if x := recover(); x != nil {
			err = fmt.Errorf("recovered: %v", x)
		}
	}()
	if r.n > 10 {
		panic("too much written")
	}
	return nil
}

// tee promotes the reporter's methods.
type tee struct {
	*reporter
}

// nop writes nowhere; its receiver and parameter have no names.
type nop struct{}

func (__atel_r nop) Write(__atel_u0 []byte) (int, error) {
	return __atel_r.__atel_twin_Write(__atel_context.Background(), __atel_u0)
}

func (nop) __atel_twin_Write(__atel_tracing_ctx __atel_context.Context, __atel_u0 []byte) (__atel_ret0 int, __atel_ret1 error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "main.nop.Write")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_ret1) //instrgen:oneline
	return 0, nil
}

// box is generic; its String keeps its signature for fmt.Stringer.
type box[T any] struct {
	v T
}

func (b *box[T]) String() string {
	return b.__atel_twin_String(__atel_context.Background())
}

func (b *box[T]) __atel_twin_String(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "main.(*box).String")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return fmt.Sprint("box(", b.v, ")")
}

// first is generic, and kept: a call passes it another call's results.
func first[T any](a T, __atel_u1 int) T {
	return __atel_twin_first[T](__atel_context.Background(), a, __atel_u1)
}

func __atel_twin_first[T any](__atel_tracing_ctx __atel_context.Context, a T, _ int) T {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.first")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return a
}

func two(__atel_tracing_ctx __atel_context.Context) (string, int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.two")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return "two", 2
}

// node's methods are called by name through reflection.
type node struct {
	name string
}

func (n node) Name() string {
	return n.__atel_twin_Name(__atel_context.Background())
}

func (n node) __atel_twin_Name(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "main.node.Name")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return "node " + n.name
}

// logf is a function value whose name is printed: it keeps its identity.
func logf(format string, args ...interface{}) {
	__atel_twin_logf(__atel_context.Background(), format, args...)
}

func __atel_twin_logf(__atel_tracing_ctx __atel_context.Context, format string, args ...interface{}) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "main.logf")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	fmt.Printf("log: "+format+"\n", args...)
}

func emit(__atel_tracing_ctx __atel_context.Context, r *reporter, s string) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.emit")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
	r.__atel_twin_Write(__atel_child_tracing_ctx, []byte(s+"\n"))
	fmt.Fprintf(r, "via fmt: %s\n", s)
	t := tee{r}
	t.__atel_twin_Write(__atel_child_tracing_ctx, []byte("via tee\n"))
	var w io.Writer = nop{}
	fmt.Fprint(w, "ignored")
	nop{}.__atel_twin_Write(__atel_child_tracing_ctx, nil)
}

func reflected(__atel_tracing_ctx __atel_context.Context, n node) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.reflected")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
	v := reflect.ValueOf(n).MethodByName("Name").Call(nil)
	fmt.Println("by name:", v[0].String())
	fmt.Println("direct:", n.__atel_twin_Name(__atel_child_tracing_ctx))
}

func generics(__atel_tracing_ctx __atel_context.Context) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.generics")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
	b := &box[int]{v: 7}
	fmt.Println(b)
	fmt.Println("direct:", b.__atel_twin_String(__atel_child_tracing_ctx))
	fmt.Println(first(two(__atel_child_tracing_ctx)), __atel_twin_first[string](__atel_child_tracing_ctx, "one", 1))
}

func buffers(__atel_tracing_ctx __atel_context.Context) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.buffers")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
	b := &out.Buffer{}
	b.Add(__atel_child_tracing_ctx, "a")
	b.Add(__atel_child_tracing_ctx, "b")
	fmt.Println(b.Summary(__atel_child_tracing_ctx), out.AtelTwinOf__Buffer__String(b, __atel_child_tracing_ctx), b)
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
	r := &reporter{w: os.Stdout}
	emit(__atel_child_tracing_ctx, r, "hello")
	fmt.Println("written:", r.n, "close:", r.__atel_twin_Close(__atel_child_tracing_ctx))
	var c io.Closer = r
	fmt.Println("as closer:", c.Close())
	reflected(__atel_child_tracing_ctx, node{name: "x"})
	generics(__atel_child_tracing_ctx)
	buffers(__atel_child_tracing_ctx)
	__atel_twin_logf(__atel_child_tracing_ctx, "%d %s", 1, "one")
	fmt.Println(runtime.FuncForPC(reflect.ValueOf(logf).Pointer()).Name())
}

var __atel_tracer = __atel_otel.Tracer("example.com/twin-kept-signatures")

var __atel_code_reporter_Write = __atel_rtlib.Code("example.com/twin-kept-signatures", "main.(*reporter).Write", "Write", "example.com/twin-kept-signatures.(*reporter)", "example.com/twin-kept-signatures/main.go", 21)

var __atel_code_reporter_Close = __atel_rtlib.Code("example.com/twin-kept-signatures", "main.(*reporter).Close", "Close", "example.com/twin-kept-signatures.(*reporter)", "example.com/twin-kept-signatures/main.go", 27)

var __atel_code_nop_Write = __atel_rtlib.Code("example.com/twin-kept-signatures", "main.nop.Write", "Write", "example.com/twin-kept-signatures.nop", "example.com/twin-kept-signatures/main.go", 47)

var __atel_code_box_String = __atel_rtlib.Code("example.com/twin-kept-signatures", "main.(*box).String", "String", "example.com/twin-kept-signatures.(*box)", "example.com/twin-kept-signatures/main.go", 54)

var __atel_code_first = __atel_rtlib.Code("example.com/twin-kept-signatures", "main.first", "first", "example.com/twin-kept-signatures", "example.com/twin-kept-signatures/main.go", 59)

var __atel_code_two = __atel_rtlib.Code("example.com/twin-kept-signatures", "main.two", "two", "example.com/twin-kept-signatures", "example.com/twin-kept-signatures/main.go", 63)

var __atel_code_node_Name = __atel_rtlib.Code("example.com/twin-kept-signatures", "main.node.Name", "Name", "example.com/twin-kept-signatures.node", "example.com/twin-kept-signatures/main.go", 70)

var __atel_code_logf = __atel_rtlib.Code("example.com/twin-kept-signatures", "main.logf", "logf", "example.com/twin-kept-signatures", "example.com/twin-kept-signatures/main.go", 75)

var __atel_code_emit = __atel_rtlib.Code("example.com/twin-kept-signatures", "main.emit", "emit", "example.com/twin-kept-signatures", "example.com/twin-kept-signatures/main.go", 79)

var __atel_code_reflected = __atel_rtlib.Code("example.com/twin-kept-signatures", "main.reflected", "reflected", "example.com/twin-kept-signatures", "example.com/twin-kept-signatures/main.go", 89)

var __atel_code_generics = __atel_rtlib.Code("example.com/twin-kept-signatures", "main.generics", "generics", "example.com/twin-kept-signatures", "example.com/twin-kept-signatures/main.go", 95)

var __atel_code_buffers = __atel_rtlib.Code("example.com/twin-kept-signatures", "main.buffers", "buffers", "example.com/twin-kept-signatures", "example.com/twin-kept-signatures/main.go", 102)

var __atel_code_main = __atel_rtlib.Code("example.com/twin-kept-signatures", "main.main", "main", "example.com/twin-kept-signatures", "example.com/twin-kept-signatures/main.go", 109)

var __atel_code_reporter_Close_1 = __atel_rtlib.Code("example.com/twin-kept-signatures", "main.(*reporter).Close$1", "Close$1", "example.com/twin-kept-signatures.(*reporter)", "example.com/twin-kept-signatures/main.go", 28)

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
