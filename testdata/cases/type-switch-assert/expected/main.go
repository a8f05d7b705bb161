package main

import (
	"fmt"

	rt "instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

type Animal interface {
	Sound(__atel_tracing_ctx __atel_context.Context) string
}

type Swimmer interface {
	Swim(__atel_tracing_ctx __atel_context.Context, meters int) string
}

type Dog struct{ name string }

func (d Dog) Sound(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Dog.Sound")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return d.name + " says woof"
}

func (d Dog) Fetch(__atel_tracing_ctx __atel_context.Context, times int) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Dog.Fetch")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return fmt.Sprintf("%s fetched %d times", d.name, times)
}

type Cat struct{ lives int }

func (c *Cat) Sound(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*Cat).Sound")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return "meow"
}

func (c *Cat) LoseLife(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*Cat).LoseLife")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	c.lives--
	return c.lives
}

type Fish struct{ kind string }

func (f Fish) Sound(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Fish.Sound")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return "..."
}

func (f Fish) Swim(__atel_tracing_ctx __atel_context.Context, meters int) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Fish.Swim")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return fmt.Sprintf("%s swam %dm", f.kind, meters)
}

type Duck struct{}

func (Duck) Sound(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Duck.Sound")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return "quack"
}

func (*Duck) Swim(__atel_tracing_ctx __atel_context.Context, meters int) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*Duck).Swim")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return fmt.Sprintf("duck paddled %dm", meters)
}

// classify dispatches on the dynamic type and calls methods on the typed variable.
func classify(__atel_tracing_ctx __atel_context.Context, v interface{}) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.classify")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	switch t := v.(type) {
	case nil:
		return "nil"
	case Dog:
		return "dog: " + t.Fetch(__atel_child_tracing_ctx, len(t.name))
	case *Cat:
		return fmt.Sprintf("cat: %d lives left", t.LoseLife(__atel_child_tracing_ctx))
	case Fish:
		return "fish: " + t.Swim(__atel_child_tracing_ctx, 10)
	case int, int64:
		return fmt.Sprintf("number %v", t)
	case Swimmer:
		return "swimmer: " + t.Swim(__atel_child_tracing_ctx, 3)
	default:
		return fmt.Sprintf("other %T", t)
	}
}

// assertions uses single-value and comma-ok type assertions.
func assertions(__atel_tracing_ctx __atel_context.Context, a Animal) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.assertions")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if c, ok := a.(*Cat); ok {
		return fmt.Sprintf("asserted cat, lives now %d", c.LoseLife(__atel_child_tracing_ctx))
	}
	if s, ok := a.(Swimmer); ok {
		return "asserted swimmer: " + s.Swim(__atel_child_tracing_ctx, 1)
	}
	d := a.(Dog)
	return "asserted dog: " + d.Fetch(__atel_child_tracing_ctx, 1)
}

func safeAssert(__atel_tracing_ctx __atel_context.Context, a Animal) (msg string) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.safeAssert")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	defer func() {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.safeAssert$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End()
		if r := recover(); r != nil {
			msg = "assertion panicked"
		}
	}()
	return assertions(__atel_child_tracing_ctx, a)
}

// Robot satisfies no interface the module names, only the interface literal beeps asserts to: Beep must keep its
// signature, or the assertion would quietly stop matching.
type Robot struct{ id int }

func (r Robot) Beep() string {
	return r.__atel_twin_Beep(__atel_context.Background())
}

func (r Robot) __atel_twin_Beep(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "main.Robot.Beep")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return fmt.Sprintf("beep %d", r.id)
}

func beeps(__atel_tracing_ctx __atel_context.Context, v interface{}) bool {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.beeps")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	_, ok := v.(interface{ Beep() string })
	return ok
}

// beepTwice asserts to an interface declared in its body: calls through it reach Robot.Beep, which keeps its signature.
func beepTwice(__atel_tracing_ctx __atel_context.Context, v interface{}) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.beepTwice")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
	type beeper interface{ Beep() string }
	if b, ok := v.(beeper); ok {
		return b.Beep() + ", " + b.Beep()
	}
	return "silence"
}

// describe: default, case nil and multi-type clauses bind t to the switched expression's type (Animal), so their
// calls dispatch to every Sound.
func describe(__atel_tracing_ctx __atel_context.Context, a Animal) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.describe")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	switch t := a.(type) {
	case *Cat:
		return "a cat that says " + t.Sound(__atel_child_tracing_ctx)
	case Fish, Dog:
		return "a fish or dog that says " + t.Sound(__atel_child_tracing_ctx)
	case nil:
		return "nothing"
	default:
		return "something that says " + t.Sound(__atel_child_tracing_ctx)
	}
}

