// Tests rtlib's traces file, configuration and processor with the real SDK, and benchmarks a span's start+end against the SDK floor.
package rtlib

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/trace"
)

// testState builds rtlib's state from the given variables, with the traces file in a temporary directory.
func testState(t testing.TB, env map[string]string) (TracingState, *processor, string, *bytes.Buffer) {
	path := filepath.Join(t.TempDir(), "traces.txt")
	vars := map[string]string{TracesFileEnv: path}
	for k, v := range env {
		vars[k] = v
	}
	var stderr bytes.Buffer
	logger := log.New(&stderr, "instrgen/rtlib: ", 0)
	ts, proc := stateFromConfig(configFromEnv(func(k string) string { return vars[k] }, logger), logger)
	return ts, proc, path, &stderr
}

// shutdownState is Shutdown without the process-wide reference count.
func shutdownState(ts TracingState, proc *processor) {
	if proc != nil {
		proc.endAll()
	}
	_ = ts.Tp.Shutdown(context.Background())
	if proc != nil {
		proc.reportLosses()
	}
}

// readLines decodes every line of the traces file with encoding/json, as a reader sees it: the header, then the
// spans, each with the name, scope and attributes of the code location it refers to (whose lines are left out).
func readLines(t *testing.T, path string) []map[string]interface{} {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []map[string]interface{}
	defs := map[string]map[string]interface{}{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		var m map[string]interface{}
		dec := json.NewDecoder(strings.NewReader(sc.Text()))
		dec.UseNumber()
		if err := dec.Decode(&m); err != nil {
			t.Fatalf("line %d is not JSON: %v\n%s", n, err, sc.Text())
		}
		code, ok := m["code"].(json.Number)
		if ok && m["traceId"] == nil {
			defs[code.String()] = m
			continue
		}
		if ok {
			def := defs[code.String()]
			if def == nil {
				t.Fatalf("line %d refers to code %s, not defined before", n, code)
			}
			attrs := map[string]interface{}{}
			for k, v := range def["attributes"].(map[string]interface{}) {
				attrs[k] = v
			}
			if own, ok := m["attributes"].(map[string]interface{}); ok {
				for k, v := range own {
					attrs[k] = v
				}
			}
			m["name"], m["scope"], m["attributes"] = def["name"], def["scope"], attrs
			delete(m, "code")
		}
		out = append(out, m)
	}
	return out
}

