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

// HandlerFunc is an exported named function type with a method: the receiver of Serve is a position of its group,
// with the routes table and the parameter of Handle; conversions to it store what they convert.
type HandlerFunc func(__atel_tracing_ctx __atel_context.Context, req string) string

// Serve calls the function it is: a call through the group.
func (f HandlerFunc) Serve(__atel_tracing_ctx __atel_context.Context, req string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.HandlerFunc.Serve")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return "[" + f(__atel_child_tracing_ctx, req) + "]"
}

var routes = map[string]HandlerFunc{}

// Handle stores h in the table.
func Handle(__atel_tracing_ctx __atel_context.Context, path string, h HandlerFunc) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Handle")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	routes[path] = h
}

// Dispatch calls the method of the handler it finds: the handler goes to Serve's receiver.
func Dispatch(__atel_tracing_ctx __atel_context.Context, path, req string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Dispatch")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	h, ok := routes[path]
	if !ok {
		return "404"
	}
	return h.Serve(__atel_child_tracing_ctx, req)
}

func home(__atel_tracing_ctx __atel_context.Context, req string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.home")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return "home:" + req
}

func about(__atel_tracing_ctx __atel_context.Context, req string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.about")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return "about:" + strings.ToUpper(req)
}

// step is converted and its method called on the converted value at once.
type step func(__atel_tracing_ctx __atel_context.Context, n int) int

func (s step) twice(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.step.twice")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	m := s(__atel_child_tracing_ctx, n)
	return s(__atel_child_tracing_ctx, m)
}

func inc(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.inc")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return n + 1
}

// namer satisfies fmt.Stringer: the standard library may call a value of it, so it keeps its type (warning
// IG2016), and greet gets an adapter where it is passed to show, as before.
type namer func() string

func (n namer) String() string { return n() }

func show(__atel_tracing_ctx __atel_context.Context, n namer) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.show")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return "name " + n()
}

func greet(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.greet")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return "hello"
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
	Handle(__atel_child_tracing_ctx, "/", home)
	Handle(__atel_child_tracing_ctx, "/about", HandlerFunc(about))
	fmt.Println(Dispatch(__atel_child_tracing_ctx, "/", "x"), Dispatch(__atel_child_tracing_ctx, "/about", "y"), Dispatch(__atel_child_tracing_ctx, "/none", "z"))
	fmt.Println(step(inc).twice(__atel_child_tracing_ctx, 3))
	fmt.Println(show(__atel_child_tracing_ctx, func() string { return greet(__atel_child_tracing_ctx) }))
}

var __atel_tracer = __atel_otel.Tracer("example.com/func-named-methods")

var __atel_code_HandlerFunc_Serve = __atel_rtlib.Code("example.com/func-named-methods", "main.HandlerFunc.Serve", "Serve", "example.com/func-named-methods.HandlerFunc", "example.com/func-named-methods/main.go", 15)

var __atel_code_Handle = __atel_rtlib.Code("example.com/func-named-methods", "main.Handle", "Handle", "example.com/func-named-methods", "example.com/func-named-methods/main.go", 20)

var __atel_code_Dispatch = __atel_rtlib.Code("example.com/func-named-methods", "main.Dispatch", "Dispatch", "example.com/func-named-methods", "example.com/func-named-methods/main.go", 23)

var __atel_code_home = __atel_rtlib.Code("example.com/func-named-methods", "main.home", "home", "example.com/func-named-methods", "example.com/func-named-methods/main.go", 31)

var __atel_code_about = __atel_rtlib.Code("example.com/func-named-methods", "main.about", "about", "example.com/func-named-methods", "example.com/func-named-methods/main.go", 33)

var __atel_code_step_twice = __atel_rtlib.Code("example.com/func-named-methods", "main.step.twice", "twice", "example.com/func-named-methods.step", "example.com/func-named-methods/main.go", 38)

var __atel_code_inc = __atel_rtlib.Code("example.com/func-named-methods", "main.inc", "inc", "example.com/func-named-methods", "example.com/func-named-methods/main.go", 43)

var __atel_code_show = __atel_rtlib.Code("example.com/func-named-methods", "main.show", "show", "example.com/func-named-methods", "example.com/func-named-methods/main.go", 51)

var __atel_code_greet = __atel_rtlib.Code("example.com/func-named-methods", "main.greet", "greet", "example.com/func-named-methods", "example.com/func-named-methods/main.go", 53)

var __atel_code_main = __atel_rtlib.Code("example.com/func-named-methods", "main.main", "main", "example.com/func-named-methods", "example.com/func-named-methods/main.go", 55)
