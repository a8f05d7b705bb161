// Tests openSpans against a Go map under random starts and ends, with keys that share their low bits as a shard's do.
package rtlib

import (
	"math/rand"
	"testing"

	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

// fakeSpan tells spans apart in the table's values.
type fakeSpan struct {
	sdktrace.ReadWriteSpan
	id int
}

func TestOpenSpansHoldWhatAMapHolds(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	var table openSpans
	want := map[uint64]int{}
	var live []uint64
	for step := 0; step < 200000; step++ {
		// Runs of starts and ends, so the table grows, empties and grows again.
		if len(live) == 0 || (step/5000)%2 == 0 && r.Intn(3) > 0 || (step/5000)%2 == 1 && r.Intn(3) == 0 {
			k := uint64(r.Intn(1<<20)+1)<<6 | 0x2a // the same six low bits, as in one shard of 64
			if _, ok := want[k]; ok {
				continue
			}
			table.put(k, fakeSpan{id: step})
			want[k] = step
			live = append(live, k)
		} else {
			i := r.Intn(len(live))
			k := live[i]
			live[i] = live[len(live)-1]
			live = live[:len(live)-1]
			table.remove(k)
			delete(want, k)
			table.remove(k) // removing what is not there changes nothing
		}
		if step%997 == 0 {
			got := map[uint64]int{}
			for i, k := range table.keys {
				if k != 0 {
					got[k] = table.spans[i].(fakeSpan).id
				}
			}
			if len(got) != len(want) || table.n != len(want) {
				t.Fatalf("step %d: %d entries (n %d), want %d", step, len(got), table.n, len(want))
			}
			for k, v := range want {
				if got[k] != v {
					t.Fatalf("step %d: key %x holds %d, want %d", step, k, got[k], v)
				}
			}
			n := 0
			table.each(func(sdktrace.ReadWriteSpan) { n++ })
			if n != len(want) {
				t.Fatalf("each visited %d, want %d", n, len(want))
			}
		}
	}
}