func TestFileFormatHasResourceOnceAndOneSpanPerLine(t *testing.T) {
	ts, proc, path, stderr := testState(t, map[string]string{
		"OTEL_SERVICE_NAME":        "svc",
		"OTEL_RESOURCE_ATTRIBUTES": "deployment.environment=test,team=a%20b",
	})
	tr := ts.Tp.Tracer("example.com/app")
	ctx, root := tr.Start(context.Background(), "main.main")
	_, server := tr.Start(ctx, "main.serve", trace.WithSpanKind(trace.SpanKindServer))
	server.SetStatus(codes.Ok, "")
	server.End()
	_, child := tr.Start(ctx, "main.work", trace.WithAttributes(
		attribute.String("s", "quote\" nl\n bad\xff"), attribute.Int64("i", math.MaxInt64), attribute.Bool("b", true),
		attribute.Float64("f", 1.5), attribute.StringSlice("ss", []string{"x", "y"}), attribute.Float64("nan", math.NaN())))
	child.RecordError(errors.New("boom"))
	child.SetStatus(codes.Error, "it failed")
	child.End()
	root.End()
	shutdownState(ts, proc)
	if stderr.Len() != 0 {
		t.Fatalf("unexpected stderr: %s", stderr)
	}

	lines := readLines(t, path)
	if len(lines) != 4 {
		t.Fatalf("want a header and 3 spans, got %d lines", len(lines))
	}
	for i, l := range lines[1:] {
		if l["name"] == "main.serve" {
			if l["kind"] != "server" || l["status"] != "Ok" {
				t.Fatalf("server span: %v", l)
			}
			lines = append(lines[:i+1], lines[i+2:]...)
			break
		}
	}
	if lines[0]["format"] != TracesFormat {
		t.Fatalf("header: %v", lines[0])
	}
	res := lines[0]["resource"].(map[string]interface{})
	if res["service.name"] != "svc" || res["deployment.environment"] != "test" || res["team"] != "a b" || res["telemetry.sdk.language"] != "go" {
		t.Fatalf("resource: %v", res)
	}
	// Spans are written in batches gathered from shards, so file order is not end order.
	work, main := lines[1], lines[2]
	if work["name"] == "main.main" {
		work, main = main, work
	}
	if work["name"] != "main.work" || main["name"] != "main.main" {
		t.Fatalf("names: %v / %v", work["name"], main["name"])
	}
	if _, ok := main["parentSpanId"]; ok {
		t.Fatal("a root has no parentSpanId")
	}
	if work["parentSpanId"] != main["spanId"] || work["traceId"] != main["traceId"] {
		t.Fatal("child not linked to its parent")
	}
	if work["scope"] != "example.com/app" || work["status"] != "Error" || work["statusMessage"] != "it failed" {
		t.Fatalf("fields: %v", work)
	}
	// The usual kind and status are left out; others are written.
	if _, ok := main["kind"]; ok || main["status"] != nil || work["kind"] != nil {
		t.Fatalf("kind internal and status Unset are written: %v", main)
	}
	attrs := work["attributes"].(map[string]interface{})
	if attrs["s"] != "quote\" nl\n bad\ufffd" || attrs["i"].(json.Number).String() != "9223372036854775807" || attrs["b"] != true || attrs["nan"] != "NaN" {
		t.Fatalf("attributes: %v", attrs)
	}
	events := work["events"].([]interface{})
	ev := events[0].(map[string]interface{})
	if ev["name"] != "exception" || ev["attributes"].(map[string]interface{})["exception.message"] != "boom" {
		t.Fatalf("events: %v", events)
	}
	for _, l := range lines[1:] {
		for _, k := range []string{"startNs", "endNs"} {
			if s, ok := l[k].(string); !ok || len(s) < 18 {
				t.Fatalf("%s is not unix nanoseconds as a string: %v", k, l[k])
			}
		}
		if _, ok := l["attributes"]; ok && l["name"] == "main.main" {
			t.Fatal("empty attributes are omitted")
		}
	}
}

func TestEndAllEndsChildrenBeforeParentsAndFlushes(t *testing.T) {
	ts, proc, path, _ := testState(t, nil)
	tr := ts.Tp.Tracer("p")
	ctx, root := tr.Start(context.Background(), "root")
	ctx2, mid := tr.Start(ctx, "mid")
	_, leaf := tr.Start(ctx2, "leaf")
	_, _, _ = root, mid, leaf
	proc.endAll()
	if err := proc.ForceFlush(context.Background()); err != nil {
		t.Fatal(err)
	}
	// Flushed means on disk now, before any shutdown: os.Exit may follow EndAll.
	lines := readLines(t, path)
	ends := map[string]string{}
	for _, l := range lines[1:] {
		ends[l["name"].(string)] = l["endNs"].(string)
	}
	if len(lines) != 4 || len(ends) != 3 {
		t.Fatalf("want leaf, mid and root, got %v", ends)
	}
	if !(ends["leaf"] <= ends["mid"] && ends["mid"] <= ends["root"]) {
		t.Fatalf("end times out of order: %v", ends)
	}
	shutdownState(ts, proc)
}

