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
	__atel_attribute "go.opentelemetry.io/otel/attribute"
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
	__atel_span.SetAttributes(__atel_attrs_square_Area...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return s.side * s.side
}

func (s square) name(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.square.name")
	__atel_span.SetAttributes(__atel_attrs_square_name...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return "square"
}

type rect struct {
	w, h float64
}

func (r rect) Area(__atel_tracing_ctx __atel_context.Context) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.rect.Area")
	__atel_span.SetAttributes(__atel_attrs_rect_Area...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return r.w * r.h
}

func (r rect) name(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.rect.name")
	__atel_span.SetAttributes(__atel_attrs_rect_name...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return "rect"
}

func total(__atel_tracing_ctx __atel_context.Context, items []interface{}) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.total")
	__atel_span.SetAttributes(__atel_attrs_total...)
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
	__atel_span.SetAttributes(__atel_attrs_main...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	rtlib.AutotelEntryPoint()
	unit := attribute.String("unit", "cm")
	items := []interface{}{square{2}, rect{2, 3}, "not a shape", unit}
	fmt.Printf("total %.1f %s\n", total(__atel_child_tracing_ctx, items), unit.Value.AsString())
}

var __atel_tracer = __atel_otel.Tracer("example.com/interface-unexported-method")

var __atel_attrs_square_Area = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Area"), __atel_attribute.String("code.namespace", "example.com/interface-unexported-method.square"), __atel_attribute.String("code.filepath", "example.com/interface-unexported-method/main.go"), __atel_attribute.Int("code.lineno", 24)}

var __atel_attrs_square_name = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "name"), __atel_attribute.String("code.namespace", "example.com/interface-unexported-method.square"), __atel_attribute.String("code.filepath", "example.com/interface-unexported-method/main.go"), __atel_attribute.Int("code.lineno", 26)}

var __atel_attrs_rect_Area = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Area"), __atel_attribute.String("code.namespace", "example.com/interface-unexported-method.rect"), __atel_attribute.String("code.filepath", "example.com/interface-unexported-method/main.go"), __atel_attribute.Int("code.lineno", 32)}

var __atel_attrs_rect_name = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "name"), __atel_attribute.String("code.namespace", "example.com/interface-unexported-method.rect"), __atel_attribute.String("code.filepath", "example.com/interface-unexported-method/main.go"), __atel_attribute.Int("code.lineno", 34)}

var __atel_attrs_total = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "total"), __atel_attribute.String("code.namespace", "example.com/interface-unexported-method"), __atel_attribute.String("code.filepath", "example.com/interface-unexported-method/main.go"), __atel_attribute.Int("code.lineno", 36)}

var __atel_attrs_main = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "main"), __atel_attribute.String("code.namespace", "example.com/interface-unexported-method"), __atel_attribute.String("code.filepath", "example.com/interface-unexported-method/main.go"), __atel_attribute.Int("code.lineno", 47)}
