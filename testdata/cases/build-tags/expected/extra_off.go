//go:build !extra

package main

import (
	__atel_context "context"
	__atel_rtlib "instrgen.dev/rtlib"
)

func extraFeature(__atel_tracing_ctx __atel_context.Context, n int) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.extraFeature")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return "disabled" + suffix(__atel_child_tracing_ctx, n)
}

func suffix(__atel_tracing_ctx __atel_context.Context, n int) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.suffix")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if n > 1 {
		return "!"
	}
	return ""
}

var __atel_code_extraFeature = __atel_rtlib.Code("example.com/build-tags", "main.extraFeature", "extraFeature", "example.com/build-tags", "example.com/build-tags/extra_off.go", 5)

var __atel_code_suffix = __atel_rtlib.Code("example.com/build-tags", "main.suffix", "suffix", "example.com/build-tags", "example.com/build-tags/extra_off.go", 9)
