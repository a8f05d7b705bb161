//go:build race

package race

// Acquire notes an acquisition for the race detector.
func Acquire(n int) int { return n + 2 }
