package main

import (
	"context"
	"fmt"
	"strings"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

type ctxKey string

// Handler is a function type whose context parameter has no name.
type Handler func(context.Context, string) string

// Store is an interface whose method takes an unnamed context.
type Store interface {
	Get(context.Context, string) (string, bool)
}

type memStore struct{ data map[string]string }

func (m memStore) Get(ctx context.Context, key string) (string, bool) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(ctx, "main.memStore.Get")
	ctx = __atel_child_tracing_ctx
	defer __atel_span.End()
	if ctx.Err() != nil {
		return "", false
	}
	v, ok := m.data[key]
	return v, ok
}

type fixedStore struct{ value string }

func (f fixedStore) Get(__atel_tracing_ctx context.Context, key string) (string, bool) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.fixedStore.Get")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return f.value + "(" + key + ")", true
}

func withUser(ctx context.Context, user string) context.Context {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(ctx, "main.withUser")
	ctx = __atel_child_tracing_ctx
	defer __atel_span.End()
	return context.WithValue(ctx, ctxKey("user"), user)
}

func userOf(ctx context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(ctx, "main.userOf")
	ctx = __atel_child_tracing_ctx
	defer __atel_span.End()
	u, ok := ctx.Value(ctxKey("user")).(string)
	if !ok {
		return "<nobody>"
	}
	return u
}

func double(__atel_tracing_ctx context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.double")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return n * 2
}

func greet(ctx context.Context, name string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(ctx, "main.greet")
	ctx = __atel_child_tracing_ctx
	defer __atel_span.End()
	return "hello " + name + " from " + userOf(ctx)
}

// describe has a parameter named context, which hides the package inside the body.
func describe(__atel_tracing_ctx __atel_context.Context, context string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.describe")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return strings.ToUpper(context) + fmt.Sprintf("/%d", len(context))
}

func lookup(ctx context.Context, s Store, key string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(ctx, "main.lookup")
	ctx = __atel_child_tracing_ctx
	defer __atel_span.End()
	v, ok := s.Get(ctx, key)
	if !ok {
		return "<missing>"
	}
	return v
}

func unusedWithContext(ctx context.Context) string {
	return userOf(ctx)
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
	ctx := withUser(__atel_rtlib.WithParentSpan(context.Background(), __atel_child_tracing_ctx), "alice")
	fmt.Println("user:", userOf(__atel_rtlib.WithParentSpan(ctx, __atel_child_tracing_ctx)))
	fmt.Println("greet:", greet(__atel_rtlib.WithParentSpan(ctx, __atel_child_tracing_ctx), "bob"))

	var h Handler = greet
	fmt.Println("handler:", h(withUser(__atel_rtlib.WithParentSpan(ctx, __atel_child_tracing_ctx), "carol"), "dave"))
	fmt.Println("double:", double(__atel_rtlib.WithParentSpan(ctx, __atel_child_tracing_ctx), 21))
	fmt.Println("describe:", describe(__atel_child_tracing_ctx, "background"))

	stores := []Store{memStore{data: map[string]string{"k": "v1"}}, fixedStore{value: "fixed"}}
	for _, s := range stores {
		fmt.Println("lookup:", lookup(__atel_rtlib.WithParentSpan(ctx, __atel_child_tracing_ctx), s, "k"))
	}

	cctx, cancel := cancellable(__atel_rtlib.WithParentSpan(ctx, __atel_child_tracing_ctx))
	fmt.Println("before cancel:", lookup(__atel_rtlib.WithParentSpan(cctx, __atel_child_tracing_ctx), stores[0], "k"), report(__atel_rtlib.WithParentSpan(cctx, __atel_child_tracing_ctx), "cctx"))
	cancel()
	fmt.Println("after cancel:", lookup(__atel_rtlib.WithParentSpan(cctx, __atel_child_tracing_ctx), stores[0], "k"), report(__atel_rtlib.WithParentSpan(cctx, __atel_child_tracing_ctx), "cctx"))
	fmt.Println("parent still:", lookup(__atel_rtlib.WithParentSpan(ctx, __atel_child_tracing_ctx), stores[0], "k"), report(__atel_rtlib.WithParentSpan(ctx, __atel_child_tracing_ctx), "ctx"))
}

var __atel_code_memStore_Get = __atel_rtlib.Code("example.com/existing-context", "main.memStore.Get", "Get", "example.com/existing-context.memStore", "example.com/existing-context/main.go", 23)

var __atel_code_fixedStore_Get = __atel_rtlib.Code("example.com/existing-context", "main.fixedStore.Get", "Get", "example.com/existing-context.fixedStore", "example.com/existing-context/main.go", 33)

var __atel_code_withUser = __atel_rtlib.Code("example.com/existing-context", "main.withUser", "withUser", "example.com/existing-context", "example.com/existing-context/main.go", 37)

var __atel_code_userOf = __atel_rtlib.Code("example.com/existing-context", "main.userOf", "userOf", "example.com/existing-context", "example.com/existing-context/main.go", 41)

var __atel_code_double = __atel_rtlib.Code("example.com/existing-context", "main.double", "double", "example.com/existing-context", "example.com/existing-context/main.go", 49)

var __atel_code_greet = __atel_rtlib.Code("example.com/existing-context", "main.greet", "greet", "example.com/existing-context", "example.com/existing-context/main.go", 53)

var __atel_code_describe = __atel_rtlib.Code("example.com/existing-context", "main.describe", "describe", "example.com/existing-context", "example.com/existing-context/main.go", 58)

var __atel_code_lookup = __atel_rtlib.Code("example.com/existing-context", "main.lookup", "lookup", "example.com/existing-context", "example.com/existing-context/main.go", 62)

var __atel_code_main = __atel_rtlib.Code("example.com/existing-context", "main.main", "main", "example.com/existing-context", "example.com/existing-context/main.go", 74)
