// Package words hands out one word a line.
package words

import (
	"io"
	"strings"
)

// List is a line source of the main package's kind; its ReadString keeps its signature with that interface's.
type List struct{ list []string }

// New returns a List of ws.
func New(ws ...string) *List { return &List{list: ws} }

func (w *List) ReadString(delim byte) (string, error) {
	if len(w.list) == 0 {
		return "", io.EOF
	}
	s := w.list[0]
	w.list = w.list[1:]
	return shout(s) + string(delim), nil
}

func shout(s string) string { return strings.ToUpper(s) }
