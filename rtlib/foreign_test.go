// Tests that spans of registered functions recorded by a provider the program set itself get their code attributes.
package rtlib

import (
	"context"
	"testing"

	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"
	"go.opentelemetry.io/otel/trace"
)

func TestAProviderOfTheProgramsOwnGetsTheCodeAttributes(t *testing.T) {
	Code("example.com/foreign", "main.f", "f", "example.com/foreign", "example.com/foreign/main.go", 7)
	rec := tracetest.NewSpanRecorder()
	theirs := sdktrace.NewTracerProvider(sdktrace.WithSpanProcessor(rec))
	own := sdktrace.NewTracerProvider()
	if codeAttributesOn(own, own) || codeAttributesOn(trace.NewNoopTracerProvider(), own) {
		t.Fatal("only another SDK provider gets the processor")
	}
	if !codeAttributesOn(theirs, own) {
		t.Fatal("the program's SDK provider gets the processor")
	}
	tr := theirs.Tracer("example.com/foreign")
	ctx, f := tr.Start(context.Background(), "main.f")
	_, other := tr.Start(ctx, "their own span")
	other.End()
	f.End()
	// The same name from another scope is another function.
	_, elsewhere := theirs.Tracer("example.com/other").Start(context.Background(), "main.f")
	elsewhere.End()
	got := map[string][]string{}
	for _, s := range rec.Ended() {
		key := s.InstrumentationLibrary().Name + " " + s.Name()
		got[key] = []string{}
		for _, kv := range s.Attributes() {
			got[key] = append(got[key], string(kv.Key)+"="+kv.Value.Emit())
		}
	}
	want := map[string][]string{
		"example.com/foreign main.f": {"code.function=f", "code.namespace=example.com/foreign",
			"code.filepath=example.com/foreign/main.go", "code.lineno=7"},
		"example.com/foreign their own span": {},
		"example.com/other main.f":           {},
	}
	if len(got) != len(want) {
		t.Fatalf("got %v", got)
	}
	for k, w := range want {
		g := got[k]
		if len(g) != len(w) {
			t.Fatalf("%s: got %v, want %v", k, g, w)
		}
		for i := range w {
			if g[i] != w[i] {
				t.Fatalf("%s: got %v, want %v", k, g, w)
			}
		}
	}
}
