// Defines spanView, a span's fields read at once for the exporters, directly from the SDK's snapshot when its layout is verified to be the one known here.
package rtlib

import (
	"context"
	"reflect"
	"sync"
	"time"
	"unsafe"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/sdk/instrumentation"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/trace"
)

// spanView holds what the exporters write of an ended span. Reading it through the ReadOnlySpan interface costs
// a method call per field, and each call copies the SDK's whole snapshot (its methods have value receivers):
// about 25 ns a field, more than half of what encoding a span line costs.
type spanView struct {
	name                   string
	spanContext            trace.SpanContext
	parent                 trace.SpanContext
	spanKind               trace.SpanKind
	startTime              time.Time
	endTime                time.Time
	attributes             []attribute.KeyValue
	events                 []sdktrace.Event
	links                  []sdktrace.Link
	status                 sdktrace.Status
	childSpanCount         int
	droppedAttributeCount  int
	droppedEventCount      int
	droppedLinkCount       int
	resource               *resource.Resource
	instrumentationLibrary instrumentation.Library
}

// ifaceWords is how Go lays out a non-empty interface value: the method table of its dynamic type, then a pointer
// to the value.
type ifaceWords struct {
	tab, data unsafe.Pointer
}

// snapshotTab is the method table of the SDK's snapshot type as a ReadOnlySpan when that type is a struct whose
// fields have exactly spanView's names, types and offsets (OTel Go v1.1.0's); nil otherwise, and then every span
// is read through its methods. Set once, by verifySnapshotLayout.
var (
	snapshotTab     unsafe.Pointer
	snapshotTabOnce sync.Once
)

func verifySnapshotLayout() {
	var ended sdktrace.ReadOnlySpan
	tp := sdktrace.NewTracerProvider(sdktrace.WithSpanProcessor(endedSpan{&ended}))
	_, s := tp.Tracer("").Start(context.Background(), "")
	s.End()
	t := reflect.TypeOf(ended)
	if t == nil || t.Kind() != reflect.Pointer || t.Elem().Kind() != reflect.Struct {
		return
	}
	got, want := t.Elem(), reflect.TypeOf(spanView{})
	if got.Size() != want.Size() || got.NumField() != want.NumField() {
		return
	}
	for i := 0; i < want.NumField(); i++ {
		g, w := got.Field(i), want.Field(i)
		if g.Name != w.Name || g.Type != w.Type || g.Offset != w.Offset {
			return
		}
	}
	snapshotTab = (*ifaceWords)(unsafe.Pointer(&ended)).tab
}

// endedSpan is a span processor that keeps the last span ended.
type endedSpan struct{ last *sdktrace.ReadOnlySpan }

func (p endedSpan) OnStart(context.Context, sdktrace.ReadWriteSpan) {}
func (p endedSpan) OnEnd(s sdktrace.ReadOnlySpan)                   { *p.last = s }
func (p endedSpan) Shutdown(context.Context) error                  { return nil }
func (p endedSpan) ForceFlush(context.Context) error                { return nil }

// viewOf returns the span's fields: the snapshot itself when its layout is verified, else buf filled through the
// interface's methods. The caller calls verifySnapshotLayout once before (see newFileExporter).
func viewOf(buf *spanView, s sdktrace.ReadOnlySpan) *spanView {
	if w := (*ifaceWords)(unsafe.Pointer(&s)); w.tab != nil && w.tab == snapshotTab {
		return (*spanView)(w.data)
	}
	*buf = spanView{
		name:                   s.Name(),
		spanContext:            s.SpanContext(),
		parent:                 s.Parent(),
		spanKind:               s.SpanKind(),
		startTime:              s.StartTime(),
		endTime:                s.EndTime(),
		attributes:             s.Attributes(),
		events:                 s.Events(),
		links:                  s.Links(),
		status:                 s.Status(),
		childSpanCount:         s.ChildSpanCount(),
		droppedAttributeCount:  s.DroppedAttributes(),
		droppedEventCount:      s.DroppedEvents(),
		droppedLinkCount:       s.DroppedLinks(),
		resource:               s.Resource(),
		instrumentationLibrary: s.InstrumentationLibrary(),
	}
	return buf
}
