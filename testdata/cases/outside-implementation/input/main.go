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

func newPrinter(w io.Writer) *printer {
	return &printer{out: bufio.NewWriter(w)}
}

func (p *printer) line(s string) {
	p.out.WriteString(strings.Repeat("  ", p.indent))
	p.out.WriteString(s)
	p.out.WriteByte('\n')
	p.lines++
}

func (p *printer) retarget(w io.Writer) {
	p.out.Flush()
	p.out.Reset(w)
}

func (p *printer) finish() error {
	if bw, ok := p.out.(*bufio.Writer); ok {
		fmt.Printf("(%d bytes still buffered)\n", bw.Buffered())
	}
	return p.out.Flush()
}

type node struct {
	name     string
	children []node
}

func render(p *printer, n node) {
	p.line(n.name)
	p.indent++
	for _, c := range n.children {
		render(p, c)
	}
	p.indent--
}

// countingWriter is a dry-run bufWriter: it counts what would be written.
type countingWriter struct {
	buf     strings.Builder
	flushes int
	bytes   int
}

func (c *countingWriter) Reset(w io.Writer) { c.buf.Reset() }

func (c *countingWriter) Flush() error {
	c.flushes++
	c.bytes += c.buf.Len()
	c.buf.Reset()
	return nil
}

func (c *countingWriter) WriteByte(b byte) error { return c.buf.WriteByte(b) }

func (c *countingWriter) WriteString(s string) (int, error) { return c.buf.WriteString(s) }

// upperWriter writes upper case through to another writer, and buffers nothing.
type upperWriter struct {
	w       io.Writer
	flushed bool
}

func (u *upperWriter) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

func (u *upperWriter) Flush() error {
	u.flushed = true
	return nil
}

// flush flushes w when it buffers.
func flush(w io.Writer) error {
	if f, ok := w.(flushableWriter); ok {
		return f.Flush()
	}
	return nil
}

func main() {
	rtlib.AutotelEntryPoint()
	tree := node{"project", []node{{"cmd", []node{{"main.go", nil}}}, {"internal", []node{{"store", nil}, {"web", nil}}}}}

	p := newPrinter(os.Stdout)
	render(p, tree)
	if err := p.finish(); err != nil {
		fmt.Println("error:", err)
	}
	var sb strings.Builder
	p.retarget(&sb)
	render(p, tree.children[1])
	p.finish()
	fmt.Printf("captured %q\n", sb.String())

	dry := &countingWriter{}
	q := &printer{out: dry}
	render(q, tree)
	q.retarget(io.Discard)
	q.finish()
	fmt.Printf("dry run: %d lines, %d bytes, %d flushes\n", q.lines, dry.bytes, dry.flushes)

	bw := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(bw, "footer written through bufio")
	flush(bw)
	up := &upperWriter{w: os.Stdout}
	fmt.Fprintln(up, "footer written through upperWriter")
	flush(up)
	fmt.Println("upperWriter flushed:", up.flushed)
}
