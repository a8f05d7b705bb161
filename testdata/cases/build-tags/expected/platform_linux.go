//go:build linux

package main

import "strings"

import (
	__atel_context "context"
	__atel_rtlib "instrgen.dev/rtlib"
)

func platformName(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.platformName")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return strings.ToUpper("linux") + kernelHint(__atel_child_tracing_ctx)
}

func kernelHint(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.kernelHint")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return " (posix)"
}

var __atel_code_platformName = __atel_rtlib.Code("example.com/build-tags", "main.platformName", "platformName", "example.com/build-tags", "example.com/build-tags/platform_linux.go", 7)

var __atel_code_kernelHint = __atel_rtlib.Code("example.com/build-tags", "main.kernelHint", "kernelHint", "example.com/build-tags", "example.com/build-tags/platform_linux.go", 11)
