// Defines openSpans, a shard's table of the spans started and not yet ended, keyed by span id.
package rtlib

import (
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

// openSpans is an open-addressing hash table with linear probing, written out because every span start inserts and
// every end removes: a Go map spends about three times the instructions on each. Keys are span ids read as
// little-endian integers; zero marks an empty slot (a valid span id is never zero). The shard's id bits are the
// same in every key of a shard, so slots come from the key multiplied by a large odd constant, top bits first.
type openSpans struct {
	keys  []uint64
	spans []sdktrace.ReadWriteSpan
	n     int
	shift uint
}

func (t *openSpans) slot(k uint64) int { return int((k * 0x9e3779b97f4a7c15) >> t.shift) }

// put records span under key k.
func (t *openSpans) put(k uint64, span sdktrace.ReadWriteSpan) {
	if 2*(t.n+1) > len(t.keys) {
		t.grow()
	}
	m := len(t.keys) - 1
	i := t.slot(k)
	for t.keys[i] != 0 {
		if t.keys[i] == k {
			t.spans[i] = span
			return
		}
		i = (i + 1) & m
	}
	t.keys[i], t.spans[i] = k, span
	t.n++
}

// remove forgets key k, moving back the entries after it that its slot kept from their own (so that no lookup stops
// early at the hole it leaves).
func (t *openSpans) remove(k uint64) {
	if t.n == 0 {
		return
	}
	m := len(t.keys) - 1
	i := t.slot(k)
	for t.keys[i] != k {
		if t.keys[i] == 0 {
			return
		}
		i = (i + 1) & m
	}
	for j := (i + 1) & m; t.keys[j] != 0; j = (j + 1) & m {
		// The entry at j may move to the hole at i unless its own slot lies cyclically in (i, j].
		if h := t.slot(t.keys[j]); (j-h)&m >= (j-i)&m {
			t.keys[i], t.spans[i] = t.keys[j], t.spans[j]
			i = j
		}
	}
	t.keys[i], t.spans[i] = 0, nil
	t.n--
}

// grow doubles the table (from 16 slots) and puts every entry back.
func (t *openSpans) grow() {
	keys, spans := t.keys, t.spans
	size := 2 * len(keys)
	if size < 16 {
		size = 16
	}
	t.keys, t.spans, t.n = make([]uint64, size), make([]sdktrace.ReadWriteSpan, size), 0
	t.shift = 64
	for s := size; s > 1; s >>= 1 {
		t.shift--
	}
	for i, k := range keys {
		if k != 0 {
			t.put(k, spans[i])
		}
	}
}

// each calls f with every open span.
func (t *openSpans) each(f func(sdktrace.ReadWriteSpan)) {
	for i, k := range t.keys {
		if k != 0 {
			f(t.spans[i])
		}
	}
}
