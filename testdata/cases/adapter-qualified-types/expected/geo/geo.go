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
)

// Grow moves a point away from the origin.
func Grow(__atel_tracing_ctx __atel_context.Context, p *shape.Point) {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/adapterqual/geo").Start(__atel_tracing_ctx, "geo.Grow")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	p.X, p.Y = p.X*2, p.Y*2
}

// Visit counts what filepath.Walk shows it.
func Visit(__atel_tracing_ctx __atel_context.Context, path string, info os.FileInfo, err error) error {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/adapterqual/geo").Start(__atel_tracing_ctx, "geo.Visit")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if err != nil {
		return err
	}
	fmt.Println("visit", strings.HasPrefix(filepath.Base(path), "adapterqual"), info.IsDir())
	return nil
}

// Label names a point.
func Label(__atel_tracing_ctx __atel_context.Context, p shape.Point) string {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/adapterqual/geo").Start(__atel_tracing_ctx, "geo.Label")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return fmt.Sprintf("(%d,%d)", p.X, p.Y)
}
