// A module whose functions, declared in one package with parameters of types qualified by other packages, are used
// as values in another: the adapter closures keep every qualifier as written (`*shape.Point`, `os.FileInfo`).
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"example.com/adapterqual/geo"
	"example.com/adapterqual/shape"
	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_codes "go.opentelemetry.io/otel/codes"
	__atel_trace "go.opentelemetry.io/otel/trace"
	__atel_rtlib "instrgen.dev/rtlib"
)

func main() {
	__atel_ts := rtlib.NewTracingState()
	defer rtlib.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	rtlib.AutotelEntryPoint()
	ps := []shape.Point{{X: 1, Y: 2}, {X: 3, Y: 4}}
	shape.Each(__atel_child_tracing_ctx, ps, geo.Grow)
	labels := []string{}
	for _, p := range ps {
		labels = append(labels, apply(__atel_child_tracing_ctx, geo.Label, p))
	}
	fmt.Println(strings.Join(labels, " "))
	dir, err := os.MkdirTemp("", "adapterqual")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	if err := filepath.Walk(dir, func(__atel_p0 string, __atel_p1 os.FileInfo, __atel_p2 error) error {
		return geo.Visit(__atel_child_tracing_ctx, __atel_p0, __atel_p1, __atel_p2)
	}); err != nil {
		fmt.Println(err)
	}
	fmt.Println(walk(__atel_child_tracing_ctx, dir))
}

// walk's one-line body is opened for its span: the adapter it gets is laid out at the indentation of its statement.
func walk(__atel_tracing_ctx __atel_context.Context, dir string) (__atel_err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.walk")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_err) //instrgen:oneline
	return filepath.Walk(dir, func(__atel_p0 string, __atel_p1 os.FileInfo, __atel_p2 error) error {
		return geo.Visit(__atel_child_tracing_ctx, __atel_p0, __atel_p1, __atel_p2)
	})
}

func apply(__atel_tracing_ctx __atel_context.Context, f func(__atel_context.Context, shape.Point) string, p shape.Point) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.apply")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return f(__atel_child_tracing_ctx, p)
}

var __atel_tracer = __atel_otel.Tracer("example.com/adapterqual")

var __atel_code_main = __atel_rtlib.Code("example.com/adapterqual", "main.main", "main", "example.com/adapterqual", "example.com/adapterqual/main.go", 16)

var __atel_code_walk = __atel_rtlib.Code("example.com/adapterqual", "main.walk", "walk", "example.com/adapterqual", "example.com/adapterqual/main.go", 38)

var __atel_code_apply = __atel_rtlib.Code("example.com/adapterqual", "main.apply", "apply", "example.com/adapterqual", "example.com/adapterqual/main.go", 40)

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
