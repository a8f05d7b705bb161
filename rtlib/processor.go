// Defines processor, the one span processor rtlib installs: it remembers open spans and batches ended ones (or, for
// the traces file alone, their encoded lines) for an exporter goroutine, in shards chosen by span id so that
// goroutines ending spans rarely share a lock.
package rtlib

import (
	"context"
	"encoding/binary"
	"log"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/trace"
)

// chunkSize is how many ended spans a shard gathers before it hands them to the exporter goroutine:
// one channel operation per chunk, not per span.
const chunkSize = 64

// shard holds the open spans and the ended, not yet handed over spans whose ids map to it: as spans, or as lines
// when the processor writes the traces file itself.
type shard struct {
	mu    sync.Mutex
	open  openSpans
	ended []sdktrace.ReadOnlySpan
	lines lineShard
	// Keeps neighbouring shards' locks off one cache line.
	_ [64]byte
}

// processor implements sdktrace.SpanProcessor. A span is tracked from OnStart to OnEnd in its shard, so that
// endAll can end what goroutines left open; ended spans travel in chunks through a bounded queue to one
// goroutine that exports them in batches of at most maxExportBatch. When the queue is full the ending
// goroutine waits (by default), so a run keeps every span; with dropWhenFull the chunk is dropped and counted.
// When the traces file is the only exporter (file is set), a span is encoded as its line when it ends, and the
// chunks hold lines: fewer objects for the garbage collector to mark while they wait (see lines.go).
type processor struct {
	shards []shard
	mask   uint64
	queue  chan handoff
	file   *fileExporter
	// freeLines keeps the buffers of written line chunks for new ones.
	freeLines chan lineChunk
	flush     chan chan struct{}
	stop      chan struct{}
	done      chan struct{}

	exporter sdktrace.SpanExporter
	cfg      bspConfig
	logger   *log.Logger

	stopOnce sync.Once
	// dropped counts spans a full queue (dropWhenFull) or a stopped processor refused; failed counts spans
	// whose export returned an error. reported* are the counts already printed.
	dropped, failed                 atomic.Uint64
	reportedDropped, reportedFailed atomic.Uint64
	errMu                           sync.Mutex
	lastErr                         error
}

// shardCount is four shards per P, a power of two from 4 to 64: enough that goroutines running at the same
// time rarely meet on a lock, few enough that the partial chunks waiting in shards hold few spans (live spans
// make every garbage collection cycle of the program dearer).
func shardCount() int {
	n := 4
	for n < 4*runtime.GOMAXPROCS(0) && n < 64 {
		n *= 2
	}
	return n
}

// handoff is one chunk on its way to the exporter goroutine: ended spans, or lines.
type handoff struct {
	spans []sdktrace.ReadOnlySpan
	lines lineChunk
}

// count is how many spans the chunk holds.
func (h handoff) count() int { return len(h.spans) + h.lines.n }

func newProcessor(exp sdktrace.SpanExporter, cfg bspConfig, logger *log.Logger) *processor {
	n := shardCount()
	p := &processor{
		shards:   make([]shard, n),
		mask:     uint64(n - 1),
		flush:    make(chan chan struct{}),
		stop:     make(chan struct{}),
		done:     make(chan struct{}),
		exporter: exp,
		cfg:      cfg,
		logger:   logger,
	}
	queued := cfg.maxQueueSize / chunkSize
	if queued < 1 {
		queued = 1
	}
	p.queue = make(chan handoff, queued)
	if f, ok := exp.(*fileExporter); ok {
		p.file = f
		p.freeLines = make(chan lineChunk, queued+n)
	}
	for i := range p.shards {
		p.shards[i].lines.seq = 1
	}
	go p.run()
	return p
}

func (p *processor) shardOf(key uint64) *shard {
	return &p.shards[key&p.mask]
}

// keyOf is a span id as the shards' keys: its bytes read as a little-endian integer.
func keyOf(id trace.SpanID) uint64 { return binary.LittleEndian.Uint64(id[:]) }

// OnStart records the span as open.
func (p *processor) OnStart(_ context.Context, s sdktrace.ReadWriteSpan) {
	key := keyOf(s.SpanContext().SpanID())
	sh := p.shardOf(key)
	sh.mu.Lock()
	sh.open.put(key, s)
	sh.mu.Unlock()
}

// OnEnd forgets the span as open and queues it for export if it is sampled.
func (p *processor) OnEnd(s sdktrace.ReadOnlySpan) {
	sc := s.SpanContext()
	key := keyOf(sc.SpanID())
	sh := p.shardOf(key)
	var full handoff
	sh.mu.Lock()
	sh.open.remove(key)
	if sc.IsSampled() {
		if p.file != nil {
			sh.lines.add(s)
			if sh.lines.chunk.n >= chunkSize {
				full.lines = sh.lines.take(p.newLineChunk())
			}
		} else {
			sh.ended = append(sh.ended, s)
			if len(sh.ended) >= chunkSize {
				full.spans = sh.ended
				sh.ended = make([]sdktrace.ReadOnlySpan, 0, chunkSize)
			}
		}
	}
	sh.mu.Unlock()
	if full.count() > 0 {
		p.enqueue(full)
	}
}

