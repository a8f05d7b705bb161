package main

import "fmt"

import (
	__atel_context "context"
	__atel_rtlib "instrgen.dev/rtlib"
)

import __atel_pkg_geo "example.com/twin-cross-package/geo"

// warmest does not import geo: the call imports it for geo's forwarder, under a name of instrgen's.
func warmest(__atel_tracing_ctx __atel_context.Context) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.warmest")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	fmt.Println("warmest:", __atel_pkg_geo.AtelTwinOf__Celsius__String(*hottest(__atel_child_tracing_ctx), __atel_child_tracing_ctx))
}

var __atel_code_warmest = __atel_rtlib.Code("example.com/twin-cross-package", "main.warmest", "warmest", "example.com/twin-cross-package", "example.com/twin-cross-package/other.go", 6)
