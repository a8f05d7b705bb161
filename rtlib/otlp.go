// Defines otlpExporter, OTLP/HTTP with the JSON encoding on net/http, since OTel Go v1.1.0's OTLP exporters need gRPC and protobuf modules.
package rtlib

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/sdk/instrumentation"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/trace"
)

// otlpConfig is where and how the OTLP exporter sends (OTEL_EXPORTER_OTLP_*).
type otlpConfig struct {
	endpoint string
	headers  map[string]string
	timeout  time.Duration
	gzip     bool
}

// otlpConfigFromEnv follows the specification: OTEL_EXPORTER_OTLP_TRACES_ENDPOINT is used as is;
// OTEL_EXPORTER_OTLP_ENDPOINT gets /v1/traces appended; the default is http://localhost:4318/v1/traces.
// Signal-specific headers, timeout and compression win over the general ones.
func otlpConfigFromEnv(getenv func(string) string, logger *log.Logger) otlpConfig {
	c := otlpConfig{endpoint: "http://localhost:4318/v1/traces", headers: map[string]string{}, timeout: 10 * time.Second}
	if e := strings.TrimSpace(getenv("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT")); e != "" {
		c.endpoint = e
	} else if e := strings.TrimSpace(getenv("OTEL_EXPORTER_OTLP_ENDPOINT")); e != "" {
		c.endpoint = strings.TrimRight(e, "/") + "/v1/traces"
	}
	if u, err := url.Parse(c.endpoint); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		logger.Printf("OTLP endpoint %q is not an http(s) URL; using http://localhost:4318/v1/traces", c.endpoint)
		c.endpoint = "http://localhost:4318/v1/traces"
	}
	for _, name := range []string{"OTEL_EXPORTER_OTLP_HEADERS", "OTEL_EXPORTER_OTLP_TRACES_HEADERS"} {
		for _, entry := range strings.Split(getenv(name), ",") {
			if strings.TrimSpace(entry) == "" {
				continue
			}
			kv := strings.SplitN(entry, "=", 2)
			key := strings.TrimSpace(kv[0])
			if len(kv) != 2 || key == "" {
				logger.Printf("%s: %q is not key=value; skipped", name, entry)
				continue
			}
			value, err := url.PathUnescape(strings.TrimSpace(kv[1]))
			if err != nil {
				logger.Printf("%s: the value of %q is not percent-encoded correctly (%v); skipped", name, key, err)
				continue
			}
			c.headers[key] = value
		}
	}
	for _, name := range []string{"OTEL_EXPORTER_OTLP_TIMEOUT", "OTEL_EXPORTER_OTLP_TRACES_TIMEOUT"} {
		if getenv(name) != "" {
			c.timeout = time.Duration(positiveIntFromEnv(getenv, name, 10000, logger)) * time.Millisecond
		}
	}
	for _, name := range []string{"OTEL_EXPORTER_OTLP_COMPRESSION", "OTEL_EXPORTER_OTLP_TRACES_COMPRESSION"} {
		switch v := strings.ToLower(strings.TrimSpace(getenv(name))); v {
		case "":
		case "gzip":
			c.gzip = true
		case "none":
			c.gzip = false
		default:
			logger.Printf("%s=%q is neither gzip nor none; using none", name, v)
			c.gzip = false
		}
	}
	return c
}

// otlpExporter implements sdktrace.SpanExporter: one POST of an ExportTraceServiceRequest per batch.
type otlpExporter struct {
	cfg    otlpConfig
	res    *resource.Resource
	client *http.Client
	mu     sync.Mutex
	codes  codeCache
}

func newOTLPExporter(cfg otlpConfig, res *resource.Resource) *otlpExporter {
	return &otlpExporter{cfg: cfg, res: res, client: &http.Client{Timeout: cfg.timeout}}
}

// ExportSpans sends the batch; a status outside 2xx is an error (counted by the processor, reported at exit).
func (e *otlpExporter) ExportSpans(ctx context.Context, spans []sdktrace.ReadOnlySpan) error {
	e.mu.Lock()
	body := appendOTLPRequest(nil, e.res, spans, &e.codes)
	e.mu.Unlock()
	var reader io.Reader = bytes.NewReader(body)
	if e.cfg.gzip {
		var zipped bytes.Buffer
		w := gzip.NewWriter(&zipped)
		_, _ = w.Write(body)
		_ = w.Close()
		reader = &zipped
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, e.cfg.endpoint, reader)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	if e.cfg.gzip {
		req.Header.Set("Content-Encoding", "gzip")
	}
	for k, v := range e.cfg.headers {
		req.Header.Set(k, v)
	}
	resp, err := e.client.Do(req)
	if err != nil {
		return fmt.Errorf("OTLP export to %s: %w", e.cfg.endpoint, err)
	}
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<20))
	resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return fmt.Errorf("OTLP export to %s: HTTP %s", e.cfg.endpoint, resp.Status)
	}
	return nil
}

