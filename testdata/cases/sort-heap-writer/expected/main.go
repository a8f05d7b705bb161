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
	__atel_codes "go.opentelemetry.io/otel/codes"
	__atel_trace "go.opentelemetry.io/otel/trace"
	__atel_rtlib "instrgen.dev/rtlib"
)

type Person struct {
	Name string
	Age  int
}

// byAge implements sort.Interface.
type byAge []Person

func (a byAge) Len() int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.byAge.Len")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return len(a)
}
func (a byAge) Less(i, j int) bool {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.byAge.Less")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return before(__atel_child_tracing_ctx, a[i], a[j])
}
func (a byAge) Swap(i, j int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.byAge.Swap")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	a[i], a[j] = a[j], a[i]
}

func before(__atel_tracing_ctx __atel_context.Context, x, y Person) bool {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.before")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
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
	return q.__atel_twin_Len(__atel_context.Background())
}

func (q queue) __atel_twin_Len(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "main.queue.Len")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return len(q)
}
func (q queue) Less(i, j int) bool {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.queue.Less")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return q[i].Prio > q[j].Prio
}
func (q queue) Swap(i, j int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.queue.Swap")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	q[i], q[j] = q[j], q[i]
}
func (q *queue) Push(x any) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.(*queue).Push")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	*q = append(*q, x.(*Task))
}
func (q *queue) Pop() any {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.(*queue).Pop")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
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

func (w *prefixWriter) Write(p []byte) (__atel_ret0 int, __atel_ret1 error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.(*prefixWriter).Write")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_end(__atel_span, &__atel_ret1)
	w.bytes += len(p)
	if _, err := fmt.Fprintf(w.out, "%s%s", w.prefix, p); err != nil {
		return 0, err
	}
	return len(p), nil
}

func drain(__atel_tracing_ctx __atel_context.Context, q *queue) []string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.drain")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
	var order []string
	for q.__atel_twin_Len(__atel_child_tracing_ctx) > 0 {
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
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
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

var __atel_code_byAge_Len = __atel_rtlib.Code("example.com/sort-heap-writer", "main.byAge.Len", "Len", "example.com/sort-heap-writer.byAge", "example.com/sort-heap-writer/main.go", 21)

var __atel_code_byAge_Less = __atel_rtlib.Code("example.com/sort-heap-writer", "main.byAge.Less", "Less", "example.com/sort-heap-writer.byAge", "example.com/sort-heap-writer/main.go", 22)

var __atel_code_byAge_Swap = __atel_rtlib.Code("example.com/sort-heap-writer", "main.byAge.Swap", "Swap", "example.com/sort-heap-writer.byAge", "example.com/sort-heap-writer/main.go", 23)

var __atel_code_before = __atel_rtlib.Code("example.com/sort-heap-writer", "main.before", "before", "example.com/sort-heap-writer", "example.com/sort-heap-writer/main.go", 25)

var __atel_code_queue_Len = __atel_rtlib.Code("example.com/sort-heap-writer", "main.queue.Len", "Len", "example.com/sort-heap-writer.queue", "example.com/sort-heap-writer/main.go", 40)

var __atel_code_queue_Less = __atel_rtlib.Code("example.com/sort-heap-writer", "main.queue.Less", "Less", "example.com/sort-heap-writer.queue", "example.com/sort-heap-writer/main.go", 41)

var __atel_code_queue_Swap = __atel_rtlib.Code("example.com/sort-heap-writer", "main.queue.Swap", "Swap", "example.com/sort-heap-writer.queue", "example.com/sort-heap-writer/main.go", 42)

var __atel_code_queue_Push = __atel_rtlib.Code("example.com/sort-heap-writer", "main.(*queue).Push", "Push", "example.com/sort-heap-writer.(*queue)", "example.com/sort-heap-writer/main.go", 43)

var __atel_code_queue_Pop = __atel_rtlib.Code("example.com/sort-heap-writer", "main.(*queue).Pop", "Pop", "example.com/sort-heap-writer.(*queue)", "example.com/sort-heap-writer/main.go", 44)

var __atel_code_prefixWriter_Write = __atel_rtlib.Code("example.com/sort-heap-writer", "main.(*prefixWriter).Write", "Write", "example.com/sort-heap-writer.(*prefixWriter)", "example.com/sort-heap-writer/main.go", 59)

var __atel_code_drain = __atel_rtlib.Code("example.com/sort-heap-writer", "main.drain", "drain", "example.com/sort-heap-writer", "example.com/sort-heap-writer/main.go", 67)

var __atel_code_main = __atel_rtlib.Code("example.com/sort-heap-writer", "main.main", "main", "example.com/sort-heap-writer", "example.com/sort-heap-writer/main.go", 75)

// __atel_end ends a span, recording a non-nil error as its error and status (added by instrgen).
func __atel_end(span __atel_trace.Span, err *error) {
	defer span.End()
	if e := *err; e != nil && span.IsRecording() {
		span.SetStatus(__atel_codes.Error, "")
		defer func() { _ = recover() }()
		span.SetStatus(__atel_codes.Error, e.Error())
		span.RecordError(e)
	}
}
