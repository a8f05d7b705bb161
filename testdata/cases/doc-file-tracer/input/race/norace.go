//go:build !race

package race

// Acquire notes an acquisition; without the race detector it only counts.
func Acquire(n int) int { return n + 1 }