func TestManySpansFromManyGoroutinesAreAllWritten(t *testing.T) {
	// A small queue and batch force the blocking path: nothing may be lost.
	ts, proc, path, stderr := testState(t, map[string]string{"OTEL_BSP_MAX_QUEUE_SIZE": "128", "OTEL_BSP_MAX_EXPORT_BATCH_SIZE": "100"})
	tr := ts.Tp.Tracer("p")
	const goroutines, each = 8, 5000
	var wg sync.WaitGroup
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx, parent := tr.Start(context.Background(), "parent")
			for i := 0; i < each; i++ {
				_, s := tr.Start(ctx, "child")
				s.End()
			}
			parent.End()
		}()
	}
	wg.Wait()
	shutdownState(ts, proc)
	if got, want := len(readLines(t, path))-1, goroutines*(each+1); got != want {
		t.Fatalf("%d spans written, want %d (stderr: %s)", got, want, stderr)
	}
	if stderr.Len() != 0 {
		t.Fatalf("unexpected stderr: %s", stderr)
	}
}

func TestDropModeCountsDroppedSpansOnStderr(t *testing.T) {
	ts, proc, _, stderr := testState(t, map[string]string{"OTEL_BSP_MAX_QUEUE_SIZE": "64", "OTEL_BSP_MAX_EXPORT_BATCH_SIZE": "64", "INSTRGEN_BSP_WHEN_FULL": "drop"})
	// An exporter that blocks until released makes the queue fill up.
	release := make(chan struct{})
	var exported int
	var mu sync.Mutex
	// The spans go to this exporter, not to the traces file's own path (lines encoded as spans end).
	proc.file = nil
	proc.exporter = exporterFunc(func(spans []sdktrace.ReadOnlySpan) error {
		<-release
		mu.Lock()
		exported += len(spans)
		mu.Unlock()
		return nil
	})
	tr := ts.Tp.Tracer("p")
	// Enough for every shard to fill several chunks.
	const n = chunkSize * 64 * 4
	for i := 0; i < n; i++ {
		_, s := tr.Start(context.Background(), "s")
		s.End()
	}
	close(release)
	shutdownState(ts, proc)
	dropped := proc.dropped.Load()
	if dropped == 0 || int(dropped)+exported != n {
		t.Fatalf("dropped %d + exported %d != %d", dropped, exported, n)
	}
	if !strings.Contains(stderr.String(), fmt.Sprintf("%d spans were dropped", dropped)) {
		t.Fatalf("stderr does not count the drops: %q", stderr)
	}
}

func TestDropModeCountsDroppedLinesOnStderr(t *testing.T) {
	ts, proc, path, stderr := testState(t, map[string]string{"OTEL_BSP_MAX_QUEUE_SIZE": "64", "OTEL_BSP_MAX_EXPORT_BATCH_SIZE": "64", "INSTRGEN_BSP_WHEN_FULL": "drop"})
	if proc.file == nil {
		t.Fatal("the traces file alone is written from lines encoded as spans end")
	}
	// Holding the file's lock blocks the writer, so the queue fills up.
	proc.file.mu.Lock()
	tr := ts.Tp.Tracer("p")
	const n = chunkSize * 64 * 4
	for i := 0; i < n; i++ {
		_, s := tr.Start(context.Background(), "s")
		s.End()
	}
	proc.file.mu.Unlock()
	shutdownState(ts, proc)
	dropped := proc.dropped.Load()
	written := len(readLines(t, path)) - 1
	if dropped == 0 || int(dropped)+written != n {
		t.Fatalf("dropped %d + written %d != %d", dropped, written, n)
	}
	if !strings.Contains(stderr.String(), fmt.Sprintf("%d spans were dropped", dropped)) {
		t.Fatalf("stderr does not count the drops: %q", stderr)
	}
}

type exporterFunc func([]sdktrace.ReadOnlySpan) error

func (f exporterFunc) ExportSpans(_ context.Context, s []sdktrace.ReadOnlySpan) error { return f(s) }
func (f exporterFunc) Shutdown(context.Context) error                                 { return nil }

