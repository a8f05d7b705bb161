package main

import (
	"fmt"
	"strings"

	"instrgen.dev/rtlib"
)

type C struct{ name string }

func (c *C) Hello() string { return "hello from " + c.Name() }
func (c C) Name() string   { return strings.ToUpper(c.name) }

// B embeds *C, so C's methods are promoted through a pointer.
type B struct {
	*C
	level int
}

func (b B) Level() int { return b.level }

// A embeds B, so C's methods are promoted two levels deep.
type A struct {
	B
	tag string
}

type Greeter interface {
	Greet(who string) string
}

type English struct{}

func (English) Greet(who string) string { return "Hi, " + who }

// Polite embeds the Greeter interface and overrides Greet, delegating to the embedded value.
type Polite struct {
	Greeter
	suffix string
}

func (p Polite) Greet(who string) string { return p.Greeter.Greet(who) + p.suffix }

// Relay only promotes Greet from its embedded interface.
type Relay struct{ Greeter }

func greetAll(gs []Greeter, who string) {
	for i, g := range gs {
		fmt.Printf("greeter %d: %s\n", i, g.Greet(who))
	}
}

func main() {
	rtlib.AutotelEntryPoint()

	a := A{B: B{C: &C{name: "c"}, level: 2}, tag: "a"}
	fmt.Println(a.Hello())
	fmt.Println("name:", a.Name(), "level:", a.Level(), "tag:", a.tag)

	pa := &a
	pa.name = "changed"
	fmt.Println(pa.B.Hello())

	gs := []Greeter{
		English{},
		Polite{Greeter: English{}, suffix: "!"},
		Relay{Greeter: Polite{Greeter: English{}, suffix: "?"}},
	}
	greetAll(gs, "gopher")
}
