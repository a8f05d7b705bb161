// Package syntax parses small arithmetic expressions with calls: max(1, x+2)*3.
package syntax

import (
	"fmt"
	"strings"
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

func (n *Ident) Pos() int  { return n.At }
func (n *Ident) End() int  { return n.At + len(n.Name) }
func (n *Number) Pos() int { return n.At }
func (n *Number) End() int { return n.At + len(n.Text) }
func (n *Binary) Pos() int { return n.X.Pos() }
func (n *Binary) End() int { return n.Y.End() }
func (n *Call) Pos() int   { return n.Fun.Pos() }
func (n *Call) End() int   { return n.Rparen + 1 }

// Kind names the node for reports.
func (n *Binary) Kind() string { return "binary " + n.Op }
func (n *Call) Kind() string   { return "call of " + n.Fun.Name }

type parser struct {
	src string
	off int
}

// Parse parses one expression.
func Parse(src string) (Node, error) {
	p := &parser{src: src}
	n, err := p.sum()
	if err == nil && p.skip() < len(src) {
		err = fmt.Errorf("%d: unexpected %q", p.off, src[p.off:])
	}
	return n, err
}

func (p *parser) skip() int {
	for p.off < len(p.src) && p.src[p.off] == ' ' {
		p.off++
	}
	return p.off
}

func (p *parser) sum() (Node, error) {
	x, err := p.product()
	for err == nil && p.skip() < len(p.src) && p.src[p.off] == '+' {
		p.off++
		var y Node
		y, err = p.product()
		x = &Binary{Op: "+", X: x, Y: y}
	}
	return x, err
}

func (p *parser) product() (Node, error) {
	x, err := p.operand()
	for err == nil && p.skip() < len(p.src) && p.src[p.off] == '*' {
		p.off++
		var y Node
		y, err = p.operand()
		x = &Binary{Op: "*", X: x, Y: y}
	}
	return x, err
}

func (p *parser) operand() (Node, error) {
	start := p.skip()
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
	if p.skip() >= len(p.src) || p.src[p.off] != '(' {
		return id, nil
	}
	call := &Call{Fun: id}
	p.off++
	for p.skip() < len(p.src) && p.src[p.off] != ')' {
		arg, err := p.sum()
		if err != nil {
			return nil, err
		}
		call.Args = append(call.Args, arg)
		if p.skip() < len(p.src) && p.src[p.off] == ',' {
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