func (p *processor) enqueue(chunk handoff) {
	if p.cfg.dropWhenFull {
		select {
		case p.queue <- chunk:
		case <-p.stop:
			p.dropped.Add(uint64(chunk.count()))
		default:
			p.dropped.Add(uint64(chunk.count()))
		}
		return
	}
	select {
	case p.queue <- chunk:
	case <-p.stop:
		p.dropped.Add(uint64(chunk.count()))
	}
}

// pendingExport is what the exporter goroutine has taken from the queue and not exported yet.
type pendingExport struct {
	spans  []sdktrace.ReadOnlySpan
	lines  []lineChunk
	nLines int
}

func (pe *pendingExport) add(h handoff) {
	pe.spans = append(pe.spans, h.spans...)
	if h.lines.n > 0 {
		pe.lines = append(pe.lines, h.lines)
		pe.nLines += h.lines.n
	}
}

// run is the exporter goroutine: it gathers chunks into batches and exports them when a batch is full,
// when the schedule delay passes, on ForceFlush and on Shutdown.
func (p *processor) run() {
	defer close(p.done)
	var pending pendingExport
	timer := time.NewTimer(p.cfg.scheduleDelay)
	defer timer.Stop()
	writeLines := func() {
		p.writeLines(pending.lines)
		pending.lines, pending.nLines = pending.lines[:0], 0
	}
	exportFull := func() {
		for len(pending.spans) >= p.cfg.maxExportBatch {
			p.export(pending.spans[:p.cfg.maxExportBatch])
			pending.spans = append([]sdktrace.ReadOnlySpan(nil), pending.spans[p.cfg.maxExportBatch:]...)
		}
		// Lines are written a few chunks at a time, at least a batch: one write call for them all.
		if pending.nLines >= p.cfg.maxExportBatch {
			writeLines()
		}
	}
	exportAll := func() {
		p.gather(&pending)
		exportFull()
		if len(pending.spans) > 0 {
			p.export(pending.spans)
			pending.spans = nil
		}
		if pending.nLines > 0 {
			writeLines()
		}
	}
	for {
		select {
		case chunk := <-p.queue:
			pending.add(chunk)
			exportFull()
		case <-timer.C:
			exportAll()
			timer.Reset(p.cfg.scheduleDelay)
		case reply := <-p.flush:
			exportAll()
			close(reply)
		case <-p.stop:
			exportAll()
			return
		}
	}
}

// gather adds what waits in the queue and in the shards' partial chunks to pending.
func (p *processor) gather(pending *pendingExport) {
	for {
		select {
		case chunk := <-p.queue:
			pending.add(chunk)
			continue
		default:
		}
		break
	}
	for i := range p.shards {
		sh := &p.shards[i]
		sh.mu.Lock()
		if len(sh.ended) > 0 {
			pending.spans = append(pending.spans, sh.ended...)
			sh.ended = sh.ended[:0]
		}
		if sh.lines.chunk.n > 0 {
			pending.add(handoff{lines: sh.lines.take(p.newLineChunk())})
		}
		sh.mu.Unlock()
	}
}

func (p *processor) export(batch []sdktrace.ReadOnlySpan) {
	ctx, cancel := context.WithTimeout(context.Background(), p.cfg.exportTimeout)
	defer cancel()
	if err := p.exporter.ExportSpans(ctx, batch); err != nil {
		p.failed.Add(uint64(len(batch)))
		p.errMu.Lock()
		p.lastErr = err
		p.errMu.Unlock()
	}
}

// ForceFlush exports everything ended so far and returns when the exporter is done with it.
func (p *processor) ForceFlush(ctx context.Context) error {
	reply := make(chan struct{})
	select {
	case p.flush <- reply:
	case <-p.done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
	select {
	case <-reply:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Shutdown exports what is left, stops the exporter goroutine and shuts the exporter down.
func (p *processor) Shutdown(ctx context.Context) error {
	p.stopOnce.Do(func() { close(p.stop) })
	select {
	case <-p.done:
	case <-ctx.Done():
		return ctx.Err()
	}
	return p.exporter.Shutdown(ctx)
}

// endAll ends the open spans, the most recently started first, so that children end before parents.
func (p *processor) endAll() {
	var todo []sdktrace.ReadWriteSpan
	for i := range p.shards {
		sh := &p.shards[i]
		sh.mu.Lock()
		sh.open.each(func(s sdktrace.ReadWriteSpan) { todo = append(todo, s) })
		sh.mu.Unlock()
	}
	sort.Slice(todo, func(i, j int) bool { return todo[i].StartTime().After(todo[j].StartTime()) })
	// End runs OnEnd, which takes a shard lock: call it with every lock released.
	for _, s := range todo {
		s.End()
	}
}

// reportLosses prints, once, how many spans were dropped or failed to export since the last report.
func (p *processor) reportLosses() {
	if d := p.dropped.Load(); d > p.reportedDropped.Load() {
		p.logger.Printf("%d spans were dropped because the export queue was full (OTEL_BSP_MAX_QUEUE_SIZE=%d, INSTRGEN_BSP_WHEN_FULL=drop)", d-p.reportedDropped.Load(), p.cfg.maxQueueSize)
		p.reportedDropped.Store(d)
	}
	if f := p.failed.Load(); f > p.reportedFailed.Load() {
		p.errMu.Lock()
		err := p.lastErr
		p.errMu.Unlock()
		p.logger.Printf("%d spans could not be exported: %v", f-p.reportedFailed.Load(), err)
		p.reportedFailed.Store(f)
	}
}
