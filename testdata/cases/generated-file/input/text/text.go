// Package text holds string helpers used by hand-written and generated code.
package text

import "strings"

// Normalize lower-cases and trims s; generated code calls it.
func Normalize(s string) string {
	return strings.ToLower(strings.TrimSpace(s))
}

// Title upper-cases the first letter of s.
func Title(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
