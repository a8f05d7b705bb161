// Package core is what instrgen.yaml includes.
package core

import "strings"

// Process is called from serve, which has no span: its span starts a trace of its own.
func Process(words []string) []string {
	out := make([]string, 0, len(words))
	for _, w := range words {
		out = append(out, step(w))
	}
	return out
}

func step(w string) string {
	return strings.ToUpper(w)
}
