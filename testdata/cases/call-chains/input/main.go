package main

import (
	"fmt"
	"strings"

	"instrgen.dev/rtlib"
)

type Counter struct {
	n     int
	steps []string
}

func NewCounter() *Counter {
	return &Counter{}
}

func (c *Counter) Add(k int) *Counter {
	c.n += k
	c.steps = append(c.steps, fmt.Sprintf("+%d", k))
	return c
}

func (c *Counter) Inc() *Counter {
	return c.Add(1)
}

func (c Counter) Value() int { return c.n }

type Builder struct{ parts []string }

func (b Builder) With(s string) Builder {
	b.parts = append(append([]string(nil), b.parts...), s)
	return b
}

func (b Builder) Build(sep string) string {
	return strings.Join(b.parts, sep)
}

func split(s string) (string, string) {
	i := strings.IndexByte(s, ':')
	if i < 0 {
		return s, ""
	}
	return s[:i], s[i+1:]
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func twoValues() (string, int) {
	return "answer", sum(40, 2)
}

func pair(name string, v int) string {
	return fmt.Sprintf("%s=%d", name, v)
}

func main() {
	rtlib.AutotelEntryPoint()
	c := NewCounter()
	c.Add(2).Add(3).Inc()
	fmt.Println("counter:", c.Value(), c.steps)
	fmt.Println("fresh chain:", NewCounter().Inc().Inc().Add(10).Value())

	base := Builder{}.With("a")
	fmt.Println("builder:", base.With("b").With("c").Build("-"), base.Build("-"))

	k, v := split("key:value")
	fmt.Println("split:", k, v)

	nums := []int{4, 5, 6}
	fmt.Println("sum:", sum(1, 2, 3), sum(nums...), sum())

	fmt.Println("pair:", pair(twoValues()))
	left, _ := split("x:y")
	fmt.Println("pair left:", pair(left+"!", len(nums)))
}
