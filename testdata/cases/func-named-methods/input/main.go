package main

import (
	"fmt"
	"strings"

	"instrgen.dev/rtlib"
)

// HandlerFunc is an exported named function type with a method: the receiver of Serve is a position of its group,
// with the routes table and the parameter of Handle; conversions to it store what they convert.
type HandlerFunc func(req string) string

// Serve calls the function it is: a call through the group.
func (f HandlerFunc) Serve(req string) string { return "[" + f(req) + "]" }

var routes = map[string]HandlerFunc{}

// Handle stores h in the table.
func Handle(path string, h HandlerFunc) { routes[path] = h }

// Dispatch calls the method of the handler it finds: the handler goes to Serve's receiver.
func Dispatch(path, req string) string {
	h, ok := routes[path]
	if !ok {
		return "404"
	}
	return h.Serve(req)
}

func home(req string) string { return "home:" + req }

func about(req string) string { return "about:" + strings.ToUpper(req) }

// step is converted and its method called on the converted value at once.
type step func(n int) int

func (s step) twice(n int) int {
	m := s(n)
	return s(m)
}

func inc(n int) int { return n + 1 }

// namer satisfies fmt.Stringer: the standard library may call a value of it, so it keeps its type (warning
// IG2016), and greet gets an adapter where it is passed to show, as before.
type namer func() string

func (n namer) String() string { return n() }

func show(n namer) string { return "name " + n() }

func greet() string { return "hello" }

func main() {
	rtlib.AutotelEntryPoint()
	Handle("/", home)
	Handle("/about", HandlerFunc(about))
	fmt.Println(Dispatch("/", "x"), Dispatch("/about", "y"), Dispatch("/none", "z"))
	fmt.Println(step(inc).twice(3))
	fmt.Println(show(greet))
}
