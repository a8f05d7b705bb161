// Package syntax parses small arithmetic expressions with calls: max(1, x+2)*3.
package syntax

import (
	"fmt"
	"strings"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
)

// Node is a node of the syntax tree; Pos and End are byte offsets into the source.
type Node interface {
	Pos() int
	End() int
}

type Ident struct {
	Name string
	At   int
}

type Number struct {
	Text string
	At   int
}

type Binary struct {
	Op   string
	X, Y Node
}

type Call struct {
	Fun    *Ident
	Args   []Node
	Rparen int
}

func (n *Ident) Pos() int {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/reflect-methods/syntax").Start(__atel_context.Background(), "syntax.(*Ident).Pos")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return n.At
}
func (n *Ident) End() int {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/reflect-methods/syntax").Start(__atel_context.Background(), "syntax.(*Ident).End")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return n.At + len(n.Name)
}
func (n *Number) Pos() int {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/reflect-methods/syntax").Start(__atel_context.Background(), "syntax.(*Number).Pos")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return n.At
}
func (n *Number) End() int {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/reflect-methods/syntax").Start(__atel_context.Background(), "syntax.(*Number).End")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return n.At + len(n.Text)
}
func (n *Binary) Pos() int {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/reflect-methods/syntax").Start(__atel_context.Background(), "syntax.(*Binary).Pos")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return n.X.Pos()
}
func (n *Binary) End() int {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/reflect-methods/syntax").Start(__atel_context.Background(), "syntax.(*Binary).End")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return n.Y.End()
}
func (n *Call) Pos() int {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/reflect-methods/syntax").Start(__atel_context.Background(), "syntax.(*Call).Pos")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return n.Fun.Pos()
}
func (n *Call) End() int {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/reflect-methods/syntax").Start(__atel_context.Background(), "syntax.(*Call).End")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return n.Rparen + 1
}

// Kind names the node for reports.
func (n *Binary) Kind() string { return "binary " + n.Op }
func (n *Call) Kind() string {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/reflect-methods/syntax").Start(__atel_context.Background(), "syntax.(*Call).Kind")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return "call of " + n.Fun.Name
}

type parser struct {
	src string
	off int
}

// Parse parses one expression.
func Parse(__atel_tracing_ctx __atel_context.Context, src string) (Node, error) {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/reflect-methods/syntax").Start(__atel_tracing_ctx, "syntax.Parse")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	p := &parser{src: src}
	n, err := p.sum(__atel_child_tracing_ctx)
	if err == nil && p.skip(__atel_child_tracing_ctx) < len(src) {
		err = fmt.Errorf("%d: unexpected %q", p.off, src[p.off:])
	}
	return n, err
}

func (p *parser) skip(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/reflect-methods/syntax").Start(__atel_tracing_ctx, "syntax.(*parser).skip")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	for p.off < len(p.src) && p.src[p.off] == ' ' {
		p.off++
	}
	return p.off
}

func (p *parser) sum(__atel_tracing_ctx __atel_context.Context) (Node, error) {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/reflect-methods/syntax").Start(__atel_tracing_ctx, "syntax.(*parser).sum")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	x, err := p.product(__atel_child_tracing_ctx)
	for err == nil && p.skip(__atel_child_tracing_ctx) < len(p.src) && p.src[p.off] == '+' {
		p.off++
		var y Node
		y, err = p.product(__atel_child_tracing_ctx)
		x = &Binary{Op: "+", X: x, Y: y}
	}
	return x, err
}

func (p *parser) product(__atel_tracing_ctx __atel_context.Context) (Node, error) {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/reflect-methods/syntax").Start(__atel_tracing_ctx, "syntax.(*parser).product")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	x, err := p.operand(__atel_child_tracing_ctx)
	for err == nil && p.skip(__atel_child_tracing_ctx) < len(p.src) && p.src[p.off] == '*' {
		p.off++
		var y Node
		y, err = p.operand(__atel_child_tracing_ctx)
		x = &Binary{Op: "*", X: x, Y: y}
	}
	return x, err
}

func (p *parser) operand(__atel_tracing_ctx __atel_context.Context) (Node, error) {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/reflect-methods/syntax").Start(__atel_tracing_ctx, "syntax.(*parser).operand")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	start := p.skip(__atel_child_tracing_ctx)
	for p.off < len(p.src) && strings.ContainsRune("abcdefghijklmnopqrstuvwxyz0123456789", rune(p.src[p.off])) {
		p.off++
	}
	text := p.src[start:p.off]
	switch {
	case text == "":
		return nil, fmt.Errorf("%d: expected an operand", start)
	case text[0] >= '0' && text[0] <= '9':
		return &Number{Text: text, At: start}, nil
	}
	id := &Ident{Name: text, At: start}
	if p.skip(__atel_child_tracing_ctx) >= len(p.src) || p.src[p.off] != '(' {
		return id, nil
	}
	call := &Call{Fun: id}
	p.off++
	for p.skip(__atel_child_tracing_ctx) < len(p.src) && p.src[p.off] != ')' {
		arg, err := p.sum(__atel_child_tracing_ctx)
		if err != nil {
			return nil, err
		}
		call.Args = append(call.Args, arg)
		if p.skip(__atel_child_tracing_ctx) < len(p.src) && p.src[p.off] == ',' {
			p.off++
		}
	}
	if p.off >= len(p.src) {
		return nil, fmt.Errorf("%d: missing )", p.off)
	}
	call.Rparen = p.off
	p.off++
	return call, nil
}
