// Package testenv stands in for GOROOT's internal/testenv in the copy of cmd/gofmt that scripts/real-programs.sh
// instruments: only the standard library may import GOROOT's internal packages, and gofmt's tests use GOROOT alone.
package testenv

import (
	"runtime"
	"testing"
)

// GOROOT returns the root of the Go tree, as the original does when the go command is available.
func GOROOT(t testing.TB) string {
	return runtime.GOROOT()
}
