// Package rtlib defines the runtime support that instrgen-instrumented Go programs call to set up, flush and shut down OpenTelemetry tracing.
package rtlib

import (
	"context"
	"log"
	"os"
	"sync"
	"time"

	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

// TracesFileEnv names the environment variable that overrides where the file exporter writes spans;
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
	// File is the traces file when the file exporter is on, else nil.
	File *os.File
	Tp   *sdktrace.TracerProvider
}

// shared is the tracing state of the process: several roots in one program share one provider, one
// processor and one traces file.
var shared struct {
	sync.Mutex
	refs  int
	state TracingState
	proc  *processor
}

// NewTracingState reads the OTEL_* configuration, makes the exporters it names (by default the traces
// file, truncated) and a TracerProvider whose spans are exported in batches off the calling goroutine.
// A second root in the same process gets the state the first one made, so its spans go to the same place.
func NewTracingState() TracingState {
	shared.Lock()
	defer shared.Unlock()
	if shared.refs > 0 {
		shared.refs++
		return shared.state
	}
	// Diagnostics go to stderr so that the instrumented program's stdout stays its own.
	logger := log.New(os.Stderr, "instrgen/rtlib: ", 0)
	shared.state, shared.proc = stateFromConfig(configFromEnv(os.Getenv, logger), logger)
	shared.refs = 1
	return shared.state
}

// stateFromConfig builds the provider: the configured resource and sampler, an id generator without a
// global lock and, unless no exporter is configured, rtlib's batching processor.
func stateFromConfig(cfg config, logger *log.Logger) (TracingState, *processor) {
	res := resourceFromConfig(cfg)
	exp, file := exportersFromConfig(cfg, res, logger)
	opts := []sdktrace.TracerProviderOption{
		sdktrace.WithResource(res),
		sdktrace.WithSampler(cfg.sampler),
		sdktrace.WithIDGenerator(newIDGenerator()),
	}
	var proc *processor
	if exp != nil {
		proc = newProcessor(exp, cfg.bsp, logger)
		opts = append(opts, sdktrace.WithSpanProcessor(proc))
	}
	return TracingState{Logger: logger, File: file, Tp: sdktrace.NewTracerProvider(opts...)}, proc
}

// Shutdown ends the spans still open (goroutines that outlive main, whose deferred End would come too
// late), exports what is queued, stops the TracerProvider and closes the traces file. With several
// roots in one process, only the last Shutdown does this. Spans that could not be exported are counted
// on stderr.
func Shutdown(ts TracingState) {
	shared.Lock()
	if shared.refs > 1 {
		shared.refs--
		shared.Unlock()
		return
	}
	proc := shared.proc
	shared.refs = 0
	shared.proc = nil
	shared.Unlock()
	if proc != nil {
		proc.endAll()
	}
	logger := ts.Logger
	if logger == nil {
		logger = log.New(os.Stderr, "instrgen/rtlib: ", 0)
	}
	// Without an exporter there is nothing to flush (and the SDK's Shutdown complains that it has no processor).
	if ts.Tp != nil && proc != nil {
		// Bounded so that an unreachable collector cannot hold the program's exit for long.
		ctx, cancel := context.WithTimeout(context.Background(), proc.cfg.exportTimeout+5*time.Second)
		defer cancel()
		if err := ts.Tp.Shutdown(ctx); err != nil {
			logger.Printf("shutting down the tracer provider: %v", err)
		}
		proc.reportLosses()
	}
}

// EndAll ends every span still open and waits until everything ended so far is exported, before the
// program exits through os.Exit or log.Fatal (which skip deferred calls). instrgen puts a call to it
// on the line before each of those calls. It does nothing when tracing was not set up.
func EndAll() {
	shared.Lock()
	proc := shared.proc
	shared.Unlock()
	if proc == nil {
		return
	}
	proc.endAll()
	ctx, cancel := context.WithTimeout(context.Background(), proc.cfg.exportTimeout+5*time.Second)
	defer cancel()
	_ = proc.ForceFlush(ctx)
	proc.reportLosses()
}