func TestFailedExportsAreCountedOnStderr(t *testing.T) {
	ts, proc, _, stderr := testState(t, map[string]string{"OTEL_TRACES_EXPORTER": "otlp", "OTEL_EXPORTER_OTLP_ENDPOINT": "http://127.0.0.1:1", "OTEL_EXPORTER_OTLP_TIMEOUT": "2000"})
	tr := ts.Tp.Tracer("p")
	for i := 0; i < 3; i++ {
		_, s := tr.Start(context.Background(), "s")
		s.End()
	}
	shutdownState(ts, proc)
	if !strings.Contains(stderr.String(), "3 spans could not be exported: OTLP export to http://127.0.0.1:1/v1/traces") {
		t.Fatalf("stderr: %q", stderr)
	}
}

func TestBadValuesAreReportedAndReplacedByDefaults(t *testing.T) {
	var stderr bytes.Buffer
	logger := log.New(&stderr, "", 0)
	env := map[string]string{
		"OTEL_TRACES_SAMPLER":            "sometimes",
		"OTEL_BSP_MAX_QUEUE_SIZE":        "-3",
		"OTEL_BSP_SCHEDULE_DELAY":        "soon",
		"OTEL_BSP_MAX_EXPORT_BATCH_SIZE": "4096",
		"OTEL_TRACES_EXPORTER":           "zipkin",
		"OTEL_RESOURCE_ATTRIBUTES":       "novalue,k=%zz,ok=1",
		"OTEL_EXPORTER_OTLP_ENDPOINT":    "localhost:4318",
	}
	c := configFromEnv(func(k string) string { return env[k] }, logger)
	if c.samplerText != "parentbased_always_on" || c.bsp.maxQueueSize != 2048 || c.bsp.maxExportBatch != 2048 || c.bsp.scheduleDelay.Milliseconds() != 5000 {
		t.Fatalf("defaults not applied: %+v", c)
	}
	if strings.Join(c.exporters, ",") != "file" || len(c.resourceAttrs) != 1 || c.otlp.endpoint != "http://localhost:4318/v1/traces" {
		t.Fatalf("config: %+v", c)
	}
	for _, want := range []string{`OTEL_TRACES_SAMPLER="sometimes"`, `OTEL_BSP_MAX_QUEUE_SIZE="-3"`, `OTEL_BSP_SCHEDULE_DELAY="soon"`, `OTEL_BSP_MAX_EXPORT_BATCH_SIZE=4096`, `"zipkin"`, `"novalue"`, `"k"`, `"localhost:4318/v1/traces"`} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("no message about %s in:\n%s", want, stderr.String())
		}
	}
}

func TestSamplersAndExporterLists(t *testing.T) {
	cases := map[string]string{
		"always_on": "AlwaysOnSampler", "always_off": "AlwaysOffSampler", "traceidratio": "TraceIDRatioBased{0.25}",
		"parentbased_always_on": "ParentBased{root:AlwaysOnSampler", "parentbased_always_off": "ParentBased{root:AlwaysOffSampler",
		"parentbased_traceidratio": "ParentBased{root:TraceIDRatioBased{0.25}",
	}
	for name, want := range cases {
		s, _ := samplerFromEnv(name, "0.25", log.New(io.Discard, "", 0))
		if !strings.HasPrefix(s.Description(), want) {
			t.Errorf("%s: %s", name, s.Description())
		}
	}
	if got := exporterNamesFromEnv("none", log.New(io.Discard, "", 0)); len(got) != 0 {
		t.Errorf("none: %v", got)
	}
	if got := exporterNamesFromEnv(" otlp , console,otlp", log.New(io.Discard, "", 0)); strings.Join(got, ",") != "otlp,console" {
		t.Errorf("list: %v", got)
	}
}

func TestIDsAreUniqueAndNonZero(t *testing.T) {
	g := newIDGenerator()
	seen := map[trace.SpanID]bool{}
	for i := 0; i < 100000; i++ {
		tid, sid := g.NewIDs(context.Background())
		if !tid.IsValid() || !sid.IsValid() || seen[sid] {
			t.Fatalf("bad or repeated id at %d", i)
		}
		seen[sid] = true
	}
}

