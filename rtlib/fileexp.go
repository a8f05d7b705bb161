// Defines fileExporter, which writes the traces file: JSON Lines, the resource once on line 1, then one span per line, and each instrumented function's name, scope and code attributes once, on a line of their own before its first span.
package rtlib

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"time"

	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/trace"
)

// TracesFormat is the value of "format" on the first line of the traces file.
const TracesFormat = "instrgen-traces/3"

// fileExporter implements sdktrace.SpanExporter on an open file. Every batch is encoded into one buffer
// and written with one call, so that what ExportSpans returned for is in the file even if the program
// then exits through os.Exit.
type fileExporter struct {
	mu    sync.Mutex
	f     *os.File
	buf   []byte
	err   error
	codes codeCache
	// defined[id] is set once the code location numbered id is defined in the file.
	defined []bool
	times   secondsDigits
}

// filesWritten are the traces files this process has created: a root that starts again after every root
// has shut down (a function marked as an entry point and called twice) appends to its file instead of
// truncating it. Guarded by shared's lock.
var filesWritten = map[string]bool{}

// newFileExporter truncates path and writes the header line with the resource, or, when this process
// wrote the file before, opens it for appending.
func newFileExporter(path string, res *resource.Resource) (*fileExporter, error) {
	snapshotTabOnce.Do(verifySnapshotLayout)
	key, err := filepath.Abs(path)
	if err != nil {
		key = path
	}
	if filesWritten[key] {
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
		if err == nil {
			return &fileExporter{f: f}, nil
		}
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	b := append([]byte(nil), `{"format":"`+TracesFormat+`","resource":`...)
	b = appendPlainAttributes(b, res.Attributes())
	b = append(b, "}\n"...)
	if _, err := f.Write(b); err != nil {
		f.Close()
		return nil, err
	}
	filesWritten[key] = true
	return &fileExporter{f: f}, nil
}

// ExportSpans appends one line per span.
func (e *fileExporter) ExportSpans(_ context.Context, spans []sdktrace.ReadOnlySpan) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.f == nil {
		return e.err
	}
	b := e.buf[:0]
	var buf spanView
	for _, s := range spans {
		v := viewOf(&buf, s)
		loc := e.codes.of(v.instrumentationLibrary.Name, v.name)
		if loc != nil {
			b = e.appendDefinition(b, loc)
		}
		b = appendSpanLine(b, v, loc, &e.times)
	}
	e.buf = b
	_, err := e.f.Write(b)
	return err
}

// writeChunks appends lines the processor's shards encoded (see lineShard), after the definitions of the code
// locations they refer to that the file does not hold yet.
func (e *fileExporter) writeChunks(chunks []lineChunk) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.f == nil {
		return e.err
	}
	b := e.buf[:0]
	for _, c := range chunks {
		for _, loc := range c.locs {
			b = e.appendDefinition(b, loc)
		}
		b = append(b, c.b...)
	}
	e.buf = b
	_, err := e.f.Write(b)
	return err
}

// appendDefinition appends the line that defines loc unless the file already has it. Called with e.mu held.
func (e *fileExporter) appendDefinition(b []byte, loc *CodeLocation) []byte {
	if loc.id < len(e.defined) && e.defined[loc.id] {
		return b
	}
	for loc.id >= len(e.defined) {
		e.defined = append(e.defined, false)
	}
	e.defined[loc.id] = true
	return append(b, loc.fileDef...)
}

// Shutdown closes the file.
func (e *fileExporter) Shutdown(context.Context) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.f == nil {
		return nil
	}
	err := e.f.Close()
	e.f = nil
	e.err = os.ErrClosed
	return err
}

// appendSpanLine appends one span in the traces file's encoding, with its newline. A span of an instrumented
// function refers to its code location (loc, defined on an earlier line) for its name, scope and code attributes.
func appendSpanLine(b []byte, s *spanView, loc *CodeLocation, times *secondsDigits) []byte {
	tid, sid := s.spanContext.TraceID(), s.spanContext.SpanID()
	b = append(b, `{"traceId":`...)
	b = appendHex(b, tid[:])
	b = append(b, `,"spanId":`...)
	b = appendHex(b, sid[:])
	if pid := s.parent.SpanID(); pid.IsValid() {
		b = append(b, `,"parentSpanId":`...)
		b = appendHex(b, pid[:])
	}
	if loc != nil {
		b = append(b, loc.fileRef...)
	} else {
		b = append(b, `,"name":`...)
		b = appendJSONString(b, s.name)
		b = append(b, `,"scope":`...)
		b = appendJSONString(b, s.instrumentationLibrary.Name)
	}
	// The usual kind and status are left out (readers take them as the default): fewer bytes to write.
	if s.spanKind != trace.SpanKindInternal {
		b = append(b, `,"kind":"`...)
		b = append(b, s.spanKind.String()...)
		b = append(b, '"')
	}
	b = append(b, `,"startNs":`...)
	b = times.appendQuotedNanos(b, unixNanos(s.startTime))
	b = append(b, `,"endNs":`...)
	b = times.appendQuotedNanos(b, unixNanos(s.endTime))
	if st := s.status; st.Code != codes.Unset {
		b = append(b, `,"status":"`...)
		b = append(b, st.Code.String()...)
		b = append(b, '"')
	}
	if d := s.status.Description; d != "" {
		b = append(b, `,"statusMessage":`...)
		b = appendJSONString(b, d)
	}
	if len(s.attributes) > 0 {
		b = append(b, `,"attributes":`...)
		b = appendPlainAttributes(b, s.attributes)
	}
	if len(s.events) > 0 {
		b = append(b, `,"events":[`...)
		for i, ev := range s.events {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"name":`...)
			b = appendJSONString(b, ev.Name)
			b = append(b, `,"timeNs":`...)
			b = appendQuotedInt(b, unixNanos(ev.Time))
			if len(ev.Attributes) > 0 {
				b = append(b, `,"attributes":`...)
				b = appendPlainAttributes(b, ev.Attributes)
			}
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	return append(b, "}\n"...)
}

// unixNanos is t as nanoseconds since the Unix epoch, 0 for the zero time.
func unixNanos(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}
