// Package geo has methods and functions that keep their signatures (fmt.Stringer implementations, functions stored
// in an exported table): main, another package, reaches their twins through geo's exported forwarders.
package geo

import (
	"fmt"
	"strings"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_codes "go.opentelemetry.io/otel/codes"
	__atel_trace "go.opentelemetry.io/otel/trace"
	__atel_rtlib "instrgen.dev/rtlib"
)

type Point struct{ X, Y int }

func (p *Point) String() string {
	return p.__atel_twin_String(__atel_context.Background())
}

func AtelTwinOf__Point__String(p *Point, __atel_tracing_ctx __atel_context.Context) string {
	return p.__atel_twin_String(__atel_tracing_ctx)
}

func (p *Point) __atel_twin_String(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "geo.(*Point).String")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return fmt.Sprintf("(%d,%d)", p.X, p.Y)
}

// Move is not kept: it gets the context parameter as usual.
func (p *Point) Move(__atel_tracing_ctx __atel_context.Context, dx int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "geo.(*Point).Move")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	p.X += dx
}

type Celsius float64

func (c Celsius) String() string {
	return c.__atel_twin_String(__atel_context.Background())
}

func AtelTwinOf__Celsius__String(c Celsius, __atel_tracing_ctx __atel_context.Context) string {
	return c.__atel_twin_String(__atel_tracing_ctx)
}

func (c Celsius) __atel_twin_String(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "geo.Celsius.String")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return fmt.Sprintf("%.1fC", float64(c))
}

type Shape interface {
	Area(__atel_tracing_ctx __atel_context.Context) int
	String() string
}

type square struct{ side int }

func (s square) Area(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "geo.square.Area")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return s.side * s.side
}

func (s square) String() string {
	return s.__atel_twin_String(__atel_context.Background())
}

func (s square) __atel_twin_String(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "geo.square.String")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return "square " + strings.Repeat("#", s.side)
}

type circle struct{ r int }

func (c *circle) Area(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "geo.(*circle).Area")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return 3 * c.r * c.r
}

func (c *circle) String() string {
	return c.__atel_twin_String(__atel_context.Background())
}

func (c *circle) __atel_twin_String(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "geo.(*circle).String")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return fmt.Sprintf("circle r=%d", c.r)
}

func Shapes(__atel_tracing_ctx __atel_context.Context) []Shape {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "geo.Shapes")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return []Shape{square{2}, &circle{1}}
}

func Double(n int) int {
	return __atel_twin_Double(__atel_context.Background(), n)
}

func AtelTwin__Double(__atel_tracing_ctx __atel_context.Context, n int) int {
	return __atel_twin_Double(__atel_tracing_ctx, n)
}

func __atel_twin_Double(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "geo.Double")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return 2 * n
}

func Max[T int | float64](a, b T) T {
	return __atel_twin_Max[T](__atel_context.Background(), a, b)
}

func AtelTwin__Max[T int | float64](__atel_tracing_ctx __atel_context.Context, a, b T) T {
	return __atel_twin_Max[T](__atel_tracing_ctx, a, b)
}

func __atel_twin_Max[T int | float64](__atel_tracing_ctx __atel_context.Context, a, b T) T {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "geo.Max")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if a > b {
		return a
	}
	return b
}

// Binary and Unary hold Max and Double as values: no context is in scope at package level, so both keep their
// signatures.
var Binary = map[string]func(int, int) int{"max": Max[int]}

var Unary = []func(int) int{Double}

type label struct{ text string }

func (l *label) String() string {
	return l.__atel_twin_String(__atel_context.Background())
}

func AtelTwinIn__label__String(__atel_r interface {
	__atel_twin_String(__atel_context.Context) string
}, __atel_tracing_ctx __atel_context.Context) string {
	return __atel_r.__atel_twin_String(__atel_tracing_ctx)
}

func (l *label) __atel_twin_String(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "geo.(*label).String")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return "label " + l.text
}

// Marker's String is promoted from its unexported embedded label, which main cannot select.
type Marker struct {
	ID int
	label
}

func NewMarker(__atel_tracing_ctx __atel_context.Context, id int, text string) *Marker {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "geo.NewMarker")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return &Marker{id, label{text}}
}

var stringers = []fmt.Stringer{(*Point)(nil), Celsius(0), square{}, &circle{}, &label{}}

func Count(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "geo.Count")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return len(stringers)
}

// Buffer's Write keeps its signature (io.Writer). main passes it a slice `data[n : n+2]`: once the forwarder's
// list holds the receiver and the context too, gofmt writes the slice `data[n:n+2]`.
type Buffer struct{ data []byte }

func (b *Buffer) Write(p []byte) (int, error) {
	return b.__atel_twin_Write(__atel_context.Background(), p)
}

