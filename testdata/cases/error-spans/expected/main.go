package main

import (
	"errors"
	"fmt"
	"strconv"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_codes "go.opentelemetry.io/otel/codes"
	__atel_trace "go.opentelemetry.io/otel/trace"
	__atel_rtlib "instrgen.dev/rtlib"
)

var errEmpty = errors.New("empty input")

// load fails for empty or non-numeric input: its span records the error it returns.
func load(__atel_tracing_ctx __atel_context.Context, s string) (__atel_ret0 int, __atel_ret1 error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.load")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_ret1)
	if s == "" {
		return 0, errEmpty
	}
	return strconv.Atoi(s)
}

// sumValid shadows err inside the loop and ends with a bare return of the outer, nil err: no error status.
func sumValid(__atel_tracing_ctx __atel_context.Context, items []string) (total int, err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.sumValid")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_end(__atel_span, &err)
	for _, it := range items {
		n, err := load(__atel_child_tracing_ctx, it)
		if err != nil {
			fmt.Println("skip", strconv.Quote(it), err)
			continue
		}
		total += n
	}
	return
}

// firstBad returns the inner, shadowing err explicitly: its span records the wrapped error.
func firstBad(__atel_tracing_ctx __atel_context.Context, items []string) (n int, err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.firstBad")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_end(__atel_span, &err)
	for _, it := range items {
		if v, err := load(__atel_child_tracing_ctx, it); err != nil {
			return v, fmt.Errorf("item %q: %w", it, err)
		}
		n++
	}
	return
}

// tolerant's deferred function clears the error it was about to return: no error status.
func tolerant(__atel_tracing_ctx __atel_context.Context, s string) (n int, err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.tolerant")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &err)
	defer func() {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.tolerant$1")
		_ = __atel_child_tracing_ctx
		defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
		defer __atel_span.End()
		if errors.Is(err, errEmpty) {
			n, err = -1, nil
		}
	}()
	return load(__atel_child_tracing_ctx, s)
}

// strict's deferred function turns a success into an error: its span records that error.
func strict(__atel_tracing_ctx __atel_context.Context, s string) (n int, err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.strict")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &err)
	defer func() {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.strict$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End()
		if err == nil && n > 100 {
			err = fmt.Errorf("too large: %d", n)
		}
	}()
	return load(__atel_child_tracing_ctx, s)
}

// mustPositive panics; its span ends and the panic goes on to the caller as before.
func mustPositive(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.mustPositive")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if n <= 0 {
		panic(fmt.Sprintf("not positive: %d", n))
	}
	return n
}

// guarded recovers the panic and returns it as an error (its result was unnamed before).
func guarded(__atel_tracing_ctx __atel_context.Context, n int) (__atel_ret0 int, __atel_ret1 error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.guarded")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_ret1)
	var out error
	v, ok := func() (v int, ok bool) {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.guarded$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End()
		defer func() {
			__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.guarded$1$1")
			_ = __atel_child_tracing_ctx
			defer __atel_span.End()
			if r := recover(); r != nil {
				out = fmt.Errorf("recovered: %v", r)
			}
		}()
		return mustPositive(__atel_child_tracing_ctx, n), true
	}()
	if !ok {
		return 0, out
	}
	return v, nil
}

// explode panics through a function whose last result is error; nothing is recorded by its span.
func explode(__atel_tracing_ctx __atel_context.Context, n int) (__atel_err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.explode")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_err)
	if n < 0 {
		panic("explode")
	}
	return nil
}

// survive recovers explode's panic into its named result.
func survive(__atel_tracing_ctx __atel_context.Context, n int) (err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.survive")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &err)
	defer func() {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.survive$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End()
		if r := recover(); r != nil {
			err = fmt.Errorf("survived %v", r)
		}
	}()
	return explode(__atel_child_tracing_ctx, n)
}

type codeErr struct{ code int }

func (e *codeErr) Error() string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.(*codeErr).Error")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return "code " + strconv.Itoa(e.code)
}

// typedNil returns a nil *codeErr in an error: a non-nil error whose Error method would panic.
func typedNil(__atel_tracing_ctx __atel_context.Context) (__atel_err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.typedNil")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_err)
	var e *codeErr
	return e
}

