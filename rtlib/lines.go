// Defines lineChunk and lineShard, the processor's path when the traces file is the only exporter: a span is encoded
// as its line by the goroutine that ends it, so that only bytes wait for the writer, not the SDK's snapshot.
package rtlib

import (
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

// Why encode early: an ended span waiting for export as a snapshot keeps about 400 bytes of pointers live until the
// exporter goroutine reaches it. With a full queue that is thousands of snapshots that every garbage collection
// marks, and a live heap that large makes the collections more frequent (the program then allocates less before the
// next one). Its line is about 180 bytes without pointers, and the snapshot dies as soon as it is encoded.

// lineChunk is at most chunkSize encoded span lines of one shard.
type lineChunk struct {
	b []byte
	n int
	// locs are the distinct code locations the lines refer to: before writing the lines, the writer defines those
	// the file does not define yet. Chunks may reach the writer in any order, so each lists all of its own.
	locs []*CodeLocation
}

// lineShard is the part of a shard that encodes lines; it is used under the shard's lock.
type lineShard struct {
	chunk lineChunk
	codes codeCache
	// seq numbers the shard's chunks from 1; lastSeq[loc.id] is the chunk that last listed loc in its locs.
	seq     uint32
	lastSeq []uint32
	// view is filled when the SDK's snapshot cannot be read directly (see viewOf).
	view  spanView
	times secondsDigits
}

// add appends the line of an ended span to the chunk.
func (ls *lineShard) add(s sdktrace.ReadOnlySpan) {
	v := viewOf(&ls.view, s)
	loc := ls.codes.of(v.instrumentationLibrary.Name, v.name)
	if loc != nil {
		for loc.id >= len(ls.lastSeq) {
			ls.lastSeq = append(ls.lastSeq, 0)
		}
		if ls.lastSeq[loc.id] != ls.seq {
			ls.lastSeq[loc.id] = ls.seq
			ls.chunk.locs = append(ls.chunk.locs, loc)
		}
	}
	ls.chunk.b = appendSpanLine(ls.chunk.b, v, loc, &ls.times)
	ls.chunk.n++
}

// take returns the chunk gathered so far and starts the next one in next.
func (ls *lineShard) take(next lineChunk) lineChunk {
	c := ls.chunk
	ls.chunk = next
	ls.seq++
	return c
}

// newLineChunk is an empty chunk, with the buffers of one already written when there is one.
func (p *processor) newLineChunk() lineChunk {
	select {
	case c := <-p.freeLines:
		return c
	default:
		return lineChunk{b: make([]byte, 0, chunkSize*200)}
	}
}

// writeLines writes chunks to the traces file, counts their spans as failed if that fails, and keeps their buffers
// for new chunks.
func (p *processor) writeLines(chunks []lineChunk) {
	n := 0
	for _, c := range chunks {
		n += c.n
	}
	if err := p.file.writeChunks(chunks); err != nil {
		p.failed.Add(uint64(n))
		p.errMu.Lock()
		p.lastErr = err
		p.errMu.Unlock()
	}
	for i, c := range chunks {
		select {
		case p.freeLines <- lineChunk{b: c.b[:0], locs: c.locs[:0]}:
		default:
		}
		chunks[i] = lineChunk{}
	}
}
