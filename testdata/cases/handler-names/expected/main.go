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
	__atel_attribute "go.opentelemetry.io/otel/attribute"
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
	__atel_span.SetAttributes(__atel_attrs_router_handle...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	r.routes = append(r.routes, route{pattern, h})
}

// funcName is what frameworks print for a handler.
func funcName(__atel_tracing_ctx __atel_context.Context, f interface{}) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.funcName")
	__atel_span.SetAttributes(__atel_attrs_funcName...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return runtime.FuncForPC(reflect.ValueOf(f).Pointer()).Name()
}

func (r *router) printRoutes(__atel_tracing_ctx __atel_context.Context) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*router).printRoutes")
	__atel_span.SetAttributes(__atel_attrs_router_printRoutes...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	sort.Slice(r.routes, func(i, j int) bool {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.(*router).printRoutes$1")
		__atel_span.SetAttributes(__atel_attrs_router_printRoutes_1...)
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
	__atel_span.SetAttributes(__atel_attrs_router_serve...)
	_ = __atel_child_tracing_ctx
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
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_context.Background(), "main.home")
	__atel_span.SetAttributes(__atel_attrs_home...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	w.WriteString("welcome home")
}

func about(w *strings.Builder, path string) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_context.Background(), "main.about")
	__atel_span.SetAttributes(__atel_attrs_about...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	w.WriteString("about " + strings.TrimPrefix(path, "/about/"))
}

func missing(w *strings.Builder, path string) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_context.Background(), "main.missing")
	__atel_span.SetAttributes(__atel_attrs_missing...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	fmt.Fprintf(w, "404 %s", path)
}

// shout is passed only to code that calls it: an adapter there is invisible.
func shout(__atel_tracing_ctx __atel_context.Context, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.shout")
	__atel_span.SetAttributes(__atel_attrs_shout...)
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
	__atel_span.SetAttributes(__atel_attrs_main...)
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
			__atel_span.SetAttributes(__atel_attrs_main_1...)
			_ = __atel_child_tracing_ctx
			defer __atel_span.End() //instrgen:oneline
			return c
		}, r.serve(__atel_child_tracing_ctx, p)))
	}
	fmt.Println(strings.Join(mapStrings(__atel_child_tracing_ctx, []string{"a", "b"}, func(__atel_p0 string) string { return shout(__atel_child_tracing_ctx, __atel_p0) }), " "))
}

func mapStrings(__atel_tracing_ctx __atel_context.Context, xs []string, f func(string) string) []string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.mapStrings")
	__atel_span.SetAttributes(__atel_attrs_mapStrings...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

var __atel_tracer = __atel_otel.Tracer("example.com/handler-names")

var __atel_attrs_router_handle = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "handle"), __atel_attribute.String("code.namespace", "example.com/handler-names.(*router)"), __atel_attribute.String("code.filepath", "example.com/handler-names/main.go"), __atel_attribute.Int("code.lineno", 27)}

var __atel_attrs_funcName = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "funcName"), __atel_attribute.String("code.namespace", "example.com/handler-names"), __atel_attribute.String("code.filepath", "example.com/handler-names/main.go"), __atel_attribute.Int("code.lineno", 32)}

var __atel_attrs_router_printRoutes = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "printRoutes"), __atel_attribute.String("code.namespace", "example.com/handler-names.(*router)"), __atel_attribute.String("code.filepath", "example.com/handler-names/main.go"), __atel_attribute.Int("code.lineno", 36)}

var __atel_attrs_router_serve = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "serve"), __atel_attribute.String("code.namespace", "example.com/handler-names.(*router)"), __atel_attribute.String("code.filepath", "example.com/handler-names/main.go"), __atel_attribute.Int("code.lineno", 44)}

var __atel_attrs_home = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "home"), __atel_attribute.String("code.namespace", "example.com/handler-names"), __atel_attribute.String("code.filepath", "example.com/handler-names/main.go"), __atel_attribute.Int("code.lineno", 56)}

var __atel_attrs_about = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "about"), __atel_attribute.String("code.namespace", "example.com/handler-names"), __atel_attribute.String("code.filepath", "example.com/handler-names/main.go"), __atel_attribute.Int("code.lineno", 60)}

var __atel_attrs_missing = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "missing"), __atel_attribute.String("code.namespace", "example.com/handler-names"), __atel_attribute.String("code.filepath", "example.com/handler-names/main.go"), __atel_attribute.Int("code.lineno", 64)}

var __atel_attrs_shout = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "shout"), __atel_attribute.String("code.namespace", "example.com/handler-names"), __atel_attribute.String("code.filepath", "example.com/handler-names/main.go"), __atel_attribute.Int("code.lineno", 69)}

var __atel_attrs_main = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "main"), __atel_attribute.String("code.namespace", "example.com/handler-names"), __atel_attribute.String("code.filepath", "example.com/handler-names/main.go"), __atel_attribute.Int("code.lineno", 71)}

var __atel_attrs_mapStrings = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "mapStrings"), __atel_attribute.String("code.namespace", "example.com/handler-names"), __atel_attribute.String("code.filepath", "example.com/handler-names/main.go"), __atel_attribute.Int("code.lineno", 83)}

var __atel_attrs_router_printRoutes_1 = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "printRoutes$1"), __atel_attribute.String("code.namespace", "example.com/handler-names.(*router)"), __atel_attribute.String("code.filepath", "example.com/handler-names/main.go"), __atel_attribute.Int("code.lineno", 37)}

var __atel_attrs_main_1 = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "main$1"), __atel_attribute.String("code.namespace", "example.com/handler-names"), __atel_attribute.String("code.filepath", "example.com/handler-names/main.go"), __atel_attribute.Int("code.lineno", 78)}
