package main

import (
	"errors"
	"fmt"

	rt "instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_codes "go.opentelemetry.io/otel/codes"
	__atel_trace "go.opentelemetry.io/otel/trace"
	__atel_rtlib "instrgen.dev/rtlib"
)

var errEmpty = errors.New("empty input")

// divmod uses named results and a naked return.
func divmod(__atel_tracing_ctx __atel_context.Context, a, b int) (q, r int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.divmod")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	q = a / b
	r = a % b
	return
}

// safeDiv turns a division-by-zero panic into an error by assigning named results in a deferred recover.
func safeDiv(__atel_tracing_ctx __atel_context.Context, a, b int) (result int, err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.safeDiv")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &err)
	defer func() {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.safeDiv$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End()
		if p := recover(); p != nil {
			err = fmt.Errorf("recovered: %v", p)
			result = -1
		}
	}()
	result, _ = divmod(__atel_child_tracing_ctx, a, b)
	return
}

// parse returns early with explicit values and otherwise falls through to a naked return.
func parse(__atel_tracing_ctx __atel_context.Context, s string) (n int, ok bool) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.parse")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if s == "" {
		return
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	ok = true
	return
}

// scaled returns an explicit expression that a deferred closure then rewrites.
func scaled(__atel_tracing_ctx __atel_context.Context, x int) (out int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.scaled")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	defer func() {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.scaled$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		out *= 10
	}()
	return x + 1
}

// minMax has three results, one of them an error.
func minMax(__atel_tracing_ctx __atel_context.Context, xs []int) (lo, hi int, err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.minMax")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &err)
	if len(xs) == 0 {
		err = errEmpty
		return
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return
}

// width names its result span.
func width(__atel_tracing_ctx __atel_context.Context, s string) (span int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.width")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	for range s {
		span++
	}
	return
}

// swap returns unnamed multiple results.
func swap(__atel_tracing_ctx __atel_context.Context, a, b string) (string, string) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.swap")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return b, a
}

// placeholder has no parameter names at all (a stub that ignores its arguments); inject names them, as Go wants
// either every parameter named or none.
func placeholder(__atel_tracing_ctx __atel_context.Context, __atel_u0 int, __atel_u1 string, __atel_u2 ...bool) (__atel_ret0 string, __atel_ret1 error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.placeholder")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_ret1)
	return "stub", nil
}

func main() {
	__atel_ts := rt.NewTracingState()
	defer rt.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	rt.AutotelEntryPoint()
	q, r := divmod(__atel_child_tracing_ctx, 17, 5)
	fmt.Println("divmod:", q, r)

	for _, d := range []int{4, 0} {
		res, err := safeDiv(__atel_child_tracing_ctx, 20, d)
		fmt.Println("safeDiv:", res, err)
	}

	for _, s := range []string{"123", "12x", ""} {
		n, ok := parse(__atel_child_tracing_ctx, s)
		fmt.Printf("parse(%q): %d %v\n", s, n, ok)
	}

	fmt.Println("scaled:", scaled(__atel_child_tracing_ctx, 4))

	lo, hi, err := minMax(__atel_child_tracing_ctx, []int{3, -2, 9, 4})
	fmt.Println("minMax:", lo, hi, err)
	_, _, err = minMax(__atel_child_tracing_ctx, nil)
	fmt.Println("minMax(nil):", errors.Is(err, errEmpty), err)

	fmt.Println("width:", width(__atel_child_tracing_ctx, "héllo"))
	a, b := swap(__atel_child_tracing_ctx, "left", "right")
	fmt.Println("swap:", a, b)
	fmt.Println(placeholder(__atel_child_tracing_ctx, 1, "x", true, false))
}

var __atel_tracer = __atel_otel.Tracer("example.com/named-results")

var __atel_code_divmod = __atel_rtlib.Code("example.com/named-results", "main.divmod", "divmod", "example.com/named-results", "example.com/named-results/main.go", 13)

var __atel_code_safeDiv = __atel_rtlib.Code("example.com/named-results", "main.safeDiv", "safeDiv", "example.com/named-results", "example.com/named-results/main.go", 20)

var __atel_code_parse = __atel_rtlib.Code("example.com/named-results", "main.parse", "parse", "example.com/named-results", "example.com/named-results/main.go", 32)

var __atel_code_scaled = __atel_rtlib.Code("example.com/named-results", "main.scaled", "scaled", "example.com/named-results", "example.com/named-results/main.go", 47)

var __atel_code_minMax = __atel_rtlib.Code("example.com/named-results", "main.minMax", "minMax", "example.com/named-results", "example.com/named-results/main.go", 53)

var __atel_code_width = __atel_rtlib.Code("example.com/named-results", "main.width", "width", "example.com/named-results", "example.com/named-results/main.go", 71)

var __atel_code_swap = __atel_rtlib.Code("example.com/named-results", "main.swap", "swap", "example.com/named-results", "example.com/named-results/main.go", 79)

var __atel_code_placeholder = __atel_rtlib.Code("example.com/named-results", "main.placeholder", "placeholder", "example.com/named-results", "example.com/named-results/main.go", 85)

var __atel_code_main = __atel_rtlib.Code("example.com/named-results", "main.main", "main", "example.com/named-results", "example.com/named-results/main.go", 89)

var __atel_code_safeDiv_1 = __atel_rtlib.Code("example.com/named-results", "main.safeDiv$1", "safeDiv$1", "example.com/named-results", "example.com/named-results/main.go", 21)

var __atel_code_scaled_1 = __atel_rtlib.Code("example.com/named-results", "main.scaled$1", "scaled$1", "example.com/named-results", "example.com/named-results/main.go", 48)

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
