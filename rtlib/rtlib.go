// Package rtlib defines the runtime support that instrgen-instrumented Go programs call to set up and flush OpenTelemetry tracing.
package rtlib

import (
	"context"
	"io"
	"log"
	"os"
	"path/filepath"
	"sort"
	"sync"

	"go.opentelemetry.io/otel/exporters/stdout/stdouttrace"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	semconv "go.opentelemetry.io/otel/semconv/v1.7.0"
	"go.opentelemetry.io/otel/trace"
)

// TracesFileEnv names the environment variable that overrides where spans are written;
// tests use it so parallel runs do not share one traces.txt.
const TracesFileEnv = "INSTRGEN_TRACES_FILE"

// defaultTracesFile is relative so that spans land next to wherever the program was started.
const defaultTracesFile = "traces.txt"

// AutotelEntryPoint marks the function whose call graph instrgen instruments; calling it does nothing.
func AutotelEntryPoint() {
}

// TracingState holds what the generated bootstrap code in main needs to keep alive until Shutdown.
type TracingState struct {
	Logger *log.Logger
	File   *os.File
	Tp     *sdktrace.TracerProvider
}

// shared is the tracing state of the process: several roots in one program share one provider and one file.
var shared struct {
	sync.Mutex
	refs  int
	state TracingState
	open  *openSpans
}

// NewTracingState opens the traces file (truncating it) and builds a TracerProvider that
// exports every span synchronously, as pretty-printed JSON, to that file. A second root in
// the same process gets the state the first one made, so its spans go to the same file.
func NewTracingState() TracingState {
	shared.Lock()
	defer shared.Unlock()
	if shared.refs > 0 {
		shared.refs++
		return shared.state
	}
	shared.open = &openSpans{spans: map[trace.SpanID]openSpan{}}
	shared.state = newTracingState(shared.open)
	shared.refs = 1
	return shared.state
}

func newTracingState(open *openSpans) TracingState {
	// Diagnostics go to stderr so that the instrumented program's stdout stays its own.
	ts := TracingState{Logger: log.New(os.Stderr, "instrgen/rtlib: ", 0)}

	path := os.Getenv(TracesFileEnv)
	if path == "" {
		path = defaultTracesFile
	}
	var w io.Writer = io.Discard
	f, err := os.Create(path)
	if err != nil {
		// Tracing must never stop the program it observes: keep running with spans discarded.
		ts.Logger.Printf("cannot create %s, spans are discarded: %v", path, err)
	} else {
		ts.File = f
		w = f
	}

	exp, err := stdouttrace.New(stdouttrace.WithWriter(w), stdouttrace.WithPrettyPrint())
	if err != nil {
		ts.Logger.Printf("cannot create the stdouttrace exporter: %v", err)
		exp = nil
	}

	opts := []sdktrace.TracerProviderOption{sdktrace.WithResource(serviceResource()), sdktrace.WithSpanProcessor(open)}
	if exp != nil {
		// A syncer (not a batcher) writes each span as it ends, so spans ended before
		// os.Exit or a crash are already on disk.
		opts = append(opts, sdktrace.WithSyncer(exp))
	}
	ts.Tp = sdktrace.NewTracerProvider(opts...)
	return ts
}

// serviceResource names the service after the program's binary, on top of the SDK defaults.
func serviceResource() *resource.Resource {
	name := "unknown_service"
	if len(os.Args) > 0 && os.Args[0] != "" {
		name = filepath.Base(os.Args[0])
	}
	// The same semconv version as resource.Default() avoids a schema URL conflict in Merge.
	own := resource.NewWithAttributes(semconv.SchemaURL, semconv.ServiceNameKey.String(name))
	merged, err := resource.Merge(resource.Default(), own)
	if err != nil {
		return own
	}
	return merged
}

// Shutdown ends the spans still open (goroutines that outlive main, whose deferred End would
// come too late), flushes and stops the TracerProvider, then closes the traces file. With
// several roots in one process, only the last Shutdown does this.
func Shutdown(ts TracingState) {
	shared.Lock()
	if shared.refs > 1 {
		shared.refs--
		shared.Unlock()
		return
	}
	open := shared.open
	shared.refs = 0
	shared.open = nil
	shared.Unlock()
	if open != nil {
		open.endAll()
	}
	shutdown(ts)
}

// EndAll ends every span still open, so that they are exported, before the program exits
// through os.Exit or log.Fatal (which skip deferred calls). instrgen puts a call to it on the
// line before each of those calls. It does nothing when tracing was not set up.
func EndAll() {
	shared.Lock()
	open := shared.open
	shared.Unlock()
	if open != nil {
		open.endAll()
	}
}

// openSpans is a span processor that remembers the spans started and not yet ended.
type openSpans struct {
	mu    sync.Mutex
	seq   uint64
	spans map[trace.SpanID]openSpan
}

type openSpan struct {
	span sdktrace.ReadWriteSpan
	seq  uint64
}

func (o *openSpans) OnStart(_ context.Context, s sdktrace.ReadWriteSpan) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.seq++
	o.spans[s.SpanContext().SpanID()] = openSpan{s, o.seq}
}

func (o *openSpans) OnEnd(s sdktrace.ReadOnlySpan) {
	o.mu.Lock()
	defer o.mu.Unlock()
	delete(o.spans, s.SpanContext().SpanID())
}

func (o *openSpans) Shutdown(context.Context) error   { return nil }
func (o *openSpans) ForceFlush(context.Context) error { return nil }

// endAll ends the open spans, the most recently started first (children before parents).
func (o *openSpans) endAll() {
	o.mu.Lock()
	todo := make([]openSpan, 0, len(o.spans))
	for _, s := range o.spans {
		todo = append(todo, s)
	}
	o.mu.Unlock()
	sort.Slice(todo, func(i, j int) bool { return todo[i].seq > todo[j].seq })
	// End runs OnEnd, which takes the lock: call it with the lock released.
	for _, s := range todo {
		s.span.End()
	}
}

func shutdown(ts TracingState) {
	logger := ts.Logger
	if logger == nil {
		logger = log.New(os.Stderr, "instrgen/rtlib: ", 0)
	}
	if ts.Tp != nil {
		if err := ts.Tp.Shutdown(context.Background()); err != nil {
			logger.Printf("shutting down the tracer provider: %v", err)
		}
	}
	if ts.File != nil {
		if err := ts.File.Close(); err != nil {
			logger.Printf("closing %s: %v", ts.File.Name(), err)
		}
	}
}
