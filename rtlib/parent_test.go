// Tests that WithParentSpan attaches only a span, and only where the context carries none, and RequestContext.
package rtlib

import (
	"context"
	"net/http/httptest"
	"testing"
	"time"

	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/trace"
)

type parentTestKey struct{}

func TestWithParentSpanAttachesOnlyTheSpan(t *testing.T) {
	tp := sdktrace.NewTracerProvider()
	defer func() { _ = tp.Shutdown(context.Background()) }()
	parent, span := tp.Tracer("t").Start(context.Background(), "caller")
	defer span.End()

	base, cancel := context.WithTimeout(context.WithValue(context.Background(), parentTestKey{}, "v"), time.Hour)
	cancel()
	got := WithParentSpan(base, parent)
	if trace.SpanFromContext(got) != span {
		t.Fatalf("the caller's span is not attached")
	}
	if got.Err() != base.Err() || got.Done() != base.Done() || got.Value(parentTestKey{}) != "v" {
		t.Fatalf("Err, Done or a value changed: %v %v %v", got.Err(), got.Done() == base.Done(), got.Value(parentTestKey{}))
	}
	d1, ok1 := got.Deadline()
	d2, ok2 := base.Deadline()
	if d1 != d2 || ok1 != ok2 {
		t.Fatalf("deadline changed")
	}

	own, ownSpan := tp.Tracer("t").Start(context.Background(), "own")
	defer ownSpan.End()
	if WithParentSpan(own, parent) != own {
		t.Fatalf("a context that carries a span must be passed on unchanged")
	}
	if WithParentSpan(nil, parent) != nil { // a nil context the program passed
		t.Fatalf("a nil context must stay nil")
	}
	bg := context.Background()
	if WithParentSpan(bg, context.Background()) != bg {
		t.Fatalf("without a parent span the context must be passed on unchanged")
	}
}

func TestRequestContext(t *testing.T) {
	if RequestContext(nil) == nil {
		t.Fatalf("a nil request needs a context to start from")
	}
	r := httptest.NewRequest("GET", "/", nil)
	ctx := context.WithValue(context.Background(), parentTestKey{}, 1)
	if RequestContext(r.WithContext(ctx)) != ctx {
		t.Fatalf("not the request's context")
	}
}
