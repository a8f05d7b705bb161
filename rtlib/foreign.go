// Defines codeAttributesOn, which gives the spans of instrumented functions their code.* attributes when a tracer provider the program set itself records them instead of rtlib's.
package rtlib

import (
	"context"

	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/trace"
)

// The package-level tracers of instrumented code (otel.Tracer) delegate to the first provider set in the process. A
// program that sets a provider of its own before the bootstrap runs therefore records instrgen's spans there, and
// rtlib's exporters, which write the code.* attributes of registered functions, never see them:
//
//	otel.SetTracerProvider(sdktrace.NewTracerProvider(sdktrace.WithBatcher(theirs)))  // before work() is called
//	work()  // the bootstrap's rtlib.NewTracingState() finds that provider here
//
// When that provider is the SDK's, rtlib registers codeAttributesProcessor on it, which sets the attributes as such a
// span starts (there they cost what four SetAttributes cost: only rtlib's own exporters can write them for free).
// Another implementation of trace.TracerProvider offers no way in, so its spans go without them.

// codeAttributesProcessor sets the code.* attributes on spans of registered functions when they start.
type codeAttributesProcessor struct{}

func (codeAttributesProcessor) OnStart(_ context.Context, s sdktrace.ReadWriteSpan) {
	if loc := registeredCode(s.InstrumentationLibrary().Name, s.Name()); loc != nil {
		s.SetAttributes(loc.attrs...)
	}
}

func (codeAttributesProcessor) OnEnd(sdktrace.ReadOnlySpan)      {}
func (codeAttributesProcessor) Shutdown(context.Context) error   { return nil }
func (codeAttributesProcessor) ForceFlush(context.Context) error { return nil }

// codeAttributesOn registers codeAttributesProcessor on current, the provider otel's global holds before the
// bootstrap sets rtlib's own (own), when it is another SDK provider; it reports whether it did.
func codeAttributesOn(current trace.TracerProvider, own *sdktrace.TracerProvider) bool {
	sdk, ok := current.(*sdktrace.TracerProvider)
	if !ok || sdk == own {
		return false
	}
	sdk.RegisterSpanProcessor(codeAttributesProcessor{})
	return true
}

// registeredCode is the location registered for spans of this scope and name, or nil.
func registeredCode(scope, name string) *CodeLocation {
	codeRegistry.RLock()
	defer codeRegistry.RUnlock()
	return codeRegistry.m[codeKey{scope, name}]
}
