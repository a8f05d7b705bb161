// Package small is a sample for bundle.
package small

import (
	"fmt"
	"strings"
)

// Greeter greets.
type Greeter struct {
	name string
}

var defaultName = "world"

// New returns a Greeter.
func New(name string) *Greeter {
	if name == "" {
		name = defaultName
	}
	return &Greeter{name: name}
}

// Greet returns the greeting.
func (g *Greeter) Greet() string {
	return fmt.Sprintf("hello, %s", shout(g.name))
}

func shout(s string) string { return strings.ToUpper(s) + "!" }