// runSpans starts and ends b.N child spans spread over the given number of goroutines, each under its own
// parent, then calls finish (the flush, for rtlib). Besides ns/op (wall time) it reports cpu-ns/op, the process's
// CPU time per span, exporter goroutine and garbage collector included: on a machine shared with other work,
// wall time also counts waiting for a core, CPU time does not.
func runSpans(b *testing.B, tp trace.TracerProvider, goroutines int, finish func()) {
	// Registered as instrgen's generated code registers it: rtlib's exporters write its code.* attributes.
	Code("example.com/bench", "main.leaf", "leaf", "example.com/bench", "example.com/bench/main.go", 25)
	tr := tp.Tracer("example.com/bench")
	var wg sync.WaitGroup
	per := b.N / goroutines
	b.ResetTimer()
	cpu0 := processCPU()
	for g := 0; g < goroutines; g++ {
		n := per
		if g == 0 {
			n += b.N % goroutines
		}
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			ctx, parent := tr.Start(context.Background(), "parent")
			for i := 0; i < n; i++ {
				_, s := tr.Start(ctx, "main.leaf")
				s.End()
			}
			parent.End()
		}(n)
	}
	wg.Wait()
	if finish != nil {
		finish()
	}
	b.StopTimer()
	b.ReportMetric(float64(processCPU()-cpu0)/float64(b.N), "cpu-ns/op")
}

// processCPU is the user and system CPU time the process has used, in nanoseconds.
func processCPU() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// BenchmarkSpan compares one start+end through rtlib's provider (every span written to the traces file,
// the flush at shutdown included) with the SDK floor: the SDK's provider with no processor.
func BenchmarkSpan(b *testing.B) {
	for _, goroutines := range []int{1, 8} {
		b.Run(fmt.Sprintf("sdk-floor/goroutines=%d", goroutines), func(b *testing.B) {
			tp := sdktrace.NewTracerProvider(sdktrace.WithSampler(sdktrace.AlwaysSample()))
			runSpans(b, tp, goroutines, nil)
		})
		b.Run(fmt.Sprintf("sdk-floor-unsampled/goroutines=%d", goroutines), func(b *testing.B) {
			tp := sdktrace.NewTracerProvider(sdktrace.WithSampler(sdktrace.NeverSample()))
			runSpans(b, tp, goroutines, nil)
		})
		b.Run(fmt.Sprintf("rtlib-file/goroutines=%d", goroutines), func(b *testing.B) {
			ts, proc, path, _ := testState(b, nil)
			runSpans(b, ts.Tp, goroutines, func() { shutdownState(ts, proc) })
			if n := countLines(b, path) - 1; n != b.N+goroutines {
				b.Fatalf("%d spans written, want %d", n, b.N+goroutines)
			}
		})
		b.Run(fmt.Sprintf("rtlib-unsampled/goroutines=%d", goroutines), func(b *testing.B) {
			ts, proc, _, _ := testState(b, map[string]string{"OTEL_TRACES_SAMPLER": "always_off"})
			runSpans(b, ts.Tp, goroutines, func() { shutdownState(ts, proc) })
		})
	}
}

func countLines(b *testing.B, path string) int {
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	return bytes.Count(data, []byte{'\n'})
}

func TestARootStartedAgainAppendsToTheFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "traces.txt")
	t.Setenv(TracesFileEnv, path)
	for i := 0; i < 2; i++ {
		ts := NewTracingState()
		_, s := ts.Tp.Tracer("p").Start(context.Background(), fmt.Sprintf("run%d", i))
		s.End()
		Shutdown(ts)
	}
	lines := readLines(t, path)
	if len(lines) != 3 || lines[0]["format"] != TracesFormat || lines[1]["name"] != "run0" || lines[2]["name"] != "run1" {
		t.Fatalf("want one header and both runs' spans, got %v", lines)
	}
}
