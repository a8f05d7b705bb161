// Defines Code, the registry of where instrumented functions are, which the exporters read to put the code.* attributes on spans when they write them.
package rtlib

import (
	"context"
	"sync"

	"go.opentelemetry.io/otel/attribute"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	semconv "go.opentelemetry.io/otel/semconv/v1.7.0"
)

// CodeLocation is where one instrumented function is declared, as the semconv v1.7.0 code.* attributes say it,
// with those attributes already encoded the way each exporter writes them. It is built once per function, at
// package initialisation, so that a span costs no more than the SDK's own start and end: setting four attributes
// on every call would double that (the v1.1.0 SDK keeps a map entry and a list element per attribute).
type CodeLocation struct {
	attrs []attribute.KeyValue
	// fileHead is `"name":…,"scope":…` and fileAttrs the attributes' members `"code.function":…,…`, for the traces file.
	fileHead, fileAttrs []byte
	// otlpAttrs is the attributes as OTLP JSON KeyValue objects, comma-separated, without brackets.
	otlpAttrs []byte
}

type codeKey struct{ scope, span string }

// codeRegistry maps an instrumentation scope (the package path) and a span name to the function's location.
// Packages register while they initialise; the exporter goroutine reads.
var codeRegistry struct {
	sync.RWMutex
	m map[codeKey]*CodeLocation
}

// Code registers where the function whose spans are named span, started from the tracer named scope, is
// declared. instrgen declares one package-level variable per instrumented function with it:
//
//	var __atel_code_leaf = __atel_rtlib.Code("example.com/app", "main.leaf", "leaf", "example.com/app", "example.com/app/main.go", 25)
//
// Every exporter then writes code.function, code.namespace, code.filepath and code.lineno first among the
// attributes of each such span, as if the span had been given them when it started.
func Code(scope, span, function, namespace, filepath string, lineno int) *CodeLocation {
	c := &CodeLocation{attrs: []attribute.KeyValue{
		semconv.CodeFunctionKey.String(function),
		semconv.CodeNamespaceKey.String(namespace),
		semconv.CodeFilepathKey.String(filepath),
		semconv.CodeLineNumberKey.Int(lineno),
	}}
	c.fileHead = append(c.fileHead, `"name":`...)
	c.fileHead = appendJSONString(c.fileHead, span)
	c.fileHead = append(c.fileHead, `,"scope":`...)
	c.fileHead = appendJSONString(c.fileHead, scope)
	members := appendPlainAttributes(nil, c.attrs)
	c.fileAttrs = members[1 : len(members)-1]
	list := appendOTLPAttributes(nil, c.attrs)
	c.otlpAttrs = list[1 : len(list)-1]
	codeRegistry.Lock()
	defer codeRegistry.Unlock()
	if codeRegistry.m == nil {
		codeRegistry.m = map[codeKey]*CodeLocation{}
	}
	codeRegistry.m[codeKey{scope, span}] = c
	return c
}

// codeCache remembers the last location looked up: an exporter meets the same few functions span after span.
// It belongs to one exporter, which uses it from one goroutine at a time.
type codeCache struct {
	key codeKey
	loc *CodeLocation
}

// of returns the location registered for the span's scope and name, or nil.
func (c *codeCache) of(s sdktrace.ReadOnlySpan) *CodeLocation {
	k := codeKey{s.InstrumentationLibrary().Name, s.Name()}
	if c.loc != nil && c.key == k {
		return c.loc
	}
	codeRegistry.RLock()
	loc := codeRegistry.m[k]
	codeRegistry.RUnlock()
	if loc != nil {
		c.key, c.loc = k, loc
	}
	return loc
}

// codeAttributes is the span's code.* attributes (if registered) followed by its own.
func codeAttributes(loc *CodeLocation, s sdktrace.ReadOnlySpan) []attribute.KeyValue {
	own := s.Attributes()
	if loc == nil {
		return own
	}
	return append(append(make([]attribute.KeyValue, 0, len(loc.attrs)+len(own)), loc.attrs...), own...)
}

// withCodeAttributes hands spans to an exporter that reads only the SDK's view of a span (jaeger) with their
// code.* attributes in front of their own.
type withCodeAttributes struct {
	sdktrace.SpanExporter
	mu    sync.Mutex
	cache codeCache
}

// codeSpan is a span whose Attributes include its code.* attributes.
type codeSpan struct {
	sdktrace.ReadOnlySpan
	attrs []attribute.KeyValue
}

func (s codeSpan) Attributes() []attribute.KeyValue { return s.attrs }

func (e *withCodeAttributes) ExportSpans(ctx context.Context, spans []sdktrace.ReadOnlySpan) error {
	e.mu.Lock()
	out := make([]sdktrace.ReadOnlySpan, len(spans))
	for i, s := range spans {
		if loc := e.cache.of(s); loc != nil {
			out[i] = codeSpan{s, codeAttributes(loc, s)}
		} else {
			out[i] = s
		}
	}
	e.mu.Unlock()
	return e.SpanExporter.ExportSpans(ctx, out)
}
