//go:build windows

package main

import (
	__atel_context "context"
	__atel_rtlib "instrgen.dev/rtlib"
)

func platformName(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.platformName")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return "WINDOWS" + driveHint(__atel_child_tracing_ctx)
}

func driveHint(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.driveHint")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return ` (C:\)`
}

var __atel_code_platformName = __atel_rtlib.Code("example.com/build-tags", "main.platformName", "platformName", "example.com/build-tags", "example.com/build-tags/platform_windows.go", 5)

var __atel_code_driveHint = __atel_rtlib.Code("example.com/build-tags", "main.driveHint", "driveHint", "example.com/build-tags", "example.com/build-tags/platform_windows.go", 9)