// Shutdown has nothing to release: requests finish inside ExportSpans.
func (e *otlpExporter) Shutdown(context.Context) error {
	e.client.CloseIdleConnections()
	return nil
}

// appendOTLPRequest encodes an ExportTraceServiceRequest in OTLP's JSON mapping: lowerCamelCase field names,
// ids as hex, 64-bit integers as decimal strings, enums as numbers; spans grouped by instrumentation scope.
func appendOTLPRequest(b []byte, res *resource.Resource, spans []sdktrace.ReadOnlySpan, codes *codeCache) []byte {
	type group struct {
		scope instrumentation.Library
		spans []sdktrace.ReadOnlySpan
	}
	var groups []*group
	index := map[instrumentation.Library]*group{}
	for _, s := range spans {
		lib := s.InstrumentationLibrary()
		g := index[lib]
		if g == nil {
			g = &group{scope: lib}
			index[lib] = g
			groups = append(groups, g)
		}
		g.spans = append(g.spans, s)
	}
	b = append(b, `{"resourceSpans":[{"resource":{"attributes":`...)
	b = appendOTLPAttributes(b, res.Attributes())
	b = append(b, `},"scopeSpans":[`...)
	for i, g := range groups {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"scope":{"name":`...)
		b = appendJSONString(b, g.scope.Name)
		if g.scope.Version != "" {
			b = append(b, `,"version":`...)
			b = appendJSONString(b, g.scope.Version)
		}
		b = append(b, `},"spans":[`...)
		for j, s := range g.spans {
			if j > 0 {
				b = append(b, ',')
			}
			b = appendOTLPSpan(b, s, codes.of(s.InstrumentationLibrary().Name, s.Name()))
		}
		b = append(b, ']')
		if g.scope.SchemaURL != "" {
			b = append(b, `,"schemaUrl":`...)
			b = appendJSONString(b, g.scope.SchemaURL)
		}
		b = append(b, '}')
	}
	b = append(b, ']')
	if u := res.SchemaURL(); u != "" {
		b = append(b, `,"schemaUrl":`...)
		b = appendJSONString(b, u)
	}
	return append(b, "}]}"...)
}

// otlpSpanKind maps to opentelemetry.proto.trace.v1.Span.SpanKind.
func otlpSpanKind(k trace.SpanKind) int {
	switch k {
	case trace.SpanKindInternal:
		return 1
	case trace.SpanKindServer:
		return 2
	case trace.SpanKindClient:
		return 3
	case trace.SpanKindProducer:
		return 4
	case trace.SpanKindConsumer:
		return 5
	}
	return 0
}

// otlpStatusCode maps to opentelemetry.proto.trace.v1.Status.StatusCode (Go's codes number Error and Ok the other way round).
func otlpStatusCode(c codes.Code) int {
	switch c {
	case codes.Ok:
		return 1
	case codes.Error:
		return 2
	}
	return 0
}

// appendOTLPSpan appends one Span; the code.* attributes of loc, when there is one, come first among its attributes.
func appendOTLPSpan(b []byte, s sdktrace.ReadOnlySpan, loc *CodeLocation) []byte {
	sc := s.SpanContext()
	tid, sid := sc.TraceID(), sc.SpanID()
	b = append(b, `{"traceId":`...)
	b = appendHex(b, tid[:])
	b = append(b, `,"spanId":`...)
	b = appendHex(b, sid[:])
	if ts := sc.TraceState().String(); ts != "" {
		b = append(b, `,"traceState":`...)
		b = appendJSONString(b, ts)
	}
	if p := s.Parent(); p.SpanID().IsValid() {
		pid := p.SpanID()
		b = append(b, `,"parentSpanId":`...)
		b = appendHex(b, pid[:])
	}
	b = append(b, `,"name":`...)
	b = appendJSONString(b, s.Name())
	b = append(b, `,"kind":`...)
	b = append(b, byte('0'+otlpSpanKind(s.SpanKind())))
	b = append(b, `,"startTimeUnixNano":`...)
	b = appendQuotedInt(b, unixNanos(s.StartTime()))
	b = append(b, `,"endTimeUnixNano":`...)
	b = appendQuotedInt(b, unixNanos(s.EndTime()))
	if attrs := s.Attributes(); loc != nil {
		b = append(b, `,"attributes":[`...)
		b = append(b, loc.otlpAttrs...)
		for _, kv := range attrs {
			b = append(b, ',')
			b = appendOTLPKeyValue(b, kv)
		}
		b = append(b, ']')
	} else if len(attrs) > 0 {
		b = append(b, `,"attributes":`...)
		b = appendOTLPAttributes(b, attrs)
	}
	if n := s.DroppedAttributes(); n > 0 {
		b = append(b, `,"droppedAttributesCount":`...)
		b = appendUint(b, n)
	}
	if events := s.Events(); len(events) > 0 {
		b = append(b, `,"events":[`...)
		for i, ev := range events {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"timeUnixNano":`...)
			b = appendQuotedInt(b, unixNanos(ev.Time))
			b = append(b, `,"name":`...)
			b = appendJSONString(b, ev.Name)
			if len(ev.Attributes) > 0 {
				b = append(b, `,"attributes":`...)
				b = appendOTLPAttributes(b, ev.Attributes)
			}
			if ev.DroppedAttributeCount > 0 {
				b = append(b, `,"droppedAttributesCount":`...)
				b = appendUint(b, ev.DroppedAttributeCount)
			}
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	if n := s.DroppedEvents(); n > 0 {
		b = append(b, `,"droppedEventsCount":`...)
		b = appendUint(b, n)
	}
	if links := s.Links(); len(links) > 0 {
		b = append(b, `,"links":[`...)
		for i, l := range links {
			if i > 0 {
				b = append(b, ',')
			}
			ltid, lsid := l.SpanContext.TraceID(), l.SpanContext.SpanID()
			b = append(b, `{"traceId":`...)
			b = appendHex(b, ltid[:])
			b = append(b, `,"spanId":`...)
			b = appendHex(b, lsid[:])
			if len(l.Attributes) > 0 {
				b = append(b, `,"attributes":`...)
				b = appendOTLPAttributes(b, l.Attributes)
			}
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	if n := s.DroppedLinks(); n > 0 {
		b = append(b, `,"droppedLinksCount":`...)
		b = appendUint(b, n)
	}
	st := s.Status()
	b = append(b, `,"status":{`...)
	if st.Description != "" {
		b = append(b, `"message":`...)
		b = appendJSONString(b, st.Description)
		b = append(b, ',')
	}
	b = append(b, `"code":`...)
	b = append(b, byte('0'+otlpStatusCode(st.Code)))
	return append(b, "}}"...)
}

func appendUint(b []byte, n int) []byte {
	return append(b, fmt.Sprint(n)...)
}

// appendOTLPAttributes appends [{"key":..,"value":{AnyValue}},...].
func appendOTLPAttributes(b []byte, attrs []attribute.KeyValue) []byte {
	b = append(b, '[')
	for i, kv := range attrs {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendOTLPKeyValue(b, kv)
	}
	return append(b, ']')
}

// appendOTLPKeyValue appends {"key":..,"value":{AnyValue}}.
func appendOTLPKeyValue(b []byte, kv attribute.KeyValue) []byte {
	b = append(b, `{"key":`...)
	b = appendJSONString(b, string(kv.Key))
	b = append(b, `,"value":`...)
	b = appendOTLPValue(b, kv.Value)
	return append(b, '}')
}

// appendOTLPValue appends an AnyValue: one of stringValue, boolValue, intValue (a decimal string),
// doubleValue, arrayValue.
func appendOTLPValue(b []byte, v attribute.Value) []byte {
	switch v.Type() {
	case attribute.BOOL:
		if v.AsBool() {
			return append(b, `{"boolValue":true}`...)
		}
		return append(b, `{"boolValue":false}`...)
	case attribute.INT64:
		b = append(b, `{"intValue":`...)
		b = appendQuotedInt(b, v.AsInt64())
		return append(b, '}')
	case attribute.FLOAT64:
		b = append(b, `{"doubleValue":`...)
		b = appendFloat(b, v.AsFloat64())
		return append(b, '}')
	case attribute.STRING:
		b = append(b, `{"stringValue":`...)
		b = appendJSONString(b, v.AsString())
		return append(b, '}')
	case attribute.BOOLSLICE:
		b = append(b, `{"arrayValue":{"values":[`...)
		for i, x := range v.AsBoolSlice() {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendOTLPValue(b, attribute.BoolValue(x))
		}
		return append(b, "]}}"...)
	case attribute.INT64SLICE:
		b = append(b, `{"arrayValue":{"values":[`...)
		for i, x := range v.AsInt64Slice() {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendOTLPValue(b, attribute.Int64Value(x))
		}
		return append(b, "]}}"...)
	case attribute.FLOAT64SLICE:
		b = append(b, `{"arrayValue":{"values":[`...)
		for i, x := range v.AsFloat64Slice() {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendOTLPValue(b, attribute.Float64Value(x))
		}
		return append(b, "]}}"...)
	case attribute.STRINGSLICE:
		b = append(b, `{"arrayValue":{"values":[`...)
		for i, x := range v.AsStringSlice() {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendOTLPValue(b, attribute.StringValue(x))
		}
		return append(b, "]}}"...)
	}
	return append(b, "{}"...)
}
