package main

import (
	"fmt"
	"strings"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

type C struct{ name string }

func (c *C) Hello(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*C).Hello")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return "hello from " + c.Name(__atel_child_tracing_ctx)
}
func (c C) Name(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.C.Name")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return strings.ToUpper(c.name)
}

// B embeds *C, so C's methods are promoted through a pointer.
type B struct {
	*C
	level int
}

func (b B) Level(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.B.Level")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return b.level
}

// A embeds B, so C's methods are promoted two levels deep.
type A struct {
	B
	tag string
}

type Greeter interface {
	Greet(__atel_tracing_ctx __atel_context.Context, who string) string
}

type English struct{}

func (English) Greet(__atel_tracing_ctx __atel_context.Context, who string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.English.Greet")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return "Hi, " + who
}

// Polite embeds the Greeter interface and overrides Greet, delegating to the embedded value.
type Polite struct {
	Greeter
	suffix string
}

func (p Polite) Greet(__atel_tracing_ctx __atel_context.Context, who string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Polite.Greet")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return p.Greeter.Greet(__atel_child_tracing_ctx, who) + p.suffix
}

// Relay only promotes Greet from its embedded interface.
type Relay struct{ Greeter }

func greetAll(__atel_tracing_ctx __atel_context.Context, gs []Greeter, who string) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.greetAll")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	for i, g := range gs {
		fmt.Printf("greeter %d: %s\n", i, g.Greet(__atel_child_tracing_ctx, who))
	}
}

func main() {
	__atel_ts := rtlib.NewTracingState()
	defer rtlib.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	rtlib.AutotelEntryPoint()

	a := A{B: B{C: &C{name: "c"}, level: 2}, tag: "a"}
	fmt.Println(a.Hello(__atel_child_tracing_ctx))
	fmt.Println("name:", a.Name(__atel_child_tracing_ctx), "level:", a.Level(__atel_child_tracing_ctx), "tag:", a.tag)

	pa := &a
	pa.name = "changed"
	fmt.Println(pa.B.Hello(__atel_child_tracing_ctx))

	gs := []Greeter{
		English{},
		Polite{Greeter: English{}, suffix: "!"},
		Relay{Greeter: Polite{Greeter: English{}, suffix: "?"}},
	}
	greetAll(__atel_child_tracing_ctx, gs, "gopher")
}

var __atel_tracer = __atel_otel.Tracer("example.com/embedding")

var __atel_code_C_Hello = __atel_rtlib.Code("example.com/embedding", "main.(*C).Hello", "Hello", "example.com/embedding.(*C)", "example.com/embedding/main.go", 12)

var __atel_code_C_Name = __atel_rtlib.Code("example.com/embedding", "main.C.Name", "Name", "example.com/embedding.C", "example.com/embedding/main.go", 13)

var __atel_code_B_Level = __atel_rtlib.Code("example.com/embedding", "main.B.Level", "Level", "example.com/embedding.B", "example.com/embedding/main.go", 21)

var __atel_code_English_Greet = __atel_rtlib.Code("example.com/embedding", "main.English.Greet", "Greet", "example.com/embedding.English", "example.com/embedding/main.go", 35)

var __atel_code_Polite_Greet = __atel_rtlib.Code("example.com/embedding", "main.Polite.Greet", "Greet", "example.com/embedding.Polite", "example.com/embedding/main.go", 43)

var __atel_code_greetAll = __atel_rtlib.Code("example.com/embedding", "main.greetAll", "greetAll", "example.com/embedding", "example.com/embedding/main.go", 48)

var __atel_code_main = __atel_rtlib.Code("example.com/embedding", "main.main", "main", "example.com/embedding", "example.com/embedding/main.go", 54)
