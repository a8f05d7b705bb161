//go:build go1.18
// +build go1.18

// From Go 1.18 on the package's names are the standard library's own types.
package seq

import (
	"go/ast"
	"go/types"
)

// TypeList is the standard library's list of type arguments.
type TypeList = types.TypeList

// Instance is an instantiation of a generic function or type.
type Instance = types.Instance

// Instances returns the instantiations the type checker recorded.
func Instances(info *types.Info) map[*ast.Ident]Instance { return info.Instances }
