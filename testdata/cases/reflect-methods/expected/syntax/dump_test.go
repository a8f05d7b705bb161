package syntax

import (
	"strings"
	"testing"
)

import __atel_context "context"

func TestDump(t *testing.T) {
	n, err := Parse(__atel_context.TODO(), "max(1, x+2)*3")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	Dump(__atel_context.TODO(), &b, n)
	for _, want := range []string{"Binary (binary *) [0,13)", "Call (call of max) [0,11)", "Number [4,5)", "Binary (binary +) [7,10)", "Ident [7,8)"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("dump lacks %q:\n%s", want, b.String())
		}
	}
}

func TestSpans(t *testing.T) {
	n, err := Parse(__atel_context.TODO(), "a + b*c")
	if err != nil {
		t.Fatal(err)
	}
	if n.Pos() != 0 || n.End() != 7 {
		t.Errorf("span [%d,%d), want [0,7)", n.Pos(), n.End())
	}
}
