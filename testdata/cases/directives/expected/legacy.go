// Legacy helpers that must stay out of tracing.
//
//instrgen:ignore
package main

func legacyChecksum(s string) int {
	h := 7
	for i := 0; i < len(s); i++ {
		h = mix(h, int(s[i])) % 1000003
	}
	return h
}
