// Package syntax parses small arithmetic expressions with calls: max(1, x+2)*3.
package syntax

import (
	"fmt"
	"strings"
)

import (
	__atel_context "context"
	__atel_rtlib "instrgen.dev/rtlib"
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
	return n.__atel_twin_Pos(__atel_context.Background())
}

func (n *Ident) __atel_twin_Pos(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "syntax.(*Ident).Pos")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return n.At
}
func (n *Ident) End() int {
	return n.__atel_twin_End(__atel_context.Background())
}

func (n *Ident) __atel_twin_End(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "syntax.(*Ident).End")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return n.At + len(n.Name)
}
func (n *Number) Pos() int {
	return n.__atel_twin_Pos(__atel_context.Background())
}

func (n *Number) __atel_twin_Pos(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "syntax.(*Number).Pos")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return n.At
}
func (n *Number) End() int {
	return n.__atel_twin_End(__atel_context.Background())
}

func (n *Number) __atel_twin_End(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "syntax.(*Number).End")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return n.At + len(n.Text)
}
func (n *Binary) Pos() int {
	return n.__atel_twin_Pos(__atel_context.Background())
}

func (n *Binary) __atel_twin_Pos(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "syntax.(*Binary).Pos")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return __atel_via_Node(n.X).__atel_twin_Pos(__atel_child_tracing_ctx)
}
func (n *Binary) End() int {
	return n.__atel_twin_End(__atel_context.Background())
}

func (n *Binary) __atel_twin_End(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "syntax.(*Binary).End")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return __atel_via_Node(n.Y).__atel_twin_End(__atel_child_tracing_ctx)
}
func (n *Call) Pos() int {
	return n.__atel_twin_Pos(__atel_context.Background())
}

func (n *Call) __atel_twin_Pos(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "syntax.(*Call).Pos")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return n.Fun.__atel_twin_Pos(__atel_child_tracing_ctx)
}
func (n *Call) End() int {
	return n.__atel_twin_End(__atel_context.Background())
}

func (n *Call) __atel_twin_End(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "syntax.(*Call).End")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return n.Rparen + 1
}

// Kind names the node for reports.
func (n *Binary) Kind() string { return "binary " + n.Op }
func (n *Call) Kind() string {
	return n.__atel_twin_Kind(__atel_context.Background())
}

func AtelTwinOf__Call__Kind(n *Call, __atel_tracing_ctx __atel_context.Context) string {
	return n.__atel_twin_Kind(__atel_tracing_ctx)
}

func (n *Call) __atel_twin_Kind(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "syntax.(*Call).Kind")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return "call of " + n.Fun.Name
}

type parser struct {
	src string
	off int
}

// Parse parses one expression.
func Parse(__atel_tracing_ctx __atel_context.Context, src string) (__atel_ret0 Node, __atel_ret1 error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "syntax.Parse")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_ret1)
	p := &parser{src: src}
	n, err := p.sum(__atel_child_tracing_ctx)
	if err == nil && p.skip(__atel_child_tracing_ctx) < len(src) {
		err = fmt.Errorf("%d: unexpected %q", p.off, src[p.off:])
	}
	return n, err
}

func (p *parser) skip(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "syntax.(*parser).skip")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	for p.off < len(p.src) && p.src[p.off] == ' ' {
		p.off++
	}
	return p.off
}

func (p *parser) sum(__atel_tracing_ctx __atel_context.Context) (__atel_ret0 Node, __atel_ret1 error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "syntax.(*parser).sum")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_ret1)
	x, err := p.product(__atel_child_tracing_ctx)
	for err == nil && p.skip(__atel_child_tracing_ctx) < len(p.src) && p.src[p.off] == '+' {
		p.off++
		var y Node
		y, err = p.product(__atel_child_tracing_ctx)
		x = &Binary{Op: "+", X: x, Y: y}
	}
	return x, err
}

func (p *parser) product(__atel_tracing_ctx __atel_context.Context) (__atel_ret0 Node, __atel_ret1 error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "syntax.(*parser).product")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_ret1)
	x, err := p.operand(__atel_child_tracing_ctx)
	for err == nil && p.skip(__atel_child_tracing_ctx) < len(p.src) && p.src[p.off] == '*' {
		p.off++
		var y Node
		y, err = p.operand(__atel_child_tracing_ctx)
		x = &Binary{Op: "*", X: x, Y: y}
	}
	return x, err
}

func (p *parser) operand(__atel_tracing_ctx __atel_context.Context) (__atel_ret0 Node, __atel_ret1 error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "syntax.(*parser).operand")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_ret1)
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

var __atel_code_Ident_Pos = __atel_rtlib.Code("example.com/reflect-methods/syntax", "syntax.(*Ident).Pos", "Pos", "example.com/reflect-methods/syntax.(*Ident)", "example.com/reflect-methods/syntax/syntax.go", 36)

