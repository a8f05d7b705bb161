//go:build extra

package main

import "fmt"

import (
	__atel_context "context"
	__atel_rtlib "instrgen.dev/rtlib"
)

func extraFeature(__atel_tracing_ctx __atel_context.Context, n int) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.extraFeature")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return fmt.Sprintf("enabled x%d", n)
}

var __atel_code_extraFeature = __atel_rtlib.Code("example.com/build-tags", "main.extraFeature", "extraFeature", "example.com/build-tags", "example.com/build-tags/extra.go", 7)
