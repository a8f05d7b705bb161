// Calls from main into another package of the module, to methods and functions that keep their signatures, pass
// the context through geo's exported forwarders: a pointer method on an addressable value (&p), a value method
// through a pointer (*c), a function, a generic function, and interface calls through geo.Shape, also where geo's
// name is shadowed, from a file that does not import geo, and to a method promoted from an unexported embedded
// field (nil pointer included). Method sets, as
// reflection counts them, stay the same, and a value method called through a nil pointer panics as before.
package main

import (
	"fmt"
	"reflect"

	"example.com/twin-cross-package/geo"
	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

import __atel_pkg_geo "example.com/twin-cross-package/geo"

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
	p := geo.Point{X: 1, Y: 2}
	p.Move(__atel_child_tracing_ctx, 3)
	fmt.Println(geo.AtelTwinOf__Point__String(&p, __atel_child_tracing_ctx))
	c := new(geo.Celsius)
	*c = 21.5
	fmt.Println(geo.AtelTwinOf__Celsius__String(*c, __atel_child_tracing_ctx))
	fmt.Println(geo.AtelTwin__Double(__atel_child_tracing_ctx, 4), geo.AtelTwin__Max(__atel_child_tracing_ctx, 2.5, 1.5), geo.Count(__atel_child_tracing_ctx))
	for _, s := range geo.Shapes(__atel_child_tracing_ctx) {
		fmt.Println(geo.AtelVia__Shape__String(s, __atel_child_tracing_ctx), s.Area(__atel_child_tracing_ctx))
	}
	{
		geo := geo.Point{X: 5, Y: 6} // the package's name is shadowed at the call
		fmt.Println(__atel_pkg_geo.AtelTwinOf__Point__String(&geo, __atel_child_tracing_ctx))
	}
	warmest(__atel_child_tracing_ctx)
	var buf geo.Buffer
	data, n := []byte("hello, world"), 5
	fmt.Println(geo.AtelTwinOf__Buffer__Write(&buf, __atel_child_tracing_ctx, data[n:n+2]))
	fmt.Println(geo.AtelTwinIn__label__String(geo.NewMarker(__atel_child_tracing_ctx, 7, "home"), __atel_child_tracing_ctx))
	func() {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.main$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End()
		defer func() {
			__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.main$1$1")
			_ = __atel_child_tracing_ctx
			defer __atel_span.End() //instrgen:oneline
			fmt.Println("recovered:", recover())
		}()
		var none *geo.Marker
		fmt.Println(geo.AtelTwinIn__label__String(none, __atel_child_tracing_ctx))
	}()
	fmt.Println(reflect.TypeOf(&p).NumMethod(), reflect.TypeOf(*c).NumMethod(), reflect.TypeOf(geo.Shapes(__atel_child_tracing_ctx)[0]).NumMethod())
	defer func() {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.main$2")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		fmt.Println("recovered:", recover())
	}()
	var none *geo.Celsius
	fmt.Println(geo.AtelTwinOf__Celsius__String(*none, __atel_child_tracing_ctx))
}

func hottest(__atel_tracing_ctx __atel_context.Context) *geo.Celsius {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.hottest")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	c := geo.Celsius(40)
	return &c
}

var __atel_tracer = __atel_otel.Tracer("example.com/twin-cross-package")

var __atel_code_main = __atel_rtlib.Code("example.com/twin-cross-package", "main.main", "main", "example.com/twin-cross-package", "example.com/twin-cross-package/main.go", 17)

var __atel_code_hottest = __atel_rtlib.Code("example.com/twin-cross-package", "main.hottest", "hottest", "example.com/twin-cross-package", "example.com/twin-cross-package/main.go", 49)

var __atel_code_main_1 = __atel_rtlib.Code("example.com/twin-cross-package", "main.main$1", "main$1", "example.com/twin-cross-package", "example.com/twin-cross-package/main.go", 38)

var __atel_code_main_1_1 = __atel_rtlib.Code("example.com/twin-cross-package", "main.main$1$1", "main$1$1", "example.com/twin-cross-package", "example.com/twin-cross-package/main.go", 39)

var __atel_code_main_2 = __atel_rtlib.Code("example.com/twin-cross-package", "main.main$2", "main$2", "example.com/twin-cross-package", "example.com/twin-cross-package/main.go", 44)
