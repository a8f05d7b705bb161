package main

import (
	"fmt"
	"os"

	"example.com/volume/internal/codec"
	"example.com/volume/internal/store"
	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

func main() {
	__atel_ts := rtlib.NewTracingState()
	defer rtlib.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	rtlib.AutotelEntryPoint()
	s := store.New()
	for i, arg := range os.Args[1:] {
		handle(__atel_child_tracing_ctx, s, arg, i)
	}
	debugDump(s)
	var sz store.Sizer = s
	fmt.Println("size", sz.Size(__atel_child_tracing_ctx), "count", count(s), "total", total(__atel_child_tracing_ctx, s))
	for _, h := range []Hasher{fnvHash{}, codec.Plain{}} {
		fmt.Println("hash", __atel_via_Hasher(h).__atel_twin_Hash(__atel_child_tracing_ctx, "volume"))
	}
}

// Hasher is implemented here and in the excluded codec package: codec.Plain's Hash cannot take a context, so
// fnvHash's keeps its signature too, and its span starts a trace of its own.
type Hasher interface {
	Hash(s string) int
}

type fnvHash struct{}

func (__atel_r fnvHash) Hash(s string) int {
	return __atel_r.__atel_twin_Hash(__atel_context.Background(), s)
}

func (fnvHash) __atel_twin_Hash(__atel_tracing_ctx __atel_context.Context, s string) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.fnvHash.Hash")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	h := 7
	for _, c := range s {
		h = (h*31 + int(c)) % 1000003
	}
	return h
}

// handle stores one argument under its encoded key.
func handle(__atel_tracing_ctx __atel_context.Context, s *store.Store, arg string, i int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.handle")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	key := codec.Key(arg)
	s.Put(__atel_child_tracing_ctx, key, i*10)
	fmt.Println("stored", key)
}

// count has one statement and calls only trivial functions: it is trivial too.
func count(s *store.Store) int {
	return len(s.Keys())
}

func total(__atel_tracing_ctx __atel_context.Context, s *store.Store) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.total")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	n := 0
	for _, k := range s.Keys() {
		n += s.Get(k)
	}
	return n
}

// debugDump is excluded by its id; describe, called only from here, is not reached.
func debugDump(s *store.Store) {
	for _, k := range s.Keys() {
		fmt.Println("dump", k, describe(s.Get(k)))
	}
}

func describe(v int) string {
	if v == 0 {
		return "zero"
	}
	return fmt.Sprintf("%d", v)
}

var __atel_tracer = __atel_otel.Tracer("example.com/volume")

var __atel_code_main = __atel_rtlib.Code("example.com/volume", "main.main", "main", "example.com/volume", "example.com/volume/main.go", 12)

var __atel_code_fnvHash_Hash = __atel_rtlib.Code("example.com/volume", "main.fnvHash.Hash", "Hash", "example.com/volume.fnvHash", "example.com/volume/main.go", 34)

var __atel_code_handle = __atel_rtlib.Code("example.com/volume", "main.handle", "handle", "example.com/volume", "example.com/volume/main.go", 43)

var __atel_code_total = __atel_rtlib.Code("example.com/volume", "main.total", "total", "example.com/volume", "example.com/volume/main.go", 54)

type __atel_dispatch_Hasher struct{ __atel_v Hasher }

func __atel_via_Hasher(__atel_v Hasher) __atel_dispatch_Hasher {
	return __atel_dispatch_Hasher{__atel_v}
}

func (__atel_d __atel_dispatch_Hasher) __atel_twin_Hash(__atel_tracing_ctx __atel_context.Context, __atel_p0 string) int {
	if __atel_t, __atel_ok := __atel_d.__atel_v.(interface {
		__atel_twin_Hash(__atel_context.Context, string) int
	}); __atel_ok {
		return __atel_t.__atel_twin_Hash(__atel_tracing_ctx, __atel_p0)
	}
	return __atel_d.__atel_v.Hash(__atel_p0)
}
