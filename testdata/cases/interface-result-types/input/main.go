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

type entry struct {
	key, value string
}

type lru struct {
	max   int
	order *list.List
	items map[string]*list.Element
	hits  int
}

func newLRU(max int) *lru {
	return &lru{max: max, order: list.New(), items: map[string]*list.Element{}}
}

func (c *lru) Get(key string) (string, bool) {
	el, ok := c.items[key]
	if !ok {
		return "", false
	}
	c.hits++
	c.order.MoveToFront(el)
	return el.Value.(*entry).value, true
}

func (c *lru) Put(key, value string) {
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
func (c *lru) Len() int { return c.order.Len() }

// String is a fmt.Stringer, types and all, and keeps its signature.
func (c *lru) String() string {
	var keys []string
	for el := c.order.Front(); el != nil; el = el.Next() {
		keys = append(keys, el.Value.(*entry).key)
	}
	return "[" + strings.Join(keys, " ") + "]"
}

func slowUpper(s string) string {
	return strings.ToUpper(s)
}

func lookup(c *lru, key string) string {
	if v, ok := c.Get(key); ok {
		return v
	}
	v := slowUpper(key)
	c.Put(key, v)
	return v
}

func main() {
	rtlib.AutotelEntryPoint()
	c := newLRU(2)
	for _, k := range []string{"a", "b", "a", "c", "b", "a"} {
		fmt.Printf("%s -> %s %v\n", k, lookup(c, k), c)
	}
	fmt.Println("hits:", c.hits, "len:", c.Len())
}
