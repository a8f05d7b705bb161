//go:build go1.18
// +build go1.18

// From Go 1.18 on the package's names are the standard library's own types.
package seq

import (
	"go/ast"
	"go/types"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// TypeList is the standard library's list of type arguments.
type TypeList = types.TypeList

// Instance is an instantiation of a generic function or type.
type Instance = types.Instance

// Instances returns the instantiations the type checker recorded.
func Instances(__atel_tracing_ctx __atel_context.Context, info *types.Info) map[*ast.Ident]Instance {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/build-target-types/seq").Start(__atel_tracing_ctx, "seq.Instances")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return info.Instances
}

var __atel_code_Instances = __atel_rtlib.Code("example.com/build-target-types/seq", "seq.Instances", "Instances", "example.com/build-target-types/seq", "example.com/build-target-types/seq/seq_go118.go", 19)
