// Package util (a) formats numbers.
package util

import "strings"

// Format renders n right-aligned in a field of the given width.
func Format(n, width int) string {
	s := itoa(n)
	return pad(s, width)
}

// Repeat returns s repeated n times.
func Repeat(s string, n int) string {
	return strings.Repeat(s, n)
}

func pad(s string, width int) string {
	if len(s) >= width {
		return s
	}
	return Repeat(".", width-len(s)) + s
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	if neg {
		return "-" + string(b)
	}
	return string(b)
}
