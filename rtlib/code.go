// Defines Code, the registry of where instrumented functions are, which the exporters read to put the code.* attributes on spans when they write them.
package rtlib

import (
	"context"
	"strconv"
	"sync"
	"sync/atomic"

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
	// id numbers the location in the process (from 1); fileDef is its definition line in the traces file,
	// `{"code":id,"name":…,"scope":…,"attributes":{"code.function":…,…}}`, and fileRef what its spans carry instead,
	// `,"code":id`: the static half of a span is written once per file, not with every span.
	id               int
	fileDef, fileRef []byte
	// otlpAttrs is the attributes as OTLP JSON KeyValue objects, comma-separated, without brackets.
	otlpAttrs []byte
}

type codeKey struct{ scope, span string }

// codeRegistry maps an instrumentation scope (the package path) and a span name to the function's location.
// Packages register while they initialise; exporters read. gen counts registrations, so that an exporter's own
// copy of what it looked up (codeCache) knows when to forget the names it found unregistered.
var codeRegistry struct {
	sync.RWMutex
	m   map[codeKey]*CodeLocation
	all []*CodeLocation
	gen atomic.Uint64
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
	list := appendOTLPAttributes(nil, c.attrs)
	c.otlpAttrs = list[1 : len(list)-1]
	codeRegistry.Lock()
	defer codeRegistry.Unlock()
	if codeRegistry.m == nil {
		codeRegistry.m = map[codeKey]*CodeLocation{}
	}
	c.id = len(codeRegistry.all) + 1
	codeRegistry.all = append(codeRegistry.all, c)
	c.fileRef = strconv.AppendInt([]byte(`,"code":`), int64(c.id), 10)
	c.fileDef = strconv.AppendInt([]byte(`{"code":`), int64(c.id), 10)
	c.fileDef = append(c.fileDef, `,"name":`...)
	c.fileDef = appendJSONString(c.fileDef, span)
	c.fileDef = append(c.fileDef, `,"scope":`...)
	c.fileDef = appendJSONString(c.fileDef, scope)
	c.fileDef = append(c.fileDef, `,"attributes":`...)
	c.fileDef = appendPlainAttributes(c.fileDef, c.attrs)
	c.fileDef = append(c.fileDef, "}\n"...)
	codeRegistry.m[codeKey{scope, span}] = c
	codeRegistry.gen.Add(1)
	return c
}

// codeCache is one exporter's copy of the registry entries it has looked up, unregistered names included, read
// without a lock: the exporter goroutine meets the same few functions span after span. It is used from one
// goroutine at a time; it is emptied when a package registers more, and when it grows large (spans that user code
// names at run time are not registered, and their names may not repeat).
type codeCache struct {
	gen uint64
	m   map[codeKey]*CodeLocation
}

const codeCacheMax = 1 << 14

// of returns the location registered for spans of this scope and name, or nil.
func (c *codeCache) of(scope, name string) *CodeLocation {
	if g := codeRegistry.gen.Load(); c.m == nil || g != c.gen || len(c.m) >= codeCacheMax {
		c.m = make(map[codeKey]*CodeLocation, 64)
		c.gen = g
	}
	k := codeKey{scope, name}
	loc, ok := c.m[k]
	if !ok {
		codeRegistry.RLock()
		loc = codeRegistry.m[k]
		codeRegistry.RUnlock()
		c.m[k] = loc
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
		if loc := e.cache.of(s.InstrumentationLibrary().Name, s.Name()); loc != nil {
			out[i] = codeSpan{s, codeAttributes(loc, s)}
		} else {
			out[i] = s
		}
	}
	e.mu.Unlock()
	return e.SpanExporter.ExportSpans(ctx, out)
}
