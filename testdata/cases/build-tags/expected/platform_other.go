//go:build !linux && !windows

package main

import (
	__atel_context "context"
	__atel_rtlib "instrgen.dev/rtlib"
)

func platformName(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.platformName")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return "OTHER"
}

var __atel_code_platformName = __atel_rtlib.Code("example.com/build-tags", "main.platformName", "platformName", "example.com/build-tags", "example.com/build-tags/platform_other.go", 5)
