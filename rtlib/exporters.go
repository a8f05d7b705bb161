// Defines exportersFromConfig, which makes the exporters OTEL_TRACES_EXPORTER names (file, otlp, jaeger, console), and the console exporter.
package rtlib

import (
	"context"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
	"sync"

	"go.opentelemetry.io/otel/exporters/jaeger"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

// exportersFromConfig makes every exporter the configuration names; one that cannot be made is reported and
// left out. It returns nil when nothing is left (spans are then not exported at all), and the traces file
// when the file exporter is among them.
func exportersFromConfig(c config, res *resource.Resource, logger *log.Logger) (sdktrace.SpanExporter, *os.File) {
	var list []sdktrace.SpanExporter
	var file *os.File
	for _, name := range c.exporters {
		switch name {
		case "file":
			e, err := newFileExporter(c.tracesFile, res)
			if err != nil {
				// Tracing must never stop the program it observes: keep running without this exporter.
				logger.Printf("cannot create %s, spans are discarded: %v", c.tracesFile, err)
				continue
			}
			file = e.f
			list = append(list, e)
		case "otlp":
			list = append(list, newOTLPExporter(c.otlp, res))
		case "jaeger":
			var endpoint jaeger.EndpointOption
			if c.jaegerCollector {
				// The collector's HTTP Thrift endpoint; OTEL_EXPORTER_JAEGER_USER and _PASSWORD are read by the exporter.
				endpoint = jaeger.WithCollectorEndpoint()
			} else {
				// The agent's UDP port: OTEL_EXPORTER_JAEGER_AGENT_HOST and _PORT, default localhost:6831.
				endpoint = jaeger.WithAgentEndpoint(jaeger.WithLogger(logger))
			}
			e, err := jaeger.New(endpoint)
			if err != nil {
				logger.Printf("cannot create the jaeger exporter, spans are not sent to jaeger: %v", err)
				continue
			}
			list = append(list, &withCodeAttributes{SpanExporter: e})
		case "console":
			list = append(list, &consoleExporter{w: os.Stderr})
		}
	}
	switch len(list) {
	case 0:
		return nil, file
	case 1:
		return list[0], file
	}
	return multiExporter(list), file
}

// multiExporter sends every batch to each exporter in turn; the first error is returned after all have run.
type multiExporter []sdktrace.SpanExporter

func (m multiExporter) ExportSpans(ctx context.Context, spans []sdktrace.ReadOnlySpan) error {
	var first error
	for _, e := range m {
		if err := e.ExportSpans(ctx, spans); err != nil && first == nil {
			first = err
		}
	}
	return first
}

func (m multiExporter) Shutdown(ctx context.Context) error {
	var first error
	for _, e := range m {
		if err := e.Shutdown(ctx); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// consoleExporter writes one readable line per span to stderr (never stdout, which is the program's own):
//
//	span main.fib 1.234µs trace=4bf9… span=00f0… parent=53ab… scope=example.com/app status=Unset n=3
type consoleExporter struct {
	mu    sync.Mutex
	w     io.Writer
	codes codeCache
}

func (e *consoleExporter) ExportSpans(_ context.Context, spans []sdktrace.ReadOnlySpan) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	var sb strings.Builder
	for _, s := range spans {
		sc := s.SpanContext()
		fmt.Fprintf(&sb, "span %s %v trace=%s span=%s", s.Name(), s.EndTime().Sub(s.StartTime()), sc.TraceID(), sc.SpanID())
		if p := s.Parent(); p.SpanID().IsValid() {
			fmt.Fprintf(&sb, " parent=%s", p.SpanID())
		}
		fmt.Fprintf(&sb, " scope=%s status=%s", s.InstrumentationLibrary().Name, s.Status().Code)
		if d := s.Status().Description; d != "" {
			fmt.Fprintf(&sb, " message=%q", d)
		}
		for _, kv := range codeAttributes(e.codes.of(s.InstrumentationLibrary().Name, s.Name()), s) {
			fmt.Fprintf(&sb, " %s=%s", kv.Key, kv.Value.Emit())
		}
		for _, ev := range s.Events() {
			fmt.Fprintf(&sb, " event=%q", ev.Name)
		}
		sb.WriteByte('\n')
	}
	_, err := io.WriteString(e.w, sb.String())
	return err
}

func (e *consoleExporter) Shutdown(context.Context) error { return nil }
