package main

import (
	"container/heap"
	"fmt"
	"io"
	"os"
	"sort"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_attribute "go.opentelemetry.io/otel/attribute"
)

type Person struct {
	Name string
	Age  int
}

// byAge implements sort.Interface.
type byAge []Person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return before(a[i], a[j]) }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func before(x, y Person) bool {
	if x.Age != y.Age {
		return x.Age < y.Age
	}
	return x.Name < y.Name
}

type Task struct {
	Name string
	Prio int
}

// queue implements heap.Interface: the highest Prio pops first.
type queue []*Task

func (q queue) Len() int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_context.Background(), "main.queue.Len")
	__atel_span.SetAttributes(__atel_attrs_queue_Len...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return len(q)
}
func (q queue) Less(i, j int) bool { return q[i].Prio > q[j].Prio }
func (q queue) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *queue) Push(x any)        { *q = append(*q, x.(*Task)) }
func (q *queue) Pop() any {
	old := *q
	n := len(old)
	t := old[n-1]
	*q = old[:n-1]
	return t
}

// prefixWriter implements io.Writer, prefixing every line and counting bytes.
type prefixWriter struct {
	out    io.Writer
	prefix string
	bytes  int
}

func (w *prefixWriter) Write(p []byte) (int, error) {
	w.bytes += len(p)
	if _, err := fmt.Fprintf(w.out, "%s%s", w.prefix, p); err != nil {
		return 0, err
	}
	return len(p), nil
}

func drain(__atel_tracing_ctx __atel_context.Context, q *queue) []string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.drain")
	__atel_span.SetAttributes(__atel_attrs_drain...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	var order []string
	for q.Len() > 0 {
		order = append(order, heap.Pop(q).(*Task).Name)
	}
	return order
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

	w := &prefixWriter{out: os.Stdout, prefix: "> "}

	people := []Person{{"carol", 35}, {"alice", 30}, {"bob", 30}, {"dave", 25}}
	sort.Sort(byAge(people))
	for _, p := range people {
		fmt.Fprintf(w, "%s %d\n", p.Name, p.Age)
	}

	q := &queue{{"low", 1}, {"high", 9}}
	heap.Init(q)
	heap.Push(q, &Task{"mid", 5})
	heap.Push(q, &Task{"urgent", 10})
	fmt.Fprintf(w, "order: %v\n", drain(__atel_child_tracing_ctx, q))
	fmt.Printf("bytes written through prefixWriter: %d\n", w.bytes)
}

var __atel_tracer = __atel_otel.Tracer("example.com/sort-heap-writer")

var __atel_attrs_queue_Len = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Len"), __atel_attribute.String("code.namespace", "example.com/sort-heap-writer.queue"), __atel_attribute.String("code.filepath", "example.com/sort-heap-writer/main.go"), __atel_attribute.Int("code.lineno", 40)}

var __atel_attrs_drain = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "drain"), __atel_attribute.String("code.namespace", "example.com/sort-heap-writer"), __atel_attribute.String("code.filepath", "example.com/sort-heap-writer/main.go"), __atel_attribute.Int("code.lineno", 67)}

var __atel_attrs_main = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "main"), __atel_attribute.String("code.namespace", "example.com/sort-heap-writer"), __atel_attribute.String("code.filepath", "example.com/sort-heap-writer/main.go"), __atel_attribute.Int("code.lineno", 75)}
