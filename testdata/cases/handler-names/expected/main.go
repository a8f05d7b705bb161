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

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
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

func (r *router) handle(__atel_tracing_ctx __atel_context.Context, pattern string, h handlerFunc) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*router).handle")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	r.routes = append(r.routes, route{pattern, h})
}

// funcName is what frameworks print for a handler.
func funcName(__atel_tracing_ctx __atel_context.Context, f interface{}) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.funcName")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return runtime.FuncForPC(reflect.ValueOf(f).Pointer()).Name()
}

func (r *router) printRoutes(__atel_tracing_ctx __atel_context.Context) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*router).printRoutes")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	sort.Slice(r.routes, func(i, j int) bool {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.(*router).printRoutes$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		return r.routes[i].pattern < r.routes[j].pattern
	})
	for _, rt := range r.routes {
		fmt.Printf("%-10s -> %s\n", rt.pattern, funcName(__atel_child_tracing_ctx, rt.handler))
	}
	fmt.Printf("%-10s -> %s\n", "(none)", funcName(__atel_child_tracing_ctx, r.notFound))
}

func (r *router) serve(__atel_tracing_ctx __atel_context.Context, path string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*router).serve")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
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
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.home")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	w.WriteString("welcome home")
}

func about(w *strings.Builder, path string) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.about")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	w.WriteString("about " + strings.TrimPrefix(path, "/about/"))
}

func missing(w *strings.Builder, path string) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.missing")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	fmt.Fprintf(w, "404 %s", path)
}

// shout is passed only to code that calls it: an adapter there is invisible.
func shout(__atel_tracing_ctx __atel_context.Context, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.shout")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return strings.ToUpper(s) + "!"
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
	r := &router{notFound: missing}
	r.handle(__atel_child_tracing_ctx, "/about/", about)
	r.handle(__atel_child_tracing_ctx, "/", home)
	r.printRoutes(__atel_child_tracing_ctx)
	for _, p := range []string{"/", "/about/us", "/nope"} {
		fmt.Println(p, "=>", strings.Map(func(c rune) rune {
			__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.main$1")
			_ = __atel_child_tracing_ctx
			defer __atel_span.End() //instrgen:oneline
			return c
		}, r.serve(__atel_child_tracing_ctx, p)))
	}
	fmt.Println(strings.Join(mapStrings(__atel_child_tracing_ctx, []string{"a", "b"}, shout), " "))
}

func mapStrings(__atel_tracing_ctx __atel_context.Context, xs []string, f func(__atel_context.Context, string) string) []string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.mapStrings")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = f(__atel_child_tracing_ctx, x)
	}
	return out
}

var __atel_tracer = __atel_otel.Tracer("example.com/handler-names")

var __atel_code_router_handle = __atel_rtlib.Code("example.com/handler-names", "main.(*router).handle", "handle", "example.com/handler-names.(*router)", "example.com/handler-names/main.go", 27)

var __atel_code_funcName = __atel_rtlib.Code("example.com/handler-names", "main.funcName", "funcName", "example.com/handler-names", "example.com/handler-names/main.go", 32)

var __atel_code_router_printRoutes = __atel_rtlib.Code("example.com/handler-names", "main.(*router).printRoutes", "printRoutes", "example.com/handler-names.(*router)", "example.com/handler-names/main.go", 36)

var __atel_code_router_serve = __atel_rtlib.Code("example.com/handler-names", "main.(*router).serve", "serve", "example.com/handler-names.(*router)", "example.com/handler-names/main.go", 44)

var __atel_code_home = __atel_rtlib.Code("example.com/handler-names", "main.home", "home", "example.com/handler-names", "example.com/handler-names/main.go", 56)

var __atel_code_about = __atel_rtlib.Code("example.com/handler-names", "main.about", "about", "example.com/handler-names", "example.com/handler-names/main.go", 60)

var __atel_code_missing = __atel_rtlib.Code("example.com/handler-names", "main.missing", "missing", "example.com/handler-names", "example.com/handler-names/main.go", 64)

var __atel_code_shout = __atel_rtlib.Code("example.com/handler-names", "main.shout", "shout", "example.com/handler-names", "example.com/handler-names/main.go", 69)

var __atel_code_main = __atel_rtlib.Code("example.com/handler-names", "main.main", "main", "example.com/handler-names", "example.com/handler-names/main.go", 71)

var __atel_code_mapStrings = __atel_rtlib.Code("example.com/handler-names", "main.mapStrings", "mapStrings", "example.com/handler-names", "example.com/handler-names/main.go", 83)

var __atel_code_router_printRoutes_1 = __atel_rtlib.Code("example.com/handler-names", "main.(*router).printRoutes$1", "printRoutes$1", "example.com/handler-names.(*router)", "example.com/handler-names/main.go", 37)

var __atel_code_main_1 = __atel_rtlib.Code("example.com/handler-names", "main.main$1", "main$1", "example.com/handler-names", "example.com/handler-names/main.go", 78)
