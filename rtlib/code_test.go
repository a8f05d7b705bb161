// Tests that every exporter writes the code.* attributes registered with Code, first and once, and only on the spans they belong to.
package rtlib

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"
	"go.opentelemetry.io/otel/trace"
)

// codeTestSpans ends a registered span with an attribute of its own, and an unregistered one, on a provider
// whose spans the returned recorder keeps.
func codeTestSpans(t *testing.T) []sdktrace.ReadOnlySpan {
	Code("example.com/codetest", "main.leaf", "leaf", "example.com/codetest", "example.com/codetest/main.go", 25)
	Code("example.com/codetest/geo", "geo.(*Point).Move", "Move", "example.com/codetest/geo.(*Point)", "example.com/codetest/geo/point.go", 7)
	rec := tracetest.NewSpanRecorder()
	tp := sdktrace.NewTracerProvider(sdktrace.WithSpanProcessor(rec))
	_, leaf := tp.Tracer("example.com/codetest").Start(context.Background(), "main.leaf", trace.WithAttributes(attribute.Int("own", 1)))
	leaf.End()
	_, move := tp.Tracer("example.com/codetest/geo").Start(context.Background(), "geo.(*Point).Move")
	move.End()
	// Registered in another scope only: not this span's location.
	_, other := tp.Tracer("example.com/other").Start(context.Background(), "main.leaf")
	other.End()
	return rec.Ended()
}

func wantCodeAttrs(t *testing.T, got []string, want ...string) {
	t.Helper()
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("attributes\n got %v\nwant %v", got, want)
	}
}

func TestTheTracesFileDefinesEachCodeLocationOnceBeforeItsSpans(t *testing.T) {
	spans := codeTestSpans(t)
	path := filepath.Join(t.TempDir(), "traces.txt")
	e, err := newFileExporter(path, resource.Empty())
	if err != nil {
		t.Fatal(err)
	}
	// Twice: the second batch refers to the definitions of the first.
	for i := 0; i < 2; i++ {
		if err := e.ExportSpans(context.Background(), spans); err != nil {
			t.Fatal(err)
		}
	}
	_ = e.Shutdown(context.Background())
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	raw := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	leaf := codeRegistry.m[codeKey{"example.com/codetest", "main.leaf"}]
	def := fmt.Sprintf(`{"code":%d,"name":"main.leaf","scope":"example.com/codetest","attributes":{"code.function":"leaf","code.namespace":"example.com/codetest","code.filepath":"example.com/codetest/main.go","code.lineno":25}}`, leaf.id)
	// The header, two definitions and three spans, then three spans.
	if len(raw) != 1+2+3+3 || raw[1] != def || !strings.Contains(raw[2], fmt.Sprintf(`,"code":%d,"startNs":`, leaf.id)) || !strings.HasSuffix(raw[2], `,"attributes":{"own":1}}`) {
		t.Fatalf("file:\n%s", data)
	}
	lines := readLines(t, path)
	if len(lines) != 7 {
		t.Fatalf("want a header and 6 spans, got %d lines", len(lines))
	}
	for _, l := range lines[1:] {
		attrs, _ := l["attributes"].(map[string]interface{})
		switch l["scope"] {
		case "example.com/codetest":
			if l["name"] != "main.leaf" || attrs["code.function"] != "leaf" || attrs["code.lineno"].(json.Number).String() != "25" || attrs["own"].(json.Number).String() != "1" || len(attrs) != 5 {
				t.Fatalf("leaf: %v", l)
			}
		case "example.com/codetest/geo":
			if l["name"] != "geo.(*Point).Move" || attrs["code.namespace"] != "example.com/codetest/geo.(*Point)" || len(attrs) != 4 {
				t.Fatalf("move: %v", l)
			}
		case "example.com/other":
			if l["name"] != "main.leaf" || attrs != nil {
				t.Fatalf("an unregistered span got attributes: %v", l)
			}
		default:
			t.Fatalf("scope: %v", l)
		}
	}
}

func TestOTLPConsoleAndWrappedExportersWriteCodeAttributes(t *testing.T) {
	spans := codeTestSpans(t)
	var cache codeCache
	body := appendOTLPRequest(nil, resource.Empty(), spans, &cache)
	var req struct {
		ResourceSpans []struct {
			ScopeSpans []struct {
				Spans []struct {
					Name       string
					Attributes []struct {
						Key   string
						Value map[string]interface{}
					}
				}
			}
		}
	}
	if err := json.Unmarshal(body, &req); err != nil {
		t.Fatalf("%v\n%s", err, body)
	}
	var keys []string
	for _, ss := range req.ResourceSpans[0].ScopeSpans {
		for _, s := range ss.Spans {
			for _, a := range s.Attributes {
				keys = append(keys, s.Name+":"+a.Key)
			}
		}
	}
	wantCodeAttrs(t, keys, "main.leaf:code.function", "main.leaf:code.namespace", "main.leaf:code.filepath", "main.leaf:code.lineno", "main.leaf:own",
		"geo.(*Point).Move:code.function", "geo.(*Point).Move:code.namespace", "geo.(*Point).Move:code.filepath", "geo.(*Point).Move:code.lineno")
	if !strings.Contains(string(body), `{"key":"code.lineno","value":{"intValue":"25"}}`) {
		t.Fatalf("lineno: %s", body)
	}

	var console bytes.Buffer
	if err := (&consoleExporter{w: &console}).ExportSpans(context.Background(), spans); err != nil {
		t.Fatal(err)
	}
	out := strings.Split(strings.TrimSpace(console.String()), "\n")
	if !strings.Contains(out[0], `code.function=leaf code.namespace=example.com/codetest code.filepath=example.com/codetest/main.go code.lineno=25 own=1`) || strings.Contains(out[2], "code.") {
		t.Fatalf("console:\n%s", console.String())
	}

	// What a foreign exporter (jaeger) reads through the wrapper.
	rec := tracetest.NewInMemoryExporter()
	if err := (&withCodeAttributes{SpanExporter: rec}).ExportSpans(context.Background(), spans); err != nil {
		t.Fatal(err)
	}
	keys = nil
	for _, s := range rec.GetSpans() {
		for _, a := range s.Attributes {
			keys = append(keys, s.Name+":"+string(a.Key))
		}
	}
	wantCodeAttrs(t, keys, "main.leaf:code.function", "main.leaf:code.namespace", "main.leaf:code.filepath", "main.leaf:code.lineno", "main.leaf:own",
		"geo.(*Point).Move:code.function", "geo.(*Point).Move:code.namespace", "geo.(*Point).Move:code.filepath", "geo.(*Point).Move:code.lineno")
}

