// Package view renders text banners.
package view

import "strings"

// Banner frames s with stars.
func Banner(s string) string {
	line := strings.Repeat("*", len(s)+4)
	return line + "\n* " + s + " *\n" + line
}
