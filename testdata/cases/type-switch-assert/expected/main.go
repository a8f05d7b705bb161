package main

import (
	"fmt"

	rt "instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_attribute "go.opentelemetry.io/otel/attribute"
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
	__atel_span.SetAttributes(__atel_attrs_Dog_Sound...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return d.name + " says woof"
}

func (d Dog) Fetch(__atel_tracing_ctx __atel_context.Context, times int) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Dog.Fetch")
	__atel_span.SetAttributes(__atel_attrs_Dog_Fetch...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return fmt.Sprintf("%s fetched %d times", d.name, times)
}

type Cat struct{ lives int }

func (c *Cat) Sound(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*Cat).Sound")
	__atel_span.SetAttributes(__atel_attrs_Cat_Sound...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return "meow"
}

func (c *Cat) LoseLife(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*Cat).LoseLife")
	__atel_span.SetAttributes(__atel_attrs_Cat_LoseLife...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	c.lives--
	return c.lives
}

type Fish struct{ kind string }

func (f Fish) Sound(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Fish.Sound")
	__atel_span.SetAttributes(__atel_attrs_Fish_Sound...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return "..."
}

func (f Fish) Swim(__atel_tracing_ctx __atel_context.Context, meters int) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Fish.Swim")
	__atel_span.SetAttributes(__atel_attrs_Fish_Swim...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return fmt.Sprintf("%s swam %dm", f.kind, meters)
}

type Duck struct{}

func (Duck) Sound(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Duck.Sound")
	__atel_span.SetAttributes(__atel_attrs_Duck_Sound...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return "quack"
}

func (*Duck) Swim(__atel_tracing_ctx __atel_context.Context, meters int) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*Duck).Swim")
	__atel_span.SetAttributes(__atel_attrs_Duck_Swim...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return fmt.Sprintf("duck paddled %dm", meters)
}

// classify dispatches on the dynamic type and calls methods on the typed variable.
func classify(__atel_tracing_ctx __atel_context.Context, v interface{}) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.classify")
	__atel_span.SetAttributes(__atel_attrs_classify...)
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
	__atel_span.SetAttributes(__atel_attrs_assertions...)
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
	__atel_span.SetAttributes(__atel_attrs_safeAssert...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	defer func() {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.safeAssert$1")
		__atel_span.SetAttributes(__atel_attrs_safeAssert_1...)
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
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Robot.Beep")
	__atel_span.SetAttributes(__atel_attrs_Robot_Beep...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return fmt.Sprintf("beep %d", r.id)
}

func beeps(__atel_tracing_ctx __atel_context.Context, v interface{}) bool {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.beeps")
	__atel_span.SetAttributes(__atel_attrs_beeps...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	_, ok := v.(interface{ Beep() string })
	return ok
}

// beepTwice asserts to an interface declared in its body: calls through it reach Robot.Beep, which keeps its signature.
func beepTwice(__atel_tracing_ctx __atel_context.Context, v interface{}) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.beepTwice")
	__atel_span.SetAttributes(__atel_attrs_beepTwice...)
	_ = __atel_child_tracing_ctx
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
	__atel_span.SetAttributes(__atel_attrs_describe...)
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
	__atel_span.SetAttributes(__atel_attrs_main...)
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

var __atel_attrs_Dog_Sound = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Sound"), __atel_attribute.String("code.namespace", "example.com/type-switch-assert.Dog"), __atel_attribute.String("code.filepath", "example.com/type-switch-assert/main.go"), __atel_attribute.Int("code.lineno", 19)}

var __atel_attrs_Dog_Fetch = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Fetch"), __atel_attribute.String("code.namespace", "example.com/type-switch-assert.Dog"), __atel_attribute.String("code.filepath", "example.com/type-switch-assert/main.go"), __atel_attribute.Int("code.lineno", 21)}

var __atel_attrs_Cat_Sound = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Sound"), __atel_attribute.String("code.namespace", "example.com/type-switch-assert.(*Cat)"), __atel_attribute.String("code.filepath", "example.com/type-switch-assert/main.go"), __atel_attribute.Int("code.lineno", 27)}

var __atel_attrs_Cat_LoseLife = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "LoseLife"), __atel_attribute.String("code.namespace", "example.com/type-switch-assert.(*Cat)"), __atel_attribute.String("code.filepath", "example.com/type-switch-assert/main.go"), __atel_attribute.Int("code.lineno", 29)}

var __atel_attrs_Fish_Sound = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Sound"), __atel_attribute.String("code.namespace", "example.com/type-switch-assert.Fish"), __atel_attribute.String("code.filepath", "example.com/type-switch-assert/main.go"), __atel_attribute.Int("code.lineno", 36)}

var __atel_attrs_Fish_Swim = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Swim"), __atel_attribute.String("code.namespace", "example.com/type-switch-assert.Fish"), __atel_attribute.String("code.filepath", "example.com/type-switch-assert/main.go"), __atel_attribute.Int("code.lineno", 38)}

var __atel_attrs_Duck_Sound = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Sound"), __atel_attribute.String("code.namespace", "example.com/type-switch-assert.Duck"), __atel_attribute.String("code.filepath", "example.com/type-switch-assert/main.go"), __atel_attribute.Int("code.lineno", 44)}

var __atel_attrs_Duck_Swim = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Swim"), __atel_attribute.String("code.namespace", "example.com/type-switch-assert.(*Duck)"), __atel_attribute.String("code.filepath", "example.com/type-switch-assert/main.go"), __atel_attribute.Int("code.lineno", 46)}

var __atel_attrs_classify = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "classify"), __atel_attribute.String("code.namespace", "example.com/type-switch-assert"), __atel_attribute.String("code.filepath", "example.com/type-switch-assert/main.go"), __atel_attribute.Int("code.lineno", 51)}

var __atel_attrs_assertions = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "assertions"), __atel_attribute.String("code.namespace", "example.com/type-switch-assert"), __atel_attribute.String("code.filepath", "example.com/type-switch-assert/main.go"), __atel_attribute.Int("code.lineno", 71)}

