// Defines parentBasedAlwaysOn, the default sampler (parentbased_always_on) with one look at the parent instead of two.
package rtlib

import (
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/trace"
)

// parentBasedAlwaysOn decides as sdktrace.ParentBased(sdktrace.AlwaysSample()) does: a span with a parent is
// sampled when its parent is, a root always. The SDK's version looks the parent up in the context twice (once
// itself, once in the sampler it delegates to) and passes the sampling parameters on by value: a tenth of a span's
// start. The decision is made on every span start, so it is written out here.
type parentBasedAlwaysOn struct{}

func (parentBasedAlwaysOn) ShouldSample(p sdktrace.SamplingParameters) sdktrace.SamplingResult {
	psc := trace.SpanContextFromContext(p.ParentContext)
	d := sdktrace.RecordAndSample
	if psc.IsValid() && !psc.IsSampled() {
		d = sdktrace.Drop
	}
	return sdktrace.SamplingResult{Decision: d, Tracestate: psc.TraceState()}
}

func (parentBasedAlwaysOn) Description() string {
	return "ParentBased{root:AlwaysOnSampler,remoteParentSampled:AlwaysOnSampler,remoteParentNotSampled:AlwaysOffSampler,localParentSampled:AlwaysOnSampler,localParentNotSampled:AlwaysOffSampler}"
}
