//go:build !go1.18
// +build !go1.18

// Before Go 1.18 the package declares its own (empty) type lists; these methods are what a selector on TypeList may
// reach when this file is built, and nothing else.
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

// TypeList stands for types.TypeList, which Go 1.17 does not have.
type TypeList struct{}

// Len is the number of types in the list.
func (*TypeList) Len() int { return 0 }

// At is the i'th type of the list.
func (*TypeList) At(int) types.Type { panic("no type arguments before Go 1.18") }

// Instance stands for types.Instance.
type Instance struct {
	TypeArgs *TypeList
	Type     types.Type
}

// Instances returns no instances: there are no generics before Go 1.18.
func Instances(__atel_tracing_ctx __atel_context.Context, __atel_u0 *types.Info) map[*ast.Ident]Instance {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/build-target-types/seq").Start(__atel_tracing_ctx, "seq.Instances")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return nil
}

var __atel_code_Instances = __atel_rtlib.Code("example.com/build-target-types/seq", "seq.Instances", "Instances", "example.com/build-target-types/seq", "example.com/build-target-types/seq/seq_go117.go", 29)
