package main

import (
	"fmt"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// Celsius is a fmt.Stringer: fmt calls String when it prints one, and String takes no context.
type Celsius float64

func (c Celsius) String() string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.Celsius.String")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return format(__atel_child_tracing_ctx, float64(c), "°C")
}

func format(__atel_tracing_ctx __atel_context.Context, v float64, unit string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.format")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return fmt.Sprintf("%.1f%s", v, unit)
}

// report hands the readings to fmt.Println: String's spans are children of report's.
func report(__atel_tracing_ctx __atel_context.Context, readings []Celsius) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.report")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
	for i, r := range readings {
		fmt.Println(i, r)
	}
}

func main() {
	__atel_ts := rtlib.NewTracingState()
	defer rtlib.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	rtlib.AutotelEntryPoint()
	report(__atel_child_tracing_ctx, []Celsius{21.5, 19, -3.25})
}

var __atel_tracer = __atel_otel.Tracer("example.com/handoff-stringer")

var __atel_code_Celsius_String = __atel_rtlib.Code("example.com/handoff-stringer", "main.Celsius.String", "String", "example.com/handoff-stringer.Celsius", "example.com/handoff-stringer/main.go", 12)

var __atel_code_format = __atel_rtlib.Code("example.com/handoff-stringer", "main.format", "format", "example.com/handoff-stringer", "example.com/handoff-stringer/main.go", 16)

var __atel_code_report = __atel_rtlib.Code("example.com/handoff-stringer", "main.report", "report", "example.com/handoff-stringer", "example.com/handoff-stringer/main.go", 21)

var __atel_code_main = __atel_rtlib.Code("example.com/handoff-stringer", "main.main", "main", "example.com/handoff-stringer", "example.com/handoff-stringer/main.go", 27)
