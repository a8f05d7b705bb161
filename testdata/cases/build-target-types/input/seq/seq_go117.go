//go:build !go1.18
// +build !go1.18

// Before Go 1.18 the package declares its own (empty) type lists; these methods are what a selector on TypeList may
// reach when this file is built, and nothing else.
package seq

import (
	"go/ast"
	"go/types"
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
func Instances(*types.Info) map[*ast.Ident]Instance { return nil }
