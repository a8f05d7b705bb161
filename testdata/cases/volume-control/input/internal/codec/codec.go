// Package codec encodes keys; instrgen.yaml excludes it.
package codec

import "strings"

// Key is called from instrumented code and keeps its signature.
func Key(s string) string {
	return "k:" + normalize(s)
}

func normalize(s string) string {
	s = strings.TrimSpace(s)
	return strings.ToLower(s)
}

// Plain hashes by length.
type Plain struct{}

func (Plain) Hash(s string) int { return len(s) }