// BenchmarkSpanLine is the encoding of one span of instrumented code in the traces file, code lookup included.
func BenchmarkSpanLine(b *testing.B) {
	Code("example.com/codetest", "main.leaf", "leaf", "example.com/codetest", "example.com/codetest/main.go", 25)
	rec := tracetest.NewSpanRecorder()
	tp := sdktrace.NewTracerProvider(sdktrace.WithSpanProcessor(rec))
	ctx, parent := tp.Tracer("example.com/codetest").Start(context.Background(), "main.main")
	_, leaf := tp.Tracer("example.com/codetest").Start(ctx, "main.leaf")
	leaf.End()
	parent.End()
	s := rec.Ended()[0]
	var cache codeCache
	snapshotTabOnce.Do(verifySnapshotLayout)
	out := make([]byte, 0, 1024)
	var buf spanView
	var times secondsDigits
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v := viewOf(&buf, s)
		out = appendSpanLine(out[:0], v, cache.of(v.instrumentationLibrary.Name, v.name), &times)
	}
}

// The SDK's snapshot is read directly (its layout is the one spanView mirrors), and reads what its methods return.
func TestSpanViewReadsTheSnapshotAsItsMethodsDo(t *testing.T) {
	snapshotTabOnce.Do(verifySnapshotLayout)
	if snapshotTab == nil {
		t.Fatal("the SDK's snapshot layout is not the one spanView mirrors: spans are read through methods")
	}
	for _, s := range codeTestSpans(t) {
		var buf spanView
		direct := viewOf(&buf, s)
		if direct == &buf {
			t.Fatal("a snapshot was read through its methods")
		}
		viaMethods := viewOf(&buf, struct{ sdktrace.ReadOnlySpan }{s})
		if viaMethods != &buf || !reflect.DeepEqual(*direct, buf) {
			t.Fatalf("direct %+v\nmethods %+v", *direct, buf)
		}
	}
}

// The default sampler decides as the SDK's ParentBased(AlwaysSample()), for every kind of parent.
func TestDefaultSamplerDecidesAsTheSDKsParentBasedAlwaysOn(t *testing.T) {
	sdk := sdktrace.ParentBased(sdktrace.AlwaysSample())
	ours := parentBasedAlwaysOn{}
	if ours.Description() != sdk.Description() {
		t.Fatalf("description %q, want %q", ours.Description(), sdk.Description())
	}
	ts, err := trace.ParseTraceState("k=v")
	if err != nil {
		t.Fatal(err)
	}
	parents := []context.Context{context.Background()}
	for _, remote := range []bool{false, true} {
		for _, flags := range []trace.TraceFlags{0, trace.FlagsSampled} {
			sc := trace.NewSpanContext(trace.SpanContextConfig{TraceID: trace.TraceID{1}, SpanID: trace.SpanID{2}, TraceFlags: flags, TraceState: ts, Remote: remote})
			parents = append(parents, trace.ContextWithSpanContext(context.Background(), sc))
		}
	}
	for i, ctx := range parents {
		p := sdktrace.SamplingParameters{ParentContext: ctx, TraceID: trace.TraceID{1}, Name: "x"}
		if got, want := ours.ShouldSample(p), sdk.ShouldSample(p); !reflect.DeepEqual(got, want) {
			t.Fatalf("parent %d: %+v, want %+v", i, got, want)
		}
	}
}

// The nanoseconds of a time are formatted on their own while the seconds repeat; the result is appendQuotedInt's.
func TestQuotedNanosAndHexAreWhatStrconvAndEncodingHexWrite(t *testing.T) {
	var times secondsDigits
	for _, ns := range []int64{0, -1, -1700000000000000001, 1, 999999999, 1e9, 1e9 + 1, 1700000000000000000,
		1700000000000000001, 1700000000999999999, 1700000001000000000, 1700000001000000042, 1700000000000000042,
		math.MaxInt64, math.MinInt64} {
		got := string(times.appendQuotedNanos([]byte("x"), ns))
		if want := string(appendQuotedInt([]byte("x"), ns)); got != want {
			t.Fatalf("%d: got %s, want %s", ns, got, want)
		}
	}
	ids := [][]byte{{}, {0}, {0xff, 0x0a}, {1, 2, 3, 4, 5}, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 0xfe}}
	for i := 0; i < 256; i++ {
		ids = append(ids, []byte{byte(i), byte(255 - i), byte(i * 7), byte(i ^ 0x5a), 0x09, 0x0a, 0x9f, 0xa0})
	}
	for _, id := range ids {
		if got, want := string(appendHex([]byte("x"), id)), `x"`+hex.EncodeToString(id)+`"`; got != want {
			t.Fatalf("got %s, want %s", got, want)
		}
	}
}
