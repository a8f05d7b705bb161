package main

import (
	"context"
	"fmt"
	"strings"

	"instrgen.dev/rtlib"
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
	if ctx.Err() != nil {
		return "", false
	}
	v, ok := m.data[key]
	return v, ok
}

type fixedStore struct{ value string }

func (f fixedStore) Get(_ context.Context, key string) (string, bool) {
	return f.value + "(" + key + ")", true
}

func withUser(ctx context.Context, user string) context.Context {
	return context.WithValue(ctx, ctxKey("user"), user)
}

func userOf(ctx context.Context) string {
	u, ok := ctx.Value(ctxKey("user")).(string)
	if !ok {
		return "<nobody>"
	}
	return u
}

func double(_ context.Context, n int) int {
	return n * 2
}

func greet(ctx context.Context, name string) string {
	return "hello " + name + " from " + userOf(ctx)
}

// describe has a parameter named context, which hides the package inside the body.
func describe(context string) string {
	return strings.ToUpper(context) + fmt.Sprintf("/%d", len(context))
}

func lookup(ctx context.Context, s Store, key string) string {
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
	rtlib.AutotelEntryPoint()
	ctx := withUser(context.Background(), "alice")
	fmt.Println("user:", userOf(ctx))
	fmt.Println("greet:", greet(ctx, "bob"))

	var h Handler = greet
	fmt.Println("handler:", h(withUser(ctx, "carol"), "dave"))
	fmt.Println("double:", double(ctx, 21))
	fmt.Println("describe:", describe("background"))

	stores := []Store{memStore{data: map[string]string{"k": "v1"}}, fixedStore{value: "fixed"}}
	for _, s := range stores {
		fmt.Println("lookup:", lookup(ctx, s, "k"))
	}

	cctx, cancel := cancellable(ctx)
	fmt.Println("before cancel:", lookup(cctx, stores[0], "k"), report(cctx, "cctx"))
	cancel()
	fmt.Println("after cancel:", lookup(cctx, stores[0], "k"), report(cctx, "cctx"))
	fmt.Println("parent still:", lookup(ctx, stores[0], "k"), report(ctx, "ctx"))
}
