// An outline printer that writes through a buffered writer it holds behind its own interface: a *bufio.Writer for
// the terminal, or a counting writer of its own in dry runs. Flushing goes through a second interface.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_codes "go.opentelemetry.io/otel/codes"
	__atel_trace "go.opentelemetry.io/otel/trace"
	__atel_rtlib "instrgen.dev/rtlib"
)

// bufWriter is what the printer needs of its output; *bufio.Writer has all of it.
type bufWriter interface {
	Reset(w io.Writer)
	Flush() error
	WriteByte(c byte) error
	WriteString(s string) (int, error)
}

// flushableWriter is an io.Writer that buffers.
type flushableWriter interface {
	io.Writer
	Flush() error
}

type printer struct {
	out    bufWriter
	indent int
	lines  int
}

func newPrinter(__atel_tracing_ctx __atel_context.Context, w io.Writer) *printer {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.newPrinter")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
	return &printer{out: bufio.NewWriter(w)}
}

func (p *printer) line(__atel_tracing_ctx __atel_context.Context, s string) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*printer).line")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	__atel_via_bufWriter(p.out).__atel_twin_WriteString(__atel_child_tracing_ctx, strings.Repeat("  ", p.indent))
	__atel_via_bufWriter(p.out).__atel_twin_WriteString(__atel_child_tracing_ctx, s)
	__atel_via_bufWriter(p.out).__atel_twin_WriteByte(__atel_child_tracing_ctx, '\n')
	p.lines++
}

func (p *printer) retarget(__atel_tracing_ctx __atel_context.Context, w io.Writer) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*printer).retarget")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	__atel_via_bufWriter(p.out).__atel_twin_Flush(__atel_child_tracing_ctx)
	__atel_via_bufWriter(p.out).__atel_twin_Reset(__atel_child_tracing_ctx, w)
}

func (p *printer) finish(__atel_tracing_ctx __atel_context.Context) (__atel_err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*printer).finish")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_err)
	if bw, ok := p.out.(*bufio.Writer); ok {
		fmt.Printf("(%d bytes still buffered)\n", bw.Buffered())
	}
	return __atel_via_bufWriter(p.out).__atel_twin_Flush(__atel_child_tracing_ctx)
}

type node struct {
	name     string
	children []node
}

func render(__atel_tracing_ctx __atel_context.Context, p *printer, n node) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.render")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	p.line(__atel_child_tracing_ctx, n.name)
	p.indent++
	for _, c := range n.children {
		render(__atel_child_tracing_ctx, p, c)
	}
	p.indent--
}

// countingWriter is a dry-run bufWriter: it counts what would be written.
type countingWriter struct {
	buf     strings.Builder
	flushes int
	bytes   int
}

func (c *countingWriter) Reset(w io.Writer) {
	c.__atel_twin_Reset(__atel_context.Background(), w)
}

func (c *countingWriter) __atel_twin_Reset(__atel_tracing_ctx __atel_context.Context, w io.Writer) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*countingWriter).Reset")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	c.buf.Reset()
}

func (c *countingWriter) Flush() error {
	return c.__atel_twin_Flush(__atel_context.Background())
}

func (c *countingWriter) __atel_twin_Flush(__atel_tracing_ctx __atel_context.Context) (__atel_err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*countingWriter).Flush")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_err)
	c.flushes++
	c.bytes += c.buf.Len()
	c.buf.Reset()
	return nil
}

func (c *countingWriter) WriteByte(b byte) error {
	return c.__atel_twin_WriteByte(__atel_context.Background(), b)
}

func (c *countingWriter) __atel_twin_WriteByte(__atel_tracing_ctx __atel_context.Context, b byte) (__atel_err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*countingWriter).WriteByte")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_err) //instrgen:oneline
	return c.buf.WriteByte(b)
}

func (c *countingWriter) WriteString(s string) (int, error) {
	return c.__atel_twin_WriteString(__atel_context.Background(), s)
}

func (c *countingWriter) __atel_twin_WriteString(__atel_tracing_ctx __atel_context.Context, s string) (__atel_ret0 int, __atel_ret1 error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*countingWriter).WriteString")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_ret1) //instrgen:oneline
	return c.buf.WriteString(s)
}

