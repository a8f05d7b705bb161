// Package util (a) formats numbers.
package util

import "strings"

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// Format renders n right-aligned in a field of the given width.
func Format(__atel_tracing_ctx __atel_context.Context, n, width int) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "util.Format")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	s := itoa(__atel_child_tracing_ctx, n)
	return pad(__atel_child_tracing_ctx, s, width)
}

// Repeat returns s repeated n times.
func Repeat(__atel_tracing_ctx __atel_context.Context, s string, n int) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "util.Repeat")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return strings.Repeat(s, n)
}

func pad(__atel_tracing_ctx __atel_context.Context, s string, width int) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "util.pad")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if len(s) >= width {
		return s
	}
	return Repeat(__atel_child_tracing_ctx, ".", width-len(s)) + s
}

func itoa(__atel_tracing_ctx __atel_context.Context, n int) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "util.itoa")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	if neg {
		return "-" + string(b)
	}
	return string(b)
}

var __atel_tracer = __atel_otel.Tracer("example.com/same-name-packages/a/util")

var __atel_code_Format = __atel_rtlib.Code("example.com/same-name-packages/a/util", "util.Format", "Format", "example.com/same-name-packages/a/util", "example.com/same-name-packages/a/util/util.go", 7)

var __atel_code_Repeat = __atel_rtlib.Code("example.com/same-name-packages/a/util", "util.Repeat", "Repeat", "example.com/same-name-packages/a/util", "example.com/same-name-packages/a/util/util.go", 13)

var __atel_code_pad = __atel_rtlib.Code("example.com/same-name-packages/a/util", "util.pad", "pad", "example.com/same-name-packages/a/util", "example.com/same-name-packages/a/util/util.go", 17)

var __atel_code_itoa = __atel_rtlib.Code("example.com/same-name-packages/a/util", "util.itoa", "itoa", "example.com/same-name-packages/a/util", "example.com/same-name-packages/a/util/util.go", 24)
