// Package geo declares functions whose parameters are qualified types (os.FileInfo, *shape.Point): main uses them
// as values, so their adapters must spell those types as main names them, qualifiers unchanged.
package geo

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"example.com/adapterqual/shape"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_codes "go.opentelemetry.io/otel/codes"
	__atel_trace "go.opentelemetry.io/otel/trace"
	__atel_rtlib "instrgen.dev/rtlib"
)

// Grow moves a point away from the origin.
func Grow(__atel_tracing_ctx __atel_context.Context, p *shape.Point) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "geo.Grow")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	p.X, p.Y = p.X*2, p.Y*2
}

// Visit counts what filepath.Walk shows it.
func Visit(__atel_tracing_ctx __atel_context.Context, path string, info os.FileInfo, err error) (__atel_err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "geo.Visit")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_err)
	if err != nil {
		return err
	}
	fmt.Println("visit", strings.HasPrefix(filepath.Base(path), "adapterqual"), info.IsDir())
	return nil
}

// Label names a point.
func Label(__atel_tracing_ctx __atel_context.Context, p shape.Point) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "geo.Label")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return fmt.Sprintf("(%d,%d)", p.X, p.Y)
}

var __atel_tracer = __atel_otel.Tracer("example.com/adapterqual/geo")

var __atel_code_Grow = __atel_rtlib.Code("example.com/adapterqual/geo", "geo.Grow", "Grow", "example.com/adapterqual/geo", "example.com/adapterqual/geo/geo.go", 15)

var __atel_code_Visit = __atel_rtlib.Code("example.com/adapterqual/geo", "geo.Visit", "Visit", "example.com/adapterqual/geo", "example.com/adapterqual/geo/geo.go", 20)

var __atel_code_Label = __atel_rtlib.Code("example.com/adapterqual/geo", "geo.Label", "Label", "example.com/adapterqual/geo", "example.com/adapterqual/geo/geo.go", 29)

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
