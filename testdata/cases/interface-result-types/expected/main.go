// A small LRU cache in front of a slow lookup. Its Get and Put have the names and arities of
// crypto/tls.ClientSessionCache, but not its types (Get returns a string, not a *tls.ClientSessionState), so the
// cache is no tls.ClientSessionCache and its methods can take the trace's context.
package main

import (
	"container/list"
	"fmt"
	"strings"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

type entry struct {
	key, value string
}

type lru struct {
	max   int
	order *list.List
	items map[string]*list.Element
	hits  int
}

func newLRU(__atel_tracing_ctx __atel_context.Context, max int) *lru {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.newLRU")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return &lru{max: max, order: list.New(), items: map[string]*list.Element{}}
}

func (c *lru) Get(__atel_tracing_ctx __atel_context.Context, key string) (string, bool) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*lru).Get")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	el, ok := c.items[key]
	if !ok {
		return "", false
	}
	c.hits++
	c.order.MoveToFront(el)
	return el.Value.(*entry).value, true
}

func (c *lru) Put(__atel_tracing_ctx __atel_context.Context, key, value string) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*lru).Put")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if el, ok := c.items[key]; ok {
		el.Value.(*entry).value = value
		c.order.MoveToFront(el)
		return
	}
	c.items[key] = c.order.PushFront(&entry{key, value})
	if c.order.Len() > c.max {
		oldest := c.order.Back()
		c.order.Remove(oldest)
		delete(c.items, oldest.Value.(*entry).key)
	}
}

// Len matches no standard library interface on its own.
func (c *lru) Len(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*lru).Len")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return c.order.Len()
}

// String is a fmt.Stringer, types and all, and keeps its signature.
func (c *lru) String() string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.(*lru).String")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	var keys []string
	for el := c.order.Front(); el != nil; el = el.Next() {
		keys = append(keys, el.Value.(*entry).key)
	}
	return "[" + strings.Join(keys, " ") + "]"
}

func slowUpper(__atel_tracing_ctx __atel_context.Context, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.slowUpper")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return strings.ToUpper(s)
}

func lookup(__atel_tracing_ctx __atel_context.Context, c *lru, key string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.lookup")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if v, ok := c.Get(__atel_child_tracing_ctx, key); ok {
		return v
	}
	v := slowUpper(__atel_child_tracing_ctx, key)
	c.Put(__atel_child_tracing_ctx, key, v)
	return v
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
	c := newLRU(__atel_child_tracing_ctx, 2)
	for _, k := range []string{"a", "b", "a", "c", "b", "a"} {
		fmt.Printf("%s -> %s %v\n", k, lookup(__atel_child_tracing_ctx, c, k), c)
	}
	fmt.Println("hits:", c.hits, "len:", c.Len(__atel_child_tracing_ctx))
}

var __atel_tracer = __atel_otel.Tracer("example.com/interface-result-types")

var __atel_code_newLRU = __atel_rtlib.Code("example.com/interface-result-types", "main.newLRU", "newLRU", "example.com/interface-result-types", "example.com/interface-result-types/main.go", 25)

var __atel_code_lru_Get = __atel_rtlib.Code("example.com/interface-result-types", "main.(*lru).Get", "Get", "example.com/interface-result-types.(*lru)", "example.com/interface-result-types/main.go", 29)

var __atel_code_lru_Put = __atel_rtlib.Code("example.com/interface-result-types", "main.(*lru).Put", "Put", "example.com/interface-result-types.(*lru)", "example.com/interface-result-types/main.go", 39)

var __atel_code_lru_Len = __atel_rtlib.Code("example.com/interface-result-types", "main.(*lru).Len", "Len", "example.com/interface-result-types.(*lru)", "example.com/interface-result-types/main.go", 54)

var __atel_code_lru_String = __atel_rtlib.Code("example.com/interface-result-types", "main.(*lru).String", "String", "example.com/interface-result-types.(*lru)", "example.com/interface-result-types/main.go", 57)

var __atel_code_slowUpper = __atel_rtlib.Code("example.com/interface-result-types", "main.slowUpper", "slowUpper", "example.com/interface-result-types", "example.com/interface-result-types/main.go", 65)

var __atel_code_lookup = __atel_rtlib.Code("example.com/interface-result-types", "main.lookup", "lookup", "example.com/interface-result-types", "example.com/interface-result-types/main.go", 69)

var __atel_code_main = __atel_rtlib.Code("example.com/interface-result-types", "main.main", "main", "example.com/interface-result-types", "example.com/interface-result-types/main.go", 78)
