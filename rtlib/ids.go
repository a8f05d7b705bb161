// Defines idGenerator, trace and span ids without the SDK generator's process-wide mutex.
package rtlib

import (
	"context"
	crand "crypto/rand"
	"encoding/binary"
	"sync/atomic"
	"time"

	"go.opentelemetry.io/otel/trace"
)

// idGenerator implements sdktrace.IDGenerator: each id is SplitMix64 of a shared counter that starts at a
// random seed. SplitMix64's output function is a bijection, so ids do not repeat within 2^64 of them, and
// its bits are uniform enough for TraceIDRatioBased; one atomic add replaces the SDK generator's lock.
type idGenerator struct {
	counter atomic.Uint64
}

func newIDGenerator() *idGenerator {
	g := &idGenerator{}
	var seed [8]byte
	if _, err := crand.Read(seed[:]); err != nil {
		binary.LittleEndian.PutUint64(seed[:], uint64(time.Now().UnixNano()))
	}
	g.counter.Store(binary.LittleEndian.Uint64(seed[:]))
	return g
}

// next returns a non-zero pseudo-random 64-bit value (zero ids are invalid in OpenTelemetry).
func (g *idGenerator) next() uint64 {
	for {
		z := g.counter.Add(0x9e3779b97f4a7c15)
		z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
		z = (z ^ (z >> 27)) * 0x94d049bb133111eb
		z ^= z >> 31
		if z != 0 {
			return z
		}
	}
}

// NewIDs returns a new trace id and the id of its first span.
func (g *idGenerator) NewIDs(context.Context) (trace.TraceID, trace.SpanID) {
	var tid trace.TraceID
	binary.BigEndian.PutUint64(tid[:8], g.next())
	binary.BigEndian.PutUint64(tid[8:], g.next())
	var sid trace.SpanID
	binary.BigEndian.PutUint64(sid[:], g.next())
	return tid, sid
}

// NewSpanID returns a new span id.
func (g *idGenerator) NewSpanID(context.Context, trace.TraceID) trace.SpanID {
	var sid trace.SpanID
	binary.BigEndian.PutUint64(sid[:], g.next())
	return sid
}
