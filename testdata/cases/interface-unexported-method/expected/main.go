// Shapes behind an interface with an unexported method, found in a list of values of any type. The program imports
// another module (OpenTelemetry's attribute package), whose types instrgen does not see and which could satisfy an
// interface of exported methods; but only this package can declare name(), so what the assertion finds is one of
// its own shapes, and Area and name gain the context together with the interface.
package main

import (
	"fmt"

	"go.opentelemetry.io/otel/attribute"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

type shape interface {
	Area(__atel_tracing_ctx __atel_context.Context) float64
	name(__atel_tracing_ctx __atel_context.Context) string
}

type square struct {
	side float64
}

func (s square) Area(__atel_tracing_ctx __atel_context.Context) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.square.Area")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return s.side * s.side
}

func (s square) name(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.square.name")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return "square"
}

type rect struct {
	w, h float64
}

func (r rect) Area(__atel_tracing_ctx __atel_context.Context) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.rect.Area")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return r.w * r.h
}

func (r rect) name(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.rect.name")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return "rect"
}

func total(__atel_tracing_ctx __atel_context.Context, items []interface{}) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.total")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	sum := 0.0
	for _, it := range items {
		if s, ok := it.(shape); ok {
			sum += s.Area(__atel_child_tracing_ctx)
			fmt.Println(s.name(__atel_child_tracing_ctx))
		}
	}
	return sum
}

func main() {
	__atel_ts := rtlib.NewTracingState()
	defer rtlib.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	rtlib.AutotelEntryPoint()
	unit := attribute.String("unit", "cm")
	items := []interface{}{square{2}, rect{2, 3}, "not a shape", unit}
	fmt.Printf("total %.1f %s\n", total(__atel_child_tracing_ctx, items), unit.Value.AsString())
}

var __atel_tracer = __atel_otel.Tracer("example.com/interface-unexported-method")

var __atel_code_square_Area = __atel_rtlib.Code("example.com/interface-unexported-method", "main.square.Area", "Area", "example.com/interface-unexported-method.square", "example.com/interface-unexported-method/main.go", 24)

var __atel_code_square_name = __atel_rtlib.Code("example.com/interface-unexported-method", "main.square.name", "name", "example.com/interface-unexported-method.square", "example.com/interface-unexported-method/main.go", 26)

var __atel_code_rect_Area = __atel_rtlib.Code("example.com/interface-unexported-method", "main.rect.Area", "Area", "example.com/interface-unexported-method.rect", "example.com/interface-unexported-method/main.go", 32)

var __atel_code_rect_name = __atel_rtlib.Code("example.com/interface-unexported-method", "main.rect.name", "name", "example.com/interface-unexported-method.rect", "example.com/interface-unexported-method/main.go", 34)

var __atel_code_total = __atel_rtlib.Code("example.com/interface-unexported-method", "main.total", "total", "example.com/interface-unexported-method", "example.com/interface-unexported-method/main.go", 36)

var __atel_code_main = __atel_rtlib.Code("example.com/interface-unexported-method", "main.main", "main", "example.com/interface-unexported-method", "example.com/interface-unexported-method/main.go", 47)
