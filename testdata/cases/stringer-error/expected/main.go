package main

import (
	"errors"
	"fmt"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_codes "go.opentelemetry.io/otel/codes"
	__atel_trace "go.opentelemetry.io/otel/trace"
	__atel_rtlib "instrgen.dev/rtlib"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

// String makes Level a fmt.Stringer; fmt calls it only while the signature stays String() string.
func (l Level) String() string {
	return l.__atel_twin_String(__atel_context.Background())
}

func (l Level) __atel_twin_String(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "main.Level.String")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return levelName(__atel_child_tracing_ctx, int(l))
}

func levelName(__atel_tracing_ctx __atel_context.Context, i int) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.levelName")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	names := [...]string{"DEBUG", "INFO", "WARN"}
	if i < 0 || i >= len(names) {
		return fmt.Sprintf("Level(%d)", i)
	}
	return names[i]
}

var ErrEmpty = errors.New("empty input")
var ErrBadDigit = errors.New("bad digit")

// ParseError is a custom error that wraps a sentinel.
type ParseError struct {
	Input string
	Err   error
}

func (e *ParseError) Error() string {
	return e.__atel_twin_Error(__atel_context.Background())
}

func (e *ParseError) __atel_twin_Error(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "main.(*ParseError).Error")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End() //instrgen:oneline
	return fmt.Sprintf("parse %q: %v", e.Input, e.Err)
}
func (e *ParseError) Unwrap() error { return e.Err }

func parseLevel(__atel_tracing_ctx __atel_context.Context, s string) (__atel_ret0 Level, __atel_ret1 error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.parseLevel")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_ret1)
	if s == "" {
		return 0, &ParseError{Input: s, Err: ErrEmpty}
	}
	if len(s) != 1 || s[0] < '0' || s[0] > '9' {
		return 0, &ParseError{Input: s, Err: ErrBadDigit}
	}
	return Level(s[0] - '0'), nil
}

func load(__atel_tracing_ctx __atel_context.Context, s string) (__atel_ret0 Level, __atel_ret1 error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.load")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_end(__atel_span, &__atel_ret1)
	l, err := parseLevel(__atel_child_tracing_ctx, s)
	if err != nil {
		return 0, fmt.Errorf("load: %w", err)
	}
	return l, nil
}

func main() {
	__atel_ts := rtlib.NewTracingState()
	defer rtlib.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
	rtlib.AutotelEntryPoint()

	fmt.Println(Warn)
	fmt.Printf("%v|%s|%d|%v\n", Info, Debug, Info, Level(7))
	fmt.Println("direct:", Warn.__atel_twin_String(__atel_child_tracing_ctx))

	for _, in := range []string{"1", "", "x", "5"} {
		l, err := load(__atel_child_tracing_ctx, in)
		if err != nil {
			var pe *ParseError
			fmt.Println("error:", err)
			fmt.Println("  is ErrBadDigit:", errors.Is(err, ErrBadDigit), "is ErrEmpty:", errors.Is(err, ErrEmpty))
			if errors.As(err, &pe) {
				fmt.Println("  as ParseError:", pe.__atel_twin_Error(__atel_child_tracing_ctx), "| unwrap is pe:", errors.Unwrap(err) == error(pe))
			}
			continue
		}
		fmt.Println("level:", l)
	}
}

var __atel_tracer = __atel_otel.Tracer("example.com/stringer-error")

var __atel_code_Level_String = __atel_rtlib.Code("example.com/stringer-error", "main.Level.String", "String", "example.com/stringer-error.Level", "example.com/stringer-error/main.go", 19)

var __atel_code_levelName = __atel_rtlib.Code("example.com/stringer-error", "main.levelName", "levelName", "example.com/stringer-error", "example.com/stringer-error/main.go", 21)

var __atel_code_ParseError_Error = __atel_rtlib.Code("example.com/stringer-error", "main.(*ParseError).Error", "Error", "example.com/stringer-error.(*ParseError)", "example.com/stringer-error/main.go", 38)

var __atel_code_parseLevel = __atel_rtlib.Code("example.com/stringer-error", "main.parseLevel", "parseLevel", "example.com/stringer-error", "example.com/stringer-error/main.go", 41)

var __atel_code_load = __atel_rtlib.Code("example.com/stringer-error", "main.load", "load", "example.com/stringer-error", "example.com/stringer-error/main.go", 51)

var __atel_code_main = __atel_rtlib.Code("example.com/stringer-error", "main.main", "main", "example.com/stringer-error", "example.com/stringer-error/main.go", 59)

// __atel_end ends a span, recording a non-nil error as its error and status (added by instrgen).
func __atel_end(span __atel_trace.Span, err *error) {
	defer span.End()
	if e := *err; e != nil && span.IsRecording() {
		span.SetStatus(__atel_codes.Error, "")
		defer func() { _ = recover() }()
		span.SetStatus(__atel_codes.Error, e.Error())
		span.RecordError(e)
	}
}
