//go:build !unix

package main

import (
	__atel_context "context"
	__atel_rtlib "instrgen.dev/rtlib"
)

type k struct{}

func (__atel_r k) String() string {
	return __atel_r.__atel_twin_String(__atel_context.Background())
}

func (k) __atel_twin_String(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "main.k.String")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return "k"
}

var __atel_code_k_String = __atel_rtlib.Code("example.com/twin-layouts", "main.k.String", "String", "example.com/twin-layouts.k", "example.com/twin-layouts/k_other.go", 7)