var __atel_attrs_safeAssert = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "safeAssert"), __atel_attribute.String("code.namespace", "example.com/type-switch-assert"), __atel_attribute.String("code.filepath", "example.com/type-switch-assert/main.go"), __atel_attribute.Int("code.lineno", 82)}

var __atel_attrs_Robot_Beep = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Beep"), __atel_attribute.String("code.namespace", "example.com/type-switch-assert.Robot"), __atel_attribute.String("code.filepath", "example.com/type-switch-assert/main.go"), __atel_attribute.Int("code.lineno", 95)}

var __atel_attrs_beeps = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "beeps"), __atel_attribute.String("code.namespace", "example.com/type-switch-assert"), __atel_attribute.String("code.filepath", "example.com/type-switch-assert/main.go"), __atel_attribute.Int("code.lineno", 97)}

var __atel_attrs_beepTwice = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "beepTwice"), __atel_attribute.String("code.namespace", "example.com/type-switch-assert"), __atel_attribute.String("code.filepath", "example.com/type-switch-assert/main.go"), __atel_attribute.Int("code.lineno", 103)}

var __atel_attrs_describe = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "describe"), __atel_attribute.String("code.namespace", "example.com/type-switch-assert"), __atel_attribute.String("code.filepath", "example.com/type-switch-assert/main.go"), __atel_attribute.Int("code.lineno", 113)}

var __atel_attrs_main = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "main"), __atel_attribute.String("code.namespace", "example.com/type-switch-assert"), __atel_attribute.String("code.filepath", "example.com/type-switch-assert/main.go"), __atel_attribute.Int("code.lineno", 126)}

var __atel_attrs_safeAssert_1 = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "safeAssert$1"), __atel_attribute.String("code.namespace", "example.com/type-switch-assert"), __atel_attribute.String("code.filepath", "example.com/type-switch-assert/main.go"), __atel_attribute.Int("code.lineno", 83)}
