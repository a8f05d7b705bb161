// Package util (b) formats strings; it shares its name with package a/util.
package util

import (
	base "example.com/same-name-packages/a/util"
)

// Format quotes s and underlines it.
func Format(s string) string {
	q := quote(s)
	return q + "\n" + base.Repeat("=", len(q))
}

func quote(s string) string {
	return "«" + s + "»"
}

// Unused is never called.
func Unused() string {
	return quote("unused")
}
