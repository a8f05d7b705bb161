//go:build linux

package main

import "strings"

import (
	__atel_context "context"
	__atel_attribute "go.opentelemetry.io/otel/attribute"
)

func platformName(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.platformName")
	__atel_span.SetAttributes(__atel_attrs_platformName...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return strings.ToUpper("linux") + kernelHint(__atel_child_tracing_ctx)
}

func kernelHint(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.kernelHint")
	__atel_span.SetAttributes(__atel_attrs_kernelHint...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return " (posix)"
}

var __atel_attrs_platformName = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "platformName"), __atel_attribute.String("code.namespace", "example.com/build-tags"), __atel_attribute.String("code.filepath", "example.com/build-tags/platform_linux.go"), __atel_attribute.Int("code.lineno", 7)}

var __atel_attrs_kernelHint = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "kernelHint"), __atel_attribute.String("code.namespace", "example.com/build-tags"), __atel_attribute.String("code.filepath", "example.com/build-tags/platform_linux.go"), __atel_attribute.Int("code.lineno", 11)}