func main() {
	__atel_ts := rt.NewTracingState()
	defer rt.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	rt.AutotelEntryPoint()
	cat := &Cat{lives: 9}
	values := []interface{}{nil, Dog{name: "rex"}, cat, Fish{kind: "trout"}, 42, int64(7), &Duck{}, "str", Duck{}}
	for _, v := range values {
		fmt.Println(classify(__atel_child_tracing_ctx, v))
	}
	animals := []Animal{cat, Fish{kind: "carp"}, &Duck{}, Dog{name: "fido"}, Duck{}}
	for _, a := range animals {
		fmt.Println(a.Sound(__atel_child_tracing_ctx), "|", safeAssert(__atel_child_tracing_ctx, a))
	}
	for _, a := range append(animals, nil) {
		fmt.Println(describe(__atel_child_tracing_ctx, a))
	}
	r := Robot{id: 7}
	fmt.Println(r.__atel_twin_Beep(__atel_child_tracing_ctx), beeps(__atel_child_tracing_ctx, r), beeps(__atel_child_tracing_ctx, cat), beepTwice(__atel_child_tracing_ctx, r), beepTwice(__atel_child_tracing_ctx, cat))
	// A table-driven loop over a struct type written out: tc.a.Sound() dispatches like any Animal call.
	for _, tc := range []struct {
		name string
		a    Animal
	}{{"rex", Dog{name: "rex"}}, {"tom", cat}} {
		fmt.Println(tc.name, tc.a.Sound(__atel_child_tracing_ctx))
	}
}

var __atel_tracer = __atel_otel.Tracer("example.com/type-switch-assert")

var __atel_code_Dog_Sound = __atel_rtlib.Code("example.com/type-switch-assert", "main.Dog.Sound", "Sound", "example.com/type-switch-assert.Dog", "example.com/type-switch-assert/main.go", 19)

var __atel_code_Dog_Fetch = __atel_rtlib.Code("example.com/type-switch-assert", "main.Dog.Fetch", "Fetch", "example.com/type-switch-assert.Dog", "example.com/type-switch-assert/main.go", 21)

var __atel_code_Cat_Sound = __atel_rtlib.Code("example.com/type-switch-assert", "main.(*Cat).Sound", "Sound", "example.com/type-switch-assert.(*Cat)", "example.com/type-switch-assert/main.go", 27)

var __atel_code_Cat_LoseLife = __atel_rtlib.Code("example.com/type-switch-assert", "main.(*Cat).LoseLife", "LoseLife", "example.com/type-switch-assert.(*Cat)", "example.com/type-switch-assert/main.go", 29)

var __atel_code_Fish_Sound = __atel_rtlib.Code("example.com/type-switch-assert", "main.Fish.Sound", "Sound", "example.com/type-switch-assert.Fish", "example.com/type-switch-assert/main.go", 36)

var __atel_code_Fish_Swim = __atel_rtlib.Code("example.com/type-switch-assert", "main.Fish.Swim", "Swim", "example.com/type-switch-assert.Fish", "example.com/type-switch-assert/main.go", 38)

var __atel_code_Duck_Sound = __atel_rtlib.Code("example.com/type-switch-assert", "main.Duck.Sound", "Sound", "example.com/type-switch-assert.Duck", "example.com/type-switch-assert/main.go", 44)

var __atel_code_Duck_Swim = __atel_rtlib.Code("example.com/type-switch-assert", "main.(*Duck).Swim", "Swim", "example.com/type-switch-assert.(*Duck)", "example.com/type-switch-assert/main.go", 46)

var __atel_code_classify = __atel_rtlib.Code("example.com/type-switch-assert", "main.classify", "classify", "example.com/type-switch-assert", "example.com/type-switch-assert/main.go", 51)

var __atel_code_assertions = __atel_rtlib.Code("example.com/type-switch-assert", "main.assertions", "assertions", "example.com/type-switch-assert", "example.com/type-switch-assert/main.go", 71)

var __atel_code_safeAssert = __atel_rtlib.Code("example.com/type-switch-assert", "main.safeAssert", "safeAssert", "example.com/type-switch-assert", "example.com/type-switch-assert/main.go", 82)

var __atel_code_Robot_Beep = __atel_rtlib.Code("example.com/type-switch-assert", "main.Robot.Beep", "Beep", "example.com/type-switch-assert.Robot", "example.com/type-switch-assert/main.go", 95)

var __atel_code_beeps = __atel_rtlib.Code("example.com/type-switch-assert", "main.beeps", "beeps", "example.com/type-switch-assert", "example.com/type-switch-assert/main.go", 97)

var __atel_code_beepTwice = __atel_rtlib.Code("example.com/type-switch-assert", "main.beepTwice", "beepTwice", "example.com/type-switch-assert", "example.com/type-switch-assert/main.go", 103)

var __atel_code_describe = __atel_rtlib.Code("example.com/type-switch-assert", "main.describe", "describe", "example.com/type-switch-assert", "example.com/type-switch-assert/main.go", 113)

var __atel_code_main = __atel_rtlib.Code("example.com/type-switch-assert", "main.main", "main", "example.com/type-switch-assert", "example.com/type-switch-assert/main.go", 126)

var __atel_code_safeAssert_1 = __atel_rtlib.Code("example.com/type-switch-assert", "main.safeAssert$1", "safeAssert$1", "example.com/type-switch-assert", "example.com/type-switch-assert/main.go", 83)
