//go:build !extra

package main

func extraFeature(n int) string {
	return "disabled" + suffix(n)
}

func suffix(n int) string {
	if n > 1 {
		return "!"
	}
	return ""
}