// check has a single unnamed error result and a one-line body.
func check(__atel_tracing_ctx __atel_context.Context, ok bool) (__atel_err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.check")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_err) //instrgen:oneline
	return map[bool]error{false: errors.New("not ok")}[ok]
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
	fmt.Println(load(__atel_child_tracing_ctx, "7"))
	fmt.Println(sumValid(__atel_child_tracing_ctx, []string{"1", "", "x", "4"}))
	fmt.Println(firstBad(__atel_child_tracing_ctx, []string{"1", "2", "y"}))
	fmt.Println(tolerant(__atel_child_tracing_ctx, ""))
	fmt.Println(strict(__atel_child_tracing_ctx, "250"))
	fmt.Println(guarded(__atel_child_tracing_ctx, 3))
	fmt.Println(guarded(__atel_child_tracing_ctx, -2))
	fmt.Println(survive(__atel_child_tracing_ctx, 1), survive(__atel_child_tracing_ctx, -1))
	err := typedNil(__atel_child_tracing_ctx)
	fmt.Println("typed nil is nil:", err == nil)
	fmt.Println(check(__atel_child_tracing_ctx, true), check(__atel_child_tracing_ctx, false))
}

var __atel_tracer = __atel_otel.Tracer("example.com/error-spans")

var __atel_code_load = __atel_rtlib.Code("example.com/error-spans", "main.load", "load", "example.com/error-spans", "example.com/error-spans/main.go", 14)

var __atel_code_sumValid = __atel_rtlib.Code("example.com/error-spans", "main.sumValid", "sumValid", "example.com/error-spans", "example.com/error-spans/main.go", 22)

var __atel_code_firstBad = __atel_rtlib.Code("example.com/error-spans", "main.firstBad", "firstBad", "example.com/error-spans", "example.com/error-spans/main.go", 35)

var __atel_code_tolerant = __atel_rtlib.Code("example.com/error-spans", "main.tolerant", "tolerant", "example.com/error-spans", "example.com/error-spans/main.go", 46)

var __atel_code_strict = __atel_rtlib.Code("example.com/error-spans", "main.strict", "strict", "example.com/error-spans", "example.com/error-spans/main.go", 56)

var __atel_code_mustPositive = __atel_rtlib.Code("example.com/error-spans", "main.mustPositive", "mustPositive", "example.com/error-spans", "example.com/error-spans/main.go", 66)

var __atel_code_guarded = __atel_rtlib.Code("example.com/error-spans", "main.guarded", "guarded", "example.com/error-spans", "example.com/error-spans/main.go", 74)

var __atel_code_explode = __atel_rtlib.Code("example.com/error-spans", "main.explode", "explode", "example.com/error-spans", "example.com/error-spans/main.go", 91)

var __atel_code_survive = __atel_rtlib.Code("example.com/error-spans", "main.survive", "survive", "example.com/error-spans", "example.com/error-spans/main.go", 99)

var __atel_code_codeErr_Error = __atel_rtlib.Code("example.com/error-spans", "main.(*codeErr).Error", "Error", "example.com/error-spans.(*codeErr)", "example.com/error-spans/main.go", 110)

var __atel_code_typedNil = __atel_rtlib.Code("example.com/error-spans", "main.typedNil", "typedNil", "example.com/error-spans", "example.com/error-spans/main.go", 113)

var __atel_code_check = __atel_rtlib.Code("example.com/error-spans", "main.check", "check", "example.com/error-spans", "example.com/error-spans/main.go", 119)

var __atel_code_main = __atel_rtlib.Code("example.com/error-spans", "main.main", "main", "example.com/error-spans", "example.com/error-spans/main.go", 121)

var __atel_code_tolerant_1 = __atel_rtlib.Code("example.com/error-spans", "main.tolerant$1", "tolerant$1", "example.com/error-spans", "example.com/error-spans/main.go", 47)

var __atel_code_strict_1 = __atel_rtlib.Code("example.com/error-spans", "main.strict$1", "strict$1", "example.com/error-spans", "example.com/error-spans/main.go", 57)

var __atel_code_guarded_1 = __atel_rtlib.Code("example.com/error-spans", "main.guarded$1", "guarded$1", "example.com/error-spans", "example.com/error-spans/main.go", 76)

var __atel_code_guarded_1_1 = __atel_rtlib.Code("example.com/error-spans", "main.guarded$1$1", "guarded$1$1", "example.com/error-spans", "example.com/error-spans/main.go", 77)

var __atel_code_survive_1 = __atel_rtlib.Code("example.com/error-spans", "main.survive$1", "survive$1", "example.com/error-spans", "example.com/error-spans/main.go", 100)

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
