package main

import (
	"fmt"
	"io"
	"os"
	"reflect"
	"runtime"

	"example.com/twin-kept-signatures/out"
	"instrgen.dev/rtlib"
)

// reporter counts what it writes; it is an io.Writer for fmt.Fprintf.
type reporter struct {
	w io.Writer
	n int
}

// Write forwards p and counts it.
func (r *reporter) Write(p []byte) (int, error) {
	r.n += len(p)
	return r.w.Write(p)
}

// Close panics past a limit and recovers into its named result; io.Closer keeps its signature.
func (r *reporter) Close() (err error) {
	defer func() {
		if x := recover(); x != nil {
			err = fmt.Errorf("recovered: %v", x)
		}
	}()
	if r.n > 10 {
		panic("too much written")
	}
	return nil
}

// tee promotes the reporter's methods.
type tee struct {
	*reporter
}

// nop writes nowhere; its receiver and parameter have no names.
type nop struct{}

func (nop) Write([]byte) (int, error) { return 0, nil }

// box is generic; its String keeps its signature for fmt.Stringer.
type box[T any] struct {
	v T
}

func (b *box[T]) String() string {
	return fmt.Sprint("box(", b.v, ")")
}

// first is generic, and kept: a call passes it another call's results.
func first[T any](a T, _ int) T {
	return a
}

func two() (string, int) { return "two", 2 }

// node's methods are called by name through reflection.
type node struct {
	name string
}

func (n node) Name() string {
	return "node " + n.name
}

// logf is a function value whose name is printed: it keeps its identity.
func logf(format string, args ...interface{}) {
	fmt.Printf("log: "+format+"\n", args...)
}

func emit(r *reporter, s string) {
	r.Write([]byte(s + "\n"))
	fmt.Fprintf(r, "via fmt: %s\n", s)
	t := tee{r}
	t.Write([]byte("via tee\n"))
	var w io.Writer = nop{}
	fmt.Fprint(w, "ignored")
	nop{}.Write(nil)
}

func reflected(n node) {
	v := reflect.ValueOf(n).MethodByName("Name").Call(nil)
	fmt.Println("by name:", v[0].String())
	fmt.Println("direct:", n.Name())
}

func generics() {
	b := &box[int]{v: 7}
	fmt.Println(b)
	fmt.Println("direct:", b.String())
	fmt.Println(first(two()), first[string]("one", 1))
}

func buffers() {
	b := &out.Buffer{}
	b.Add("a")
	b.Add("b")
	fmt.Println(b.Summary(), b.String(), b)
}

func main() {
	rtlib.AutotelEntryPoint()
	r := &reporter{w: os.Stdout}
	emit(r, "hello")
	fmt.Println("written:", r.n, "close:", r.Close())
	var c io.Closer = r
	fmt.Println("as closer:", c.Close())
	reflected(node{name: "x"})
	generics()
	buffers()
	logf("%d %s", 1, "one")
	fmt.Println(runtime.FuncForPC(reflect.ValueOf(logf).Pointer()).Name())
}
