package main

import (
	"fmt"
	"strings"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_attribute "go.opentelemetry.io/otel/attribute"
)

type C struct{ name string }

func (c *C) Hello(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*C).Hello")
	__atel_span.SetAttributes(__atel_attrs_C_Hello...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return "hello from " + c.Name(__atel_child_tracing_ctx)
}
func (c C) Name(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.C.Name")
	__atel_span.SetAttributes(__atel_attrs_C_Name...)
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
	__atel_span.SetAttributes(__atel_attrs_B_Level...)
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
	__atel_span.SetAttributes(__atel_attrs_English_Greet...)
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
	__atel_span.SetAttributes(__atel_attrs_Polite_Greet...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return p.Greeter.Greet(__atel_child_tracing_ctx, who) + p.suffix
}

// Relay only promotes Greet from its embedded interface.
type Relay struct{ Greeter }

func greetAll(__atel_tracing_ctx __atel_context.Context, gs []Greeter, who string) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.greetAll")
	__atel_span.SetAttributes(__atel_attrs_greetAll...)
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
	__atel_span.SetAttributes(__atel_attrs_main...)
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

var __atel_attrs_C_Hello = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Hello"), __atel_attribute.String("code.namespace", "example.com/embedding.(*C)"), __atel_attribute.String("code.filepath", "example.com/embedding/main.go"), __atel_attribute.Int("code.lineno", 12)}

var __atel_attrs_C_Name = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Name"), __atel_attribute.String("code.namespace", "example.com/embedding.C"), __atel_attribute.String("code.filepath", "example.com/embedding/main.go"), __atel_attribute.Int("code.lineno", 13)}

var __atel_attrs_B_Level = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Level"), __atel_attribute.String("code.namespace", "example.com/embedding.B"), __atel_attribute.String("code.filepath", "example.com/embedding/main.go"), __atel_attribute.Int("code.lineno", 21)}

var __atel_attrs_English_Greet = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Greet"), __atel_attribute.String("code.namespace", "example.com/embedding.English"), __atel_attribute.String("code.filepath", "example.com/embedding/main.go"), __atel_attribute.Int("code.lineno", 35)}

var __atel_attrs_Polite_Greet = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Greet"), __atel_attribute.String("code.namespace", "example.com/embedding.Polite"), __atel_attribute.String("code.filepath", "example.com/embedding/main.go"), __atel_attribute.Int("code.lineno", 43)}

var __atel_attrs_greetAll = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "greetAll"), __atel_attribute.String("code.namespace", "example.com/embedding"), __atel_attribute.String("code.filepath", "example.com/embedding/main.go"), __atel_attribute.Int("code.lineno", 48)}

var __atel_attrs_main = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "main"), __atel_attribute.String("code.namespace", "example.com/embedding"), __atel_attribute.String("code.filepath", "example.com/embedding/main.go"), __atel_attribute.Int("code.lineno", 54)}
