package main

import (
	"fmt"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// Shape is declared in this package and implemented by *Rect.
type Shape interface {
	Area(__atel_tracing_ctx __atel_context.Context) float64
	Scale(__atel_tracing_ctx __atel_context.Context, f float64)
}

type Rect struct{ W, H float64 }

func (r Rect) Area(__atel_tracing_ctx __atel_context.Context) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Rect.Area")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return r.W * r.H
}

func (r *Rect) Scale(__atel_tracing_ctx __atel_context.Context, f float64) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*Rect).Scale")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	r.W = mul(__atel_child_tracing_ctx, r.W, f)
	r.H = mul(__atel_child_tracing_ctx, r.H, f)
}

func mul(__atel_tracing_ctx __atel_context.Context, a, b float64) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.mul")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return a * b
}

func describe(__atel_tracing_ctx __atel_context.Context, s Shape) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.describe")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return fmt.Sprintf("area=%.2f", s.Area(__atel_child_tracing_ctx))
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

	var s Shape = &Rect{W: 3, H: 4}
	fmt.Println("before:", s.Area(__atel_child_tracing_ctx))
	s.Scale(__atel_child_tracing_ctx, 1.5)
	fmt.Println("after:", describe(__atel_child_tracing_ctx, s))
	if r, ok := s.(*Rect); ok {
		fmt.Printf("rect: %.2f x %.2f\n", r.W, r.H)
	}
}

var __atel_tracer = __atel_otel.Tracer("example.com/interface-local")

var __atel_code_Rect_Area = __atel_rtlib.Code("example.com/interface-local", "main.Rect.Area", "Area", "example.com/interface-local.Rect", "example.com/interface-local/main.go", 17)

var __atel_code_Rect_Scale = __atel_rtlib.Code("example.com/interface-local", "main.(*Rect).Scale", "Scale", "example.com/interface-local.(*Rect)", "example.com/interface-local/main.go", 19)

var __atel_code_mul = __atel_rtlib.Code("example.com/interface-local", "main.mul", "mul", "example.com/interface-local", "example.com/interface-local/main.go", 24)

var __atel_code_describe = __atel_rtlib.Code("example.com/interface-local", "main.describe", "describe", "example.com/interface-local", "example.com/interface-local/main.go", 26)

var __atel_code_main = __atel_rtlib.Code("example.com/interface-local", "main.main", "main", "example.com/interface-local", "example.com/interface-local/main.go", 30)
