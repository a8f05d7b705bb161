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
	__atel_attribute "go.opentelemetry.io/otel/attribute"
	__atel_codes "go.opentelemetry.io/otel/codes"
	__atel_trace "go.opentelemetry.io/otel/trace"
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
	__atel_span.SetAttributes(__atel_attrs_newPrinter...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return &printer{out: bufio.NewWriter(w)}
}

func (p *printer) line(__atel_tracing_ctx __atel_context.Context, s string) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*printer).line")
	__atel_span.SetAttributes(__atel_attrs_printer_line...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	p.out.WriteString(strings.Repeat("  ", p.indent))
	p.out.WriteString(s)
	p.out.WriteByte('\n')
	p.lines++
}

func (p *printer) retarget(__atel_tracing_ctx __atel_context.Context, w io.Writer) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*printer).retarget")
	__atel_span.SetAttributes(__atel_attrs_printer_retarget...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	p.out.Flush()
	p.out.Reset(w)
}

func (p *printer) finish(__atel_tracing_ctx __atel_context.Context) (__atel_err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*printer).finish")
	__atel_span.SetAttributes(__atel_attrs_printer_finish...)
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_err)
	if bw, ok := p.out.(*bufio.Writer); ok {
		fmt.Printf("(%d bytes still buffered)\n", bw.Buffered())
	}
	return p.out.Flush()
}

type node struct {
	name     string
	children []node
}

func render(__atel_tracing_ctx __atel_context.Context, p *printer, n node) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.render")
	__atel_span.SetAttributes(__atel_attrs_render...)
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
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_context.Background(), "main.(*countingWriter).Reset")
	__atel_span.SetAttributes(__atel_attrs_countingWriter_Reset...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	c.buf.Reset()
}

func (c *countingWriter) Flush() (__atel_err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_context.Background(), "main.(*countingWriter).Flush")
	__atel_span.SetAttributes(__atel_attrs_countingWriter_Flush...)
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_err)
	c.flushes++
	c.bytes += c.buf.Len()
	c.buf.Reset()
	return nil
}

func (c *countingWriter) WriteByte(b byte) (__atel_err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_context.Background(), "main.(*countingWriter).WriteByte")
	__atel_span.SetAttributes(__atel_attrs_countingWriter_WriteByte...)
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_err) //instrgen:oneline
	return c.buf.WriteByte(b)
}

func (c *countingWriter) WriteString(s string) (__atel_ret0 int, __atel_ret1 error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_context.Background(), "main.(*countingWriter).WriteString")
	__atel_span.SetAttributes(__atel_attrs_countingWriter_WriteString...)
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_ret1) //instrgen:oneline
	return c.buf.WriteString(s)
}

// upperWriter writes upper case through to another writer, and buffers nothing.
type upperWriter struct {
	w       io.Writer
	flushed bool
}

func (u *upperWriter) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

func (u *upperWriter) Flush() (__atel_err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_context.Background(), "main.(*upperWriter).Flush")
	__atel_span.SetAttributes(__atel_attrs_upperWriter_Flush...)
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_err)
	u.flushed = true
	return nil
}

// flush flushes w when it buffers.
func flush(__atel_tracing_ctx __atel_context.Context, w io.Writer) (__atel_err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.flush")
	__atel_span.SetAttributes(__atel_attrs_flush...)
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_err)
	if f, ok := w.(flushableWriter); ok {
		return f.Flush()
	}
	return nil
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

var __atel_attrs_newPrinter = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "newPrinter"), __atel_attribute.String("code.namespace", "example.com/outside-implementation"), __atel_attribute.String("code.filepath", "example.com/outside-implementation/main.go"), __atel_attribute.Int("code.lineno", 35)}

var __atel_attrs_printer_line = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "line"), __atel_attribute.String("code.namespace", "example.com/outside-implementation.(*printer)"), __atel_attribute.String("code.filepath", "example.com/outside-implementation/main.go"), __atel_attribute.Int("code.lineno", 39)}

var __atel_attrs_printer_retarget = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "retarget"), __atel_attribute.String("code.namespace", "example.com/outside-implementation.(*printer)"), __atel_attribute.String("code.filepath", "example.com/outside-implementation/main.go"), __atel_attribute.Int("code.lineno", 46)}

var __atel_attrs_printer_finish = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "finish"), __atel_attribute.String("code.namespace", "example.com/outside-implementation.(*printer)"), __atel_attribute.String("code.filepath", "example.com/outside-implementation/main.go"), __atel_attribute.Int("code.lineno", 51)}

var __atel_attrs_render = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "render"), __atel_attribute.String("code.namespace", "example.com/outside-implementation"), __atel_attribute.String("code.filepath", "example.com/outside-implementation/main.go"), __atel_attribute.Int("code.lineno", 63)}

var __atel_attrs_countingWriter_Reset = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Reset"), __atel_attribute.String("code.namespace", "example.com/outside-implementation.(*countingWriter)"), __atel_attribute.String("code.filepath", "example.com/outside-implementation/main.go"), __atel_attribute.Int("code.lineno", 79)}

var __atel_attrs_countingWriter_Flush = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Flush"), __atel_attribute.String("code.namespace", "example.com/outside-implementation.(*countingWriter)"), __atel_attribute.String("code.filepath", "example.com/outside-implementation/main.go"), __atel_attribute.Int("code.lineno", 81)}

var __atel_attrs_countingWriter_WriteByte = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "WriteByte"), __atel_attribute.String("code.namespace", "example.com/outside-implementation.(*countingWriter)"), __atel_attribute.String("code.filepath", "example.com/outside-implementation/main.go"), __atel_attribute.Int("code.lineno", 88)}

var __atel_attrs_countingWriter_WriteString = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "WriteString"), __atel_attribute.String("code.namespace", "example.com/outside-implementation.(*countingWriter)"), __atel_attribute.String("code.filepath", "example.com/outside-implementation/main.go"), __atel_attribute.Int("code.lineno", 90)}

var __atel_attrs_upperWriter_Flush = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Flush"), __atel_attribute.String("code.namespace", "example.com/outside-implementation.(*upperWriter)"), __atel_attribute.String("code.filepath", "example.com/outside-implementation/main.go"), __atel_attribute.Int("code.lineno", 102)}

var __atel_attrs_flush = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "flush"), __atel_attribute.String("code.namespace", "example.com/outside-implementation"), __atel_attribute.String("code.filepath", "example.com/outside-implementation/main.go"), __atel_attribute.Int("code.lineno", 108)}

var __atel_attrs_main = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "main"), __atel_attribute.String("code.namespace", "example.com/outside-implementation"), __atel_attribute.String("code.filepath", "example.com/outside-implementation/main.go"), __atel_attribute.Int("code.lineno", 115)}

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