func AtelTwinOf__Buffer__Write(b *Buffer, __atel_tracing_ctx __atel_context.Context, p []byte) (int, error) {
	return b.__atel_twin_Write(__atel_tracing_ctx, p)
}

func (b *Buffer) __atel_twin_Write(__atel_tracing_ctx __atel_context.Context, p []byte) (__atel_ret0 int, __atel_ret1 error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "geo.(*Buffer).Write")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_ret1)
	b.data = append(b.data, p...)
	return len(p), nil
}

var __atel_tracer = __atel_otel.Tracer("example.com/twin-cross-package/geo")

var __atel_code_Point_String = __atel_rtlib.Code("example.com/twin-cross-package/geo", "geo.(*Point).String", "String", "example.com/twin-cross-package/geo.(*Point)", "example.com/twin-cross-package/geo/geo.go", 12)

var __atel_code_Point_Move = __atel_rtlib.Code("example.com/twin-cross-package/geo", "geo.(*Point).Move", "Move", "example.com/twin-cross-package/geo.(*Point)", "example.com/twin-cross-package/geo/geo.go", 15)

var __atel_code_Celsius_String = __atel_rtlib.Code("example.com/twin-cross-package/geo", "geo.Celsius.String", "String", "example.com/twin-cross-package/geo.Celsius", "example.com/twin-cross-package/geo/geo.go", 19)

var __atel_code_square_Area = __atel_rtlib.Code("example.com/twin-cross-package/geo", "geo.square.Area", "Area", "example.com/twin-cross-package/geo.square", "example.com/twin-cross-package/geo/geo.go", 28)

var __atel_code_square_String = __atel_rtlib.Code("example.com/twin-cross-package/geo", "geo.square.String", "String", "example.com/twin-cross-package/geo.square", "example.com/twin-cross-package/geo/geo.go", 30)

var __atel_code_circle_Area = __atel_rtlib.Code("example.com/twin-cross-package/geo", "geo.(*circle).Area", "Area", "example.com/twin-cross-package/geo.(*circle)", "example.com/twin-cross-package/geo/geo.go", 34)

var __atel_code_circle_String = __atel_rtlib.Code("example.com/twin-cross-package/geo", "geo.(*circle).String", "String", "example.com/twin-cross-package/geo.(*circle)", "example.com/twin-cross-package/geo/geo.go", 36)

var __atel_code_Shapes = __atel_rtlib.Code("example.com/twin-cross-package/geo", "geo.Shapes", "Shapes", "example.com/twin-cross-package/geo", "example.com/twin-cross-package/geo/geo.go", 38)

var __atel_code_Double = __atel_rtlib.Code("example.com/twin-cross-package/geo", "geo.Double", "Double", "example.com/twin-cross-package/geo", "example.com/twin-cross-package/geo/geo.go", 40)

var __atel_code_Max = __atel_rtlib.Code("example.com/twin-cross-package/geo", "geo.Max", "Max", "example.com/twin-cross-package/geo", "example.com/twin-cross-package/geo/geo.go", 42)

var __atel_code_label_String = __atel_rtlib.Code("example.com/twin-cross-package/geo", "geo.(*label).String", "String", "example.com/twin-cross-package/geo.(*label)", "example.com/twin-cross-package/geo/geo.go", 57)

var __atel_code_NewMarker = __atel_rtlib.Code("example.com/twin-cross-package/geo", "geo.NewMarker", "NewMarker", "example.com/twin-cross-package/geo", "example.com/twin-cross-package/geo/geo.go", 65)

var __atel_code_Count = __atel_rtlib.Code("example.com/twin-cross-package/geo", "geo.Count", "Count", "example.com/twin-cross-package/geo", "example.com/twin-cross-package/geo/geo.go", 69)

var __atel_code_Buffer_Write = __atel_rtlib.Code("example.com/twin-cross-package/geo", "geo.(*Buffer).Write", "Write", "example.com/twin-cross-package/geo.(*Buffer)", "example.com/twin-cross-package/geo/geo.go", 75)

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

type __atel_dispatch_Shape struct{ __atel_v Shape }

func __atel_via_Shape(__atel_v Shape) __atel_dispatch_Shape {
	return __atel_dispatch_Shape{__atel_v}
}

func (__atel_d __atel_dispatch_Shape) __atel_twin_String(__atel_tracing_ctx __atel_context.Context) string {
	if __atel_t, __atel_ok := __atel_d.__atel_v.(interface {
		__atel_twin_String(__atel_context.Context) string
	}); __atel_ok {
		return __atel_t.__atel_twin_String(__atel_tracing_ctx)
	}
	return __atel_d.__atel_v.String()
}

func AtelVia__Shape__String(__atel_v Shape, __atel_tracing_ctx __atel_context.Context) string {
	return __atel_dispatch_Shape{__atel_v}.__atel_twin_String(__atel_tracing_ctx)
}