// upperWriter writes upper case through to another writer, and buffers nothing.
type upperWriter struct {
	w       io.Writer
	flushed bool
}

func (u *upperWriter) Write(p []byte) (__atel_ret0 int, __atel_ret1 error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.(*upperWriter).Write")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_end(__atel_span, &__atel_ret1)
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

func (u *upperWriter) Flush() error {
	return u.__atel_twin_Flush(__atel_context.Background())
}

func (u *upperWriter) __atel_twin_Flush(__atel_tracing_ctx __atel_context.Context) (__atel_err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*upperWriter).Flush")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_err)
	u.flushed = true
	return nil
}

// flush flushes w when it buffers.
func flush(__atel_tracing_ctx __atel_context.Context, w io.Writer) (__atel_err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.flush")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_err)
	if f, ok := w.(flushableWriter); ok {
		return __atel_via_flushableWriter(f).__atel_twin_Flush(__atel_child_tracing_ctx)
	}
	return nil
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
	tree := node{"project", []node{{"cmd", []node{{"main.go", nil}}}, {"internal", []node{{"store", nil}, {"web", nil}}}}}

	p := newPrinter(__atel_child_tracing_ctx, os.Stdout)
	render(__atel_child_tracing_ctx, p, tree)
	if err := p.finish(__atel_child_tracing_ctx); err != nil {
		fmt.Println("error:", err)
	}
	var sb strings.Builder
	p.retarget(__atel_child_tracing_ctx, &sb)
	render(__atel_child_tracing_ctx, p, tree.children[1])
	p.finish(__atel_child_tracing_ctx)
	fmt.Printf("captured %q\n", sb.String())

	dry := &countingWriter{}
	q := &printer{out: dry}
	render(__atel_child_tracing_ctx, q, tree)
	q.retarget(__atel_child_tracing_ctx, io.Discard)
	q.finish(__atel_child_tracing_ctx)
	fmt.Printf("dry run: %d lines, %d bytes, %d flushes\n", q.lines, dry.bytes, dry.flushes)

	bw := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(bw, "footer written through bufio")
	flush(__atel_child_tracing_ctx, bw)
	up := &upperWriter{w: os.Stdout}
	fmt.Fprintln(up, "footer written through upperWriter")
	flush(__atel_child_tracing_ctx, up)
	fmt.Println("upperWriter flushed:", up.flushed)
}

var __atel_tracer = __atel_otel.Tracer("example.com/outside-implementation")

var __atel_code_newPrinter = __atel_rtlib.Code("example.com/outside-implementation", "main.newPrinter", "newPrinter", "example.com/outside-implementation", "example.com/outside-implementation/main.go", 35)

var __atel_code_printer_line = __atel_rtlib.Code("example.com/outside-implementation", "main.(*printer).line", "line", "example.com/outside-implementation.(*printer)", "example.com/outside-implementation/main.go", 39)

var __atel_code_printer_retarget = __atel_rtlib.Code("example.com/outside-implementation", "main.(*printer).retarget", "retarget", "example.com/outside-implementation.(*printer)", "example.com/outside-implementation/main.go", 46)

var __atel_code_printer_finish = __atel_rtlib.Code("example.com/outside-implementation", "main.(*printer).finish", "finish", "example.com/outside-implementation.(*printer)", "example.com/outside-implementation/main.go", 51)

var __atel_code_render = __atel_rtlib.Code("example.com/outside-implementation", "main.render", "render", "example.com/outside-implementation", "example.com/outside-implementation/main.go", 63)

var __atel_code_countingWriter_Reset = __atel_rtlib.Code("example.com/outside-implementation", "main.(*countingWriter).Reset", "Reset", "example.com/outside-implementation.(*countingWriter)", "example.com/outside-implementation/main.go", 79)

var __atel_code_countingWriter_Flush = __atel_rtlib.Code("example.com/outside-implementation", "main.(*countingWriter).Flush", "Flush", "example.com/outside-implementation.(*countingWriter)", "example.com/outside-implementation/main.go", 81)

var __atel_code_countingWriter_WriteByte = __atel_rtlib.Code("example.com/outside-implementation", "main.(*countingWriter).WriteByte", "WriteByte", "example.com/outside-implementation.(*countingWriter)", "example.com/outside-implementation/main.go", 88)

