// Package ring is a fixed-size buffer of the last values written to it.
package ring

// Buffer keeps the last len(vals) values.
type Buffer struct {
	vals []int
	n    int
}

// New returns a buffer of the last size values.
func New(size int) *Buffer { return &Buffer{vals: make([]int, size)} }

// Put writes v, overwriting the oldest value when the buffer is full.
func (b *Buffer) Put(v int) {
	b.vals[b.n%len(b.vals)] = v
	b.n++
}

// Len is the number of values held.
func (b *Buffer) Len() int {
	if b.n < len(b.vals) {
		return b.n
	}
	return len(b.vals)
}

// At is the i'th value held, oldest first.
func (b *Buffer) At(i int) int {
	start := 0
	if b.n > len(b.vals) {
		start = b.n - len(b.vals)
	}
	return b.vals[(start+i)%len(b.vals)]
}
