// Package rtlib defines the runtime support that instrgen-instrumented Go programs call to set up, flush and shut down OpenTelemetry tracing.
package rtlib

import (
	"context"
	"log"
	"os"
	"sync"
	"time"

	"go.opentelemetry.io/otel"
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
	refs    int
	started bool // the provider is made once per process
	state   TracingState
	proc    *processor
}

// NewTracingState reads the OTEL_* configuration, makes the exporters it names (by default the traces
// file, truncated) and a TracerProvider whose spans are exported in batches off the calling goroutine.
// A second root in the same process gets the state the first one made, so its spans go to the same place;
// so does a root that starts again after every root has shut down (a function marked as an entry point
// and called twice): instrumented packages hold tracers that otel's global provider bound to the first
// provider set, once, so the process keeps that one provider for its whole life.
func NewTracingState() TracingState {
	shared.Lock()
	defer shared.Unlock()
	if !shared.started {
		// Diagnostics go to stderr so that the instrumented program's stdout stays its own.
		logger := log.New(os.Stderr, "instrgen/rtlib: ", 0)
		shared.state, shared.proc = stateFromConfig(configFromEnv(os.Getenv, logger), logger)
		shared.started = true
		// A provider the program set before this one gets the spans of instrumented code (see foreign.go).
		codeAttributesOn(otel.GetTracerProvider(), shared.state.Tp)
	}
	shared.refs++
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
// late) and waits until everything ended so far is exported. With several roots in one process, only the
// last Shutdown does this. The provider, its exporters and the traces file stay as they are for a root
// that starts again later (see NewTracingState); what they buffer is already written, and the process's
// exit closes the file. Spans that could not be exported are counted on stderr.
func Shutdown(ts TracingState) {
	shared.Lock()
	if shared.refs > 1 {
		shared.refs--
		shared.Unlock()
		return
	}
	shared.refs = 0
	shared.Unlock()
	EndAll()
}

// EndAll ends every span still open and waits until everything ended so far is exported, before the
// program exits through os.Exit or log.Fatal (which skip deferred calls). instrgen puts a call to it
// on the line before each of those calls whose arguments call nothing; where they do, it wraps the
// last argument in EndAllThenCode or EndAllThen instead, so that the spans those calls open are ended
// too. It does nothing when tracing was not set up.
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

// EndAllThenCode is EndAll after the exit code is computed: `os.Exit(code())` becomes
// `os.Exit(rtlib.EndAllThenCode(code()))`, which evaluates code() (and any span it opens) first.
func EndAllThenCode(code int) int {
	EndAll()
	return code
}

// EndAllThen is EndAll after the last argument of a log.Fatal call is computed: `log.Fatal("x", f())`
// becomes `log.Fatal("x", rtlib.EndAllThen(f()))`; the value is passed on unchanged.
func EndAllThen(v interface{}) interface{} {
	EndAll()
	return v
}