var __atel_code_countingWriter_WriteString = __atel_rtlib.Code("example.com/outside-implementation", "main.(*countingWriter).WriteString", "WriteString", "example.com/outside-implementation.(*countingWriter)", "example.com/outside-implementation/main.go", 90)

var __atel_code_upperWriter_Write = __atel_rtlib.Code("example.com/outside-implementation", "main.(*upperWriter).Write", "Write", "example.com/outside-implementation.(*upperWriter)", "example.com/outside-implementation/main.go", 98)

var __atel_code_upperWriter_Flush = __atel_rtlib.Code("example.com/outside-implementation", "main.(*upperWriter).Flush", "Flush", "example.com/outside-implementation.(*upperWriter)", "example.com/outside-implementation/main.go", 102)

var __atel_code_flush = __atel_rtlib.Code("example.com/outside-implementation", "main.flush", "flush", "example.com/outside-implementation", "example.com/outside-implementation/main.go", 108)

var __atel_code_main = __atel_rtlib.Code("example.com/outside-implementation", "main.main", "main", "example.com/outside-implementation", "example.com/outside-implementation/main.go", 115)

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

type __atel_dispatch_bufWriter struct{ __atel_v bufWriter }

func __atel_via_bufWriter(__atel_v bufWriter) __atel_dispatch_bufWriter {
	return __atel_dispatch_bufWriter{__atel_v}
}

func (__atel_d __atel_dispatch_bufWriter) __atel_twin_Flush(__atel_tracing_ctx __atel_context.Context) error {
	if __atel_t, __atel_ok := __atel_d.__atel_v.(interface {
		__atel_twin_Flush(__atel_context.Context) error
	}); __atel_ok {
		return __atel_t.__atel_twin_Flush(__atel_tracing_ctx)
	}
	return __atel_d.__atel_v.Flush()
}

func (__atel_d __atel_dispatch_bufWriter) __atel_twin_Reset(__atel_tracing_ctx __atel_context.Context, __atel_p0 io.Writer) {
	if __atel_t, __atel_ok := __atel_d.__atel_v.(interface {
		__atel_twin_Reset(__atel_context.Context, io.Writer)
	}); __atel_ok {
		__atel_t.__atel_twin_Reset(__atel_tracing_ctx, __atel_p0)
		return
	}
	__atel_d.__atel_v.Reset(__atel_p0)
}

func (__atel_d __atel_dispatch_bufWriter) __atel_twin_WriteByte(__atel_tracing_ctx __atel_context.Context, __atel_p0 byte) error {
	if __atel_t, __atel_ok := __atel_d.__atel_v.(interface {
		__atel_twin_WriteByte(__atel_context.Context, byte) error
	}); __atel_ok {
		return __atel_t.__atel_twin_WriteByte(__atel_tracing_ctx, __atel_p0)
	}
	return __atel_d.__atel_v.WriteByte(__atel_p0)
}

func (__atel_d __atel_dispatch_bufWriter) __atel_twin_WriteString(__atel_tracing_ctx __atel_context.Context, __atel_p0 string) (int, error) {
	if __atel_t, __atel_ok := __atel_d.__atel_v.(interface {
		__atel_twin_WriteString(__atel_context.Context, string) (int, error)
	}); __atel_ok {
		return __atel_t.__atel_twin_WriteString(__atel_tracing_ctx, __atel_p0)
	}
	return __atel_d.__atel_v.WriteString(__atel_p0)
}

type __atel_dispatch_flushableWriter struct{ __atel_v flushableWriter }

func __atel_via_flushableWriter(__atel_v flushableWriter) __atel_dispatch_flushableWriter {
	return __atel_dispatch_flushableWriter{__atel_v}
}

func (__atel_d __atel_dispatch_flushableWriter) __atel_twin_Flush(__atel_tracing_ctx __atel_context.Context) error {
	if __atel_t, __atel_ok := __atel_d.__atel_v.(interface {
		__atel_twin_Flush(__atel_context.Context) error
	}); __atel_ok {
		return __atel_t.__atel_twin_Flush(__atel_tracing_ctx)
	}
	return __atel_d.__atel_v.Flush()
}
