// Shapes printed through an interface whose String keeps its signature (every shape is a fmt.Stringer): the calls
// s.String() go through a dispatch helper that reaches the twins of main's shapes with the caller's context, so
// their spans join the trace; geo.Triangle, from another package, has no twin main can reach and is called as
// before (a new trace); a nil shape panics as before; method sets, as reflection counts them, do not change.
package main

import (
	"fmt"
	"reflect"
	"strconv"

	"example.com/twin-interface-dispatch/geo"
	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

type shape interface {
	String() string
	Area(__atel_tracing_ctx __atel_context.Context) float64
}

type square struct{ side float64 }

func (s square) String() string {
	return s.__atel_twin_String(__atel_context.Background())
}

func (s square) __atel_twin_String(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "main.square.String")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return fmt.Sprintf("square %g", s.side)
}

func (s square) Area(__atel_tracing_ctx __atel_context.Context) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.square.Area")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return s.side * s.side
}

type circle struct{ r float64 }

func (c *circle) String() string {
	return c.__atel_twin_String(__atel_context.Background())
}

func (c *circle) __atel_twin_String(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "main.(*circle).String")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return "circle " + strconv.FormatFloat(c.r, 'g', -1, 64)
}

func (c *circle) Area(__atel_tracing_ctx __atel_context.Context) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*circle).Area")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return 3 * c.r * c.r
}

// labelled embeds a shape: its String is the embedded one's, through the interface.
type labelled struct {
	shape
	label string
}

func describe(__atel_tracing_ctx __atel_context.Context, shapes []shape) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.describe")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
	total := 0.0
	for _, s := range shapes {
		if name := __atel_via_shape(s).__atel_twin_String(__atel_child_tracing_ctx); name != "" {
			fmt.Println(name, s.Area(__atel_child_tracing_ctx))
		}
		total += s.Area(__atel_child_tracing_ctx)
	}
	return total
}

func safeName(__atel_tracing_ctx __atel_context.Context, s shape) (name string) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.safeName")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
	defer func() {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.safeName$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End()
		if r := recover(); r != nil {
			name = fmt.Sprint("recovered: ", r)
		}
	}()
	return __atel_via_shape(s).__atel_twin_String(__atel_child_tracing_ctx)
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
	shapes := []shape{square{2}, &circle{1}, labelled{square{3}, "big"}, geo.Triangle{A: 3, B: 4}}
	fmt.Println("total", describe(__atel_child_tracing_ctx, shapes))
	fmt.Println(safeName(__atel_child_tracing_ctx, &circle{2}))
	fmt.Println(safeName(__atel_child_tracing_ctx, nil))
	fmt.Println(reflect.TypeOf((*shape)(nil)).Elem().NumMethod(), reflect.TypeOf(square{}).NumMethod(),
		reflect.TypeOf(&circle{}).NumMethod(), reflect.TypeOf(labelled{}).NumMethod())
}

var __atel_tracer = __atel_otel.Tracer("example.com/twin-interface-dispatch")

var __atel_code_square_String = __atel_rtlib.Code("example.com/twin-interface-dispatch", "main.square.String", "String", "example.com/twin-interface-dispatch.square", "example.com/twin-interface-dispatch/main.go", 23)

var __atel_code_square_Area = __atel_rtlib.Code("example.com/twin-interface-dispatch", "main.square.Area", "Area", "example.com/twin-interface-dispatch.square", "example.com/twin-interface-dispatch/main.go", 25)

var __atel_code_circle_String = __atel_rtlib.Code("example.com/twin-interface-dispatch", "main.(*circle).String", "String", "example.com/twin-interface-dispatch.(*circle)", "example.com/twin-interface-dispatch/main.go", 29)

var __atel_code_circle_Area = __atel_rtlib.Code("example.com/twin-interface-dispatch", "main.(*circle).Area", "Area", "example.com/twin-interface-dispatch.(*circle)", "example.com/twin-interface-dispatch/main.go", 33)

var __atel_code_describe = __atel_rtlib.Code("example.com/twin-interface-dispatch", "main.describe", "describe", "example.com/twin-interface-dispatch", "example.com/twin-interface-dispatch/main.go", 41)

var __atel_code_safeName = __atel_rtlib.Code("example.com/twin-interface-dispatch", "main.safeName", "safeName", "example.com/twin-interface-dispatch", "example.com/twin-interface-dispatch/main.go", 52)

var __atel_code_main = __atel_rtlib.Code("example.com/twin-interface-dispatch", "main.main", "main", "example.com/twin-interface-dispatch", "example.com/twin-interface-dispatch/main.go", 61)

var __atel_code_safeName_1 = __atel_rtlib.Code("example.com/twin-interface-dispatch", "main.safeName$1", "safeName$1", "example.com/twin-interface-dispatch", "example.com/twin-interface-dispatch/main.go", 53)

type __atel_dispatch_shape struct{ __atel_v shape }

func __atel_via_shape(__atel_v shape) __atel_dispatch_shape {
	return __atel_dispatch_shape{__atel_v}
}

func (__atel_d __atel_dispatch_shape) __atel_twin_String(__atel_tracing_ctx __atel_context.Context) string {
	if __atel_t, __atel_ok := __atel_d.__atel_v.(interface {
		__atel_twin_String(__atel_context.Context) string
	}); __atel_ok {
		return __atel_t.__atel_twin_String(__atel_tracing_ctx)
	}
	return __atel_d.__atel_v.String()
}
