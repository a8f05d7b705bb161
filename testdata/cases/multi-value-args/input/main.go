package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"

	"example.com/multi-value-args/geo"
	"instrgen.dev/rtlib"
)

type counter struct{ n int }

func split(s string) (string, string) {
	head, tail, _ := strings.Cut(s, "=")
	return head, tail
}

func join(k, v string) string {
	return k + ":" + v
}

// parse returns a value and an error, passed on as they are.
func parse(s string) (int, error) {
	if s == "" {
		return 0, errors.New("empty")
	}
	return len(s), nil
}

func check(n int, err error) string {
	if err != nil {
		return "error: " + err.Error()
	}
	return fmt.Sprint("ok ", n)
}

// words is variadic: the results after the regular parameters go to it.
func words(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

// joined has a one-line body around a call that takes split's results: prune puts it back on one line with the call.
func joined(s string) string { return join(split(s)) }

func pair() (string, string, string) {
	return "-", "a", "b"
}

// add is a method: its receiver is evaluated before next() runs, so it keeps its signature.
func (c *counter) add(a, b int) int {
	c.n += a + b
	return c.n
}

func next(c *counter) (int, int) {
	c.n *= 10
	return 1, 2
}

var fromInit string

func init() {
	fromInit = join(split("init=yes"))
}

func main() {
	rtlib.AutotelEntryPoint()

	fmt.Println(join(split("a=b")))
	fmt.Println(joined("c=d"))
	fmt.Println(check(parse("hello")))
	fmt.Println(check(parse("")))
	fmt.Println(words(pair()))
	fmt.Println(geo.Format(geo.Polar(3, 4)))
	c := &counter{n: 1}
	fmt.Println(c.add(next(c)), c.n)
	fmt.Println(fromInit)

	var wg sync.WaitGroup
	results := make([]string, 1)
	wg.Add(1)
	go func() {
		defer wg.Done()
		results[0] = join(split("go=routine"))
	}()
	wg.Wait()
	fmt.Println(results[0])
}