var __atel_code_Ident_End = __atel_rtlib.Code("example.com/reflect-methods/syntax", "syntax.(*Ident).End", "End", "example.com/reflect-methods/syntax.(*Ident)", "example.com/reflect-methods/syntax/syntax.go", 37)

var __atel_code_Number_Pos = __atel_rtlib.Code("example.com/reflect-methods/syntax", "syntax.(*Number).Pos", "Pos", "example.com/reflect-methods/syntax.(*Number)", "example.com/reflect-methods/syntax/syntax.go", 38)

var __atel_code_Number_End = __atel_rtlib.Code("example.com/reflect-methods/syntax", "syntax.(*Number).End", "End", "example.com/reflect-methods/syntax.(*Number)", "example.com/reflect-methods/syntax/syntax.go", 39)

var __atel_code_Binary_Pos = __atel_rtlib.Code("example.com/reflect-methods/syntax", "syntax.(*Binary).Pos", "Pos", "example.com/reflect-methods/syntax.(*Binary)", "example.com/reflect-methods/syntax/syntax.go", 40)

var __atel_code_Binary_End = __atel_rtlib.Code("example.com/reflect-methods/syntax", "syntax.(*Binary).End", "End", "example.com/reflect-methods/syntax.(*Binary)", "example.com/reflect-methods/syntax/syntax.go", 41)

var __atel_code_Call_Pos = __atel_rtlib.Code("example.com/reflect-methods/syntax", "syntax.(*Call).Pos", "Pos", "example.com/reflect-methods/syntax.(*Call)", "example.com/reflect-methods/syntax/syntax.go", 42)

var __atel_code_Call_End = __atel_rtlib.Code("example.com/reflect-methods/syntax", "syntax.(*Call).End", "End", "example.com/reflect-methods/syntax.(*Call)", "example.com/reflect-methods/syntax/syntax.go", 43)

var __atel_code_Call_Kind = __atel_rtlib.Code("example.com/reflect-methods/syntax", "syntax.(*Call).Kind", "Kind", "example.com/reflect-methods/syntax.(*Call)", "example.com/reflect-methods/syntax/syntax.go", 47)

var __atel_code_Parse = __atel_rtlib.Code("example.com/reflect-methods/syntax", "syntax.Parse", "Parse", "example.com/reflect-methods/syntax", "example.com/reflect-methods/syntax/syntax.go", 55)

var __atel_code_parser_skip = __atel_rtlib.Code("example.com/reflect-methods/syntax", "syntax.(*parser).skip", "skip", "example.com/reflect-methods/syntax.(*parser)", "example.com/reflect-methods/syntax/syntax.go", 64)

var __atel_code_parser_sum = __atel_rtlib.Code("example.com/reflect-methods/syntax", "syntax.(*parser).sum", "sum", "example.com/reflect-methods/syntax.(*parser)", "example.com/reflect-methods/syntax/syntax.go", 71)

var __atel_code_parser_product = __atel_rtlib.Code("example.com/reflect-methods/syntax", "syntax.(*parser).product", "product", "example.com/reflect-methods/syntax.(*parser)", "example.com/reflect-methods/syntax/syntax.go", 82)

var __atel_code_parser_operand = __atel_rtlib.Code("example.com/reflect-methods/syntax", "syntax.(*parser).operand", "operand", "example.com/reflect-methods/syntax.(*parser)", "example.com/reflect-methods/syntax/syntax.go", 93)

type __atel_dispatch_Node struct{ __atel_v Node }

func __atel_via_Node(__atel_v Node) __atel_dispatch_Node {
	return __atel_dispatch_Node{__atel_v}
}

func (__atel_d __atel_dispatch_Node) __atel_twin_End(__atel_tracing_ctx __atel_context.Context) int {
	if __atel_t, __atel_ok := __atel_d.__atel_v.(interface {
		__atel_twin_End(__atel_context.Context) int
	}); __atel_ok {
		return __atel_t.__atel_twin_End(__atel_tracing_ctx)
	}
	return __atel_d.__atel_v.End()
}

func AtelVia__Node__End(__atel_v Node, __atel_tracing_ctx __atel_context.Context) int {
	return __atel_dispatch_Node{__atel_v}.__atel_twin_End(__atel_tracing_ctx)
}

func (__atel_d __atel_dispatch_Node) __atel_twin_Pos(__atel_tracing_ctx __atel_context.Context) int {
	if __atel_t, __atel_ok := __atel_d.__atel_v.(interface {
		__atel_twin_Pos(__atel_context.Context) int
	}); __atel_ok {
		return __atel_t.__atel_twin_Pos(__atel_tracing_ctx)
	}
	return __atel_d.__atel_v.Pos()
}

func AtelVia__Node__Pos(__atel_v Node, __atel_tracing_ctx __atel_context.Context) int {
	return __atel_dispatch_Node{__atel_v}.__atel_twin_Pos(__atel_tracing_ctx)
}
