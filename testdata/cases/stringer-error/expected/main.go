package main

import (
	"errors"
	"fmt"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

// String makes Level a fmt.Stringer; fmt calls it only while the signature stays String() string.
func (l Level) String() string {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/stringer-error").Start(__atel_context.Background(), "main.Level.String")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return levelName(__atel_child_tracing_ctx, int(l))
}

func levelName(__atel_tracing_ctx __atel_context.Context, i int) string {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/stringer-error").Start(__atel_tracing_ctx, "main.levelName")
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
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/stringer-error").Start(__atel_context.Background(), "main.(*ParseError).Error")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return fmt.Sprintf("parse %q: %v", e.Input, e.Err)
}
func (e *ParseError) Unwrap() error { return e.Err }

func parseLevel(__atel_tracing_ctx __atel_context.Context, s string) (Level, error) {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/stringer-error").Start(__atel_tracing_ctx, "main.parseLevel")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if s == "" {
		return 0, &ParseError{Input: s, Err: ErrEmpty}
	}
	if len(s) != 1 || s[0] < '0' || s[0] > '9' {
		return 0, &ParseError{Input: s, Err: ErrBadDigit}
	}
	return Level(s[0] - '0'), nil
}

func load(__atel_tracing_ctx __atel_context.Context, s string) (Level, error) {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/stringer-error").Start(__atel_tracing_ctx, "main.load")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
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
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/stringer-error").Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	rtlib.AutotelEntryPoint()

	fmt.Println(Warn)
	fmt.Printf("%v|%s|%d|%v\n", Info, Debug, Info, Level(7))
	fmt.Println("direct:", Warn.String())

	for _, in := range []string{"1", "", "x", "5"} {
		l, err := load(__atel_child_tracing_ctx, in)
		if err != nil {
			var pe *ParseError
			fmt.Println("error:", err)
			fmt.Println("  is ErrBadDigit:", errors.Is(err, ErrBadDigit), "is ErrEmpty:", errors.Is(err, ErrEmpty))
			if errors.As(err, &pe) {
				fmt.Println("  as ParseError:", pe.Error(), "| unwrap is pe:", errors.Unwrap(err) == error(pe))
			}
			continue
		}
		fmt.Println("level:", l)
	}
}
