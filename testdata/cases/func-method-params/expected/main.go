package main

import (
	"fmt"
	"sort"
	"strings"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

type route struct {
	pattern string
	handle  func(__atel_tracing_ctx __atel_context.Context, args []string) string
}

type router struct{ routes []route }

// add's parameter h joins route.handle's group: a method's parameter, filled from main.
func (r *router) add(__atel_tracing_ctx __atel_context.Context, pattern string, h func(__atel_tracing_ctx __atel_context.Context, args []string) string) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*router).add")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	r.routes = append(r.routes, route{pattern: pattern, handle: h})
}

func (r *router) serve(__atel_tracing_ctx __atel_context.Context, path string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*router).serve")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	for _, rt := range r.routes {
		if strings.HasPrefix(path, rt.pattern) {
			return rt.handle(__atel_child_tracing_ctx, strings.Split(path, "/"))
		}
	}
	return "404"
}

// each calls what it is passed: a method's parameter that is only called.
func (r *router) each(__atel_tracing_ctx __atel_context.Context, visit func(__atel_tracing_ctx __atel_context.Context, pattern string)) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*router).each")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	for _, rt := range r.routes {
		visit(__atel_child_tracing_ctx, rt.pattern)
	}
}

type byLen []string

func (b byLen) Len() int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.byLen.Len")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return len(b)
}
func (b byLen) Less(i, j int) bool {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.byLen.Less")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return len(b[i]) < len(b[j])
}
func (b byLen) Swap(i, j int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.byLen.Swap")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	b[i], b[j] = b[j], b[i]
}

// sorter's method is named as a method of a module interface: its parameter keeps its type (IG2016).
type sorter interface {
	sortWith(__atel_tracing_ctx __atel_context.Context, less func(a, b string) bool)
}

type names struct{ list []string }

func (n *names) sortWith(__atel_tracing_ctx __atel_context.Context, less func(a, b string) bool) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*names).sortWith")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	sort.Slice(n.list, func(i, j int) bool {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.(*names).sortWith$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		return less(n.list[i], n.list[j])
	})
}

func shorter(__atel_tracing_ctx __atel_context.Context, a, b string) bool {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.shorter")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return len(a) < len(b)
}

func home(__atel_tracing_ctx __atel_context.Context, args []string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.home")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return "home " + fmt.Sprint(len(args))
}

func user(__atel_tracing_ctx __atel_context.Context, args []string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.user")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return "user " + strings.Join(args, ",")
}

func show(__atel_tracing_ctx __atel_context.Context, p string) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.show")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	fmt.Println("route", p)
}

func main() {
	__atel_ts := rtlib.NewTracingState()
	defer rtlib.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
	rtlib.AutotelEntryPoint()
	r := &router{}
	r.add(__atel_child_tracing_ctx, "/home", home)
	r.add(__atel_child_tracing_ctx, "/user", user)
	fmt.Println(r.serve(__atel_child_tracing_ctx, "/home/x"), r.serve(__atel_child_tracing_ctx, "/user/a/b"), r.serve(__atel_child_tracing_ctx, "/none"))
	r.each(__atel_child_tracing_ctx, show)
	var s sorter = &names{list: []string{"ccc", "a", "bb"}}
	s.sortWith(__atel_child_tracing_ctx, func(__atel_p0 string, __atel_p1 string) bool {
		return shorter(__atel_child_tracing_ctx, __atel_p0, __atel_p1)
	})
	fmt.Println(s.(*names).list)
	b := byLen{"xx", "y"}
	sort.Sort(b)
	fmt.Println(b)
}

var __atel_tracer = __atel_otel.Tracer("example.com/func-method-params")

var __atel_code_router_add = __atel_rtlib.Code("example.com/func-method-params", "main.(*router).add", "add", "example.com/func-method-params.(*router)", "example.com/func-method-params/main.go", 19)

var __atel_code_router_serve = __atel_rtlib.Code("example.com/func-method-params", "main.(*router).serve", "serve", "example.com/func-method-params.(*router)", "example.com/func-method-params/main.go", 23)

var __atel_code_router_each = __atel_rtlib.Code("example.com/func-method-params", "main.(*router).each", "each", "example.com/func-method-params.(*router)", "example.com/func-method-params/main.go", 33)

var __atel_code_byLen_Len = __atel_rtlib.Code("example.com/func-method-params", "main.byLen.Len", "Len", "example.com/func-method-params.byLen", "example.com/func-method-params/main.go", 41)

var __atel_code_byLen_Less = __atel_rtlib.Code("example.com/func-method-params", "main.byLen.Less", "Less", "example.com/func-method-params.byLen", "example.com/func-method-params/main.go", 42)

var __atel_code_byLen_Swap = __atel_rtlib.Code("example.com/func-method-params", "main.byLen.Swap", "Swap", "example.com/func-method-params.byLen", "example.com/func-method-params/main.go", 43)

var __atel_code_names_sortWith = __atel_rtlib.Code("example.com/func-method-params", "main.(*names).sortWith", "sortWith", "example.com/func-method-params.(*names)", "example.com/func-method-params/main.go", 52)

var __atel_code_shorter = __atel_rtlib.Code("example.com/func-method-params", "main.shorter", "shorter", "example.com/func-method-params", "example.com/func-method-params/main.go", 56)

var __atel_code_home = __atel_rtlib.Code("example.com/func-method-params", "main.home", "home", "example.com/func-method-params", "example.com/func-method-params/main.go", 58)

var __atel_code_user = __atel_rtlib.Code("example.com/func-method-params", "main.user", "user", "example.com/func-method-params", "example.com/func-method-params/main.go", 60)

var __atel_code_show = __atel_rtlib.Code("example.com/func-method-params", "main.show", "show", "example.com/func-method-params", "example.com/func-method-params/main.go", 62)

var __atel_code_main = __atel_rtlib.Code("example.com/func-method-params", "main.main", "main", "example.com/func-method-params", "example.com/func-method-params/main.go", 64)

var __atel_code_names_sortWith_1 = __atel_rtlib.Code("example.com/func-method-params", "main.(*names).sortWith$1", "sortWith$1", "example.com/func-method-params.(*names)", "example.com/func-method-params/main.go", 53)
