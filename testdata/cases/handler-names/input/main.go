// A tiny router that prints its routing table with each handler's function name, the way web frameworks log
// their routes (runtime.FuncForPC(reflect.ValueOf(h).Pointer()).Name()), then serves a few requests.
package main

import (
	"fmt"
	"reflect"
	"runtime"
	"sort"
	"strings"

	"instrgen.dev/rtlib"
)

type handlerFunc func(w *strings.Builder, path string)

type route struct {
	pattern string
	handler handlerFunc
}

type router struct {
	routes   []route
	notFound handlerFunc
}

func (r *router) handle(pattern string, h handlerFunc) {
	r.routes = append(r.routes, route{pattern, h})
}

// funcName is what frameworks print for a handler.
func funcName(f interface{}) string {
	return runtime.FuncForPC(reflect.ValueOf(f).Pointer()).Name()
}

func (r *router) printRoutes() {
	sort.Slice(r.routes, func(i, j int) bool { return r.routes[i].pattern < r.routes[j].pattern })
	for _, rt := range r.routes {
		fmt.Printf("%-10s -> %s\n", rt.pattern, funcName(rt.handler))
	}
	fmt.Printf("%-10s -> %s\n", "(none)", funcName(r.notFound))
}

func (r *router) serve(path string) string {
	var w strings.Builder
	for _, rt := range r.routes {
		if strings.HasPrefix(path, rt.pattern) && (rt.pattern != "/" || path == "/") {
			rt.handler(&w, path)
			return w.String()
		}
	}
	r.notFound(&w, path)
	return w.String()
}

func home(w *strings.Builder, path string) {
	w.WriteString("welcome home")
}

func about(w *strings.Builder, path string) {
	w.WriteString("about " + strings.TrimPrefix(path, "/about/"))
}

func missing(w *strings.Builder, path string) {
	fmt.Fprintf(w, "404 %s", path)
}

// shout is passed only to code that calls it: an adapter there is invisible.
func shout(s string) string { return strings.ToUpper(s) + "!" }

func main() {
	rtlib.AutotelEntryPoint()
	r := &router{notFound: missing}
	r.handle("/about/", about)
	r.handle("/", home)
	r.printRoutes()
	for _, p := range []string{"/", "/about/us", "/nope"} {
		fmt.Println(p, "=>", strings.Map(func(c rune) rune { return c }, r.serve(p)))
	}
	fmt.Println(strings.Join(mapStrings([]string{"a", "b"}, shout), " "))
}

func mapStrings(xs []string, f func(string) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}
