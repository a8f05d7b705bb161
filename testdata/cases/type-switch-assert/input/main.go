package main

import (
	"fmt"

	rt "instrgen.dev/rtlib"
)

type Animal interface {
	Sound() string
}

type Swimmer interface {
	Swim(meters int) string
}

type Dog struct{ name string }

func (d Dog) Sound() string { return d.name + " says woof" }

func (d Dog) Fetch(times int) string {
	return fmt.Sprintf("%s fetched %d times", d.name, times)
}

type Cat struct{ lives int }

func (c *Cat) Sound() string { return "meow" }

func (c *Cat) LoseLife() int {
	c.lives--
	return c.lives
}

type Fish struct{ kind string }

func (f Fish) Sound() string { return "..." }

func (f Fish) Swim(meters int) string {
	return fmt.Sprintf("%s swam %dm", f.kind, meters)
}

type Duck struct{}

func (Duck) Sound() string { return "quack" }

func (*Duck) Swim(meters int) string {
	return fmt.Sprintf("duck paddled %dm", meters)
}

// classify dispatches on the dynamic type and calls methods on the typed variable.
func classify(v interface{}) string {
	switch t := v.(type) {
	case nil:
		return "nil"
	case Dog:
		return "dog: " + t.Fetch(len(t.name))
	case *Cat:
		return fmt.Sprintf("cat: %d lives left", t.LoseLife())
	case Fish:
		return "fish: " + t.Swim(10)
	case int, int64:
		return fmt.Sprintf("number %v", t)
	case Swimmer:
		return "swimmer: " + t.Swim(3)
	default:
		return fmt.Sprintf("other %T", t)
	}
}

// assertions uses single-value and comma-ok type assertions.
func assertions(a Animal) string {
	if c, ok := a.(*Cat); ok {
		return fmt.Sprintf("asserted cat, lives now %d", c.LoseLife())
	}
	if s, ok := a.(Swimmer); ok {
		return "asserted swimmer: " + s.Swim(1)
	}
	d := a.(Dog)
	return "asserted dog: " + d.Fetch(1)
}

func safeAssert(a Animal) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = "assertion panicked"
		}
	}()
	return assertions(a)
}

// Robot satisfies no interface the module names, only the interface literal beeps asserts to: Beep must keep its
// signature, or the assertion would quietly stop matching.
type Robot struct{ id int }

func (r Robot) Beep() string { return fmt.Sprintf("beep %d", r.id) }

func beeps(v interface{}) bool {
	_, ok := v.(interface{ Beep() string })
	return ok
}

// beepTwice asserts to an interface declared in its body: calls through it reach Robot.Beep, which keeps its signature.
func beepTwice(v interface{}) string {
	type beeper interface{ Beep() string }
	if b, ok := v.(beeper); ok {
		return b.Beep() + ", " + b.Beep()
	}
	return "silence"
}

// describe: default, case nil and multi-type clauses bind t to the switched expression's type (Animal), so their
// calls dispatch to every Sound.
func describe(a Animal) string {
	switch t := a.(type) {
	case *Cat:
		return "a cat that says " + t.Sound()
	case Fish, Dog:
		return "a fish or dog that says " + t.Sound()
	case nil:
		return "nothing"
	default:
		return "something that says " + t.Sound()
	}
}

func main() {
	rt.AutotelEntryPoint()
	cat := &Cat{lives: 9}
	values := []interface{}{nil, Dog{name: "rex"}, cat, Fish{kind: "trout"}, 42, int64(7), &Duck{}, "str", Duck{}}
	for _, v := range values {
		fmt.Println(classify(v))
	}
	animals := []Animal{cat, Fish{kind: "carp"}, &Duck{}, Dog{name: "fido"}, Duck{}}
	for _, a := range animals {
		fmt.Println(a.Sound(), "|", safeAssert(a))
	}
	for _, a := range append(animals, nil) {
		fmt.Println(describe(a))
	}
	r := Robot{id: 7}
	fmt.Println(r.Beep(), beeps(r), beeps(cat), beepTwice(r), beepTwice(cat))
	// A table-driven loop over a struct type written out: tc.a.Sound() dispatches like any Animal call.
	for _, tc := range []struct {
		name string
		a    Animal
	}{{"rex", Dog{name: "rex"}}, {"tom", cat}} {
		fmt.Println(tc.name, tc.a.Sound())
	}
}
