// Tests that hand-offs are per goroutine, nest, unwind with panics, and cost little; and benchmarks them.
package rtlib

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"

	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/trace"
)

func spanOf(ctx context.Context) trace.Span { return trace.SpanFromContext(ctx) }

// handOffTracer records nothing, but its spans have valid span contexts, as instrumented code's do.
var handOffTracer = sdktrace.NewTracerProvider().Tracer("t")

func startSpan(_ testing.TB, name string) (context.Context, trace.Span) {
	return handOffTracer.Start(context.Background(), name)
}

func TestHandOffParentIsTheInnermostHandOffOfItsGoroutine(t *testing.T) {
	if currentGoroutine() == 0 {
		t.Skip("hand-offs are off on this toolchain or architecture")
	}
	outer, outerSpan := startSpan(t, "outer")
	inner, innerSpan := startSpan(t, "inner")
	if got := HandOffParent(context.Background()); spanOf(got).SpanContext().IsValid() {
		t.Fatalf("a parent before any hand-off")
	}
	m1 := HandOff(outer)
	if spanOf(HandOffParent(context.Background())) != outerSpan {
		t.Fatalf("the outer hand-off is not the parent")
	}
	m2 := HandOff(inner)
	if spanOf(HandOffParent(context.Background())) != innerSpan {
		t.Fatalf("the inner hand-off is not the parent")
	}
	// Another goroutine finds nothing.
	done := make(chan bool)
	go func() { done <- spanOf(HandOffParent(context.Background())).SpanContext().IsValid() }()
	if <-done {
		t.Fatalf("another goroutine found this goroutine's hand-off")
	}
	HandBack(m2)
	if spanOf(HandOffParent(context.Background())) != outerSpan {
		t.Fatalf("handing back the inner one did not restore the outer one")
	}
	HandBack(m1)
	if spanOf(HandOffParent(context.Background())).SpanContext().IsValid() {
		t.Fatalf("a parent after every hand-off was handed back")
	}
	if n := atomic.LoadInt64(&handOffsOpen); n != 0 {
		t.Fatalf("%d hand-offs still open", n)
	}
}

func TestLentIsTheInnermostHandOffElseTODO(t *testing.T) {
	if currentGoroutine() == 0 {
		t.Skip("hand-offs are off on this toolchain or architecture")
	}
	if got := Lent(); got != context.TODO() {
		t.Fatalf("Lent before any hand-off is %v, not context.TODO()", got)
	}
	outer, outerSpan := startSpan(t, "outer")
	m := HandOff(outer)
	if spanOf(Lent()) != outerSpan {
		t.Fatalf("the hand-off is not what Lent returns")
	}
	HandBack(m)
	if got := Lent(); got != context.TODO() {
		t.Fatalf("Lent after the hand-off was handed back is %v, not context.TODO()", got)
	}
}

func TestHandOffParentKeepsAContextThatCarriesASpan(t *testing.T) {
	own, ownSpan := startSpan(t, "direct caller")
	handed, _ := startSpan(t, "hand-off")
	defer HandBack(HandOff(handed))
	if spanOf(HandOffParent(own)) != ownSpan {
		t.Fatalf("a context with a span of its own was replaced")
	}
	if HandOffParent(nil) == nil {
		t.Fatalf("nil is not made a context")
	}
}

// handsOffAndPanics registers a hand-off and panics below it, as a method the standard library calls may.
func handsOffAndPanics(ctx context.Context) {
	defer HandBack(HandOff(ctx))
	panic("boom")
}

func TestAPanicUnwindsTheHandOff(t *testing.T) {
	ctx, _ := startSpan(t, "panics")
	func() {
		defer func() { _ = recover() }()
		handsOffAndPanics(ctx)
	}()
	if spanOf(HandOffParent(context.Background())).SpanContext().IsValid() {
		t.Fatalf("the hand-off outlived the panic")
	}
	if n := atomic.LoadInt64(&handOffsOpen); n != 0 {
		t.Fatalf("%d hand-offs still open", n)
	}
}

func TestGoexitUnwindsTheHandOff(t *testing.T) {
	ctx, _ := startSpan(t, "goexit")
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer HandBack(HandOff(ctx))
		runtime.Goexit()
	}()
	wg.Wait()
	if n := atomic.LoadInt64(&handOffsOpen); n != 0 {
		t.Fatalf("%d hand-offs still open", n)
	}
}

// Many goroutines at once, each with its own nested hand-offs and goroutine descriptors being reused: each sees
// only its own (run with -race too).
func TestHandOffsOfConcurrentGoroutinesStayApart(t *testing.T) {
	if currentGoroutine() == 0 {
		t.Skip("hand-offs are off on this toolchain or architecture")
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for i := 0; i < 64; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				a, as := startSpan(t, "a")
				b, bs := startSpan(t, "b")
				ma := HandOff(a)
				mb := HandOff(b)
				if spanOf(HandOffParent(context.Background())) != bs {
					errs <- "inner hand-off not seen"
				}
				HandBack(mb)
				if spanOf(HandOffParent(context.Background())) != as {
					errs <- "outer hand-off not restored"
				}
				HandBack(ma)
				if spanOf(HandOffParent(context.Background())).SpanContext().IsValid() {
					errs <- "a hand-off of another goroutine seen"
				}
				runtime.Gosched()
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
	if n := atomic.LoadInt64(&handOffsOpen); n != 0 {
		t.Fatalf("%d hand-offs still open", n)
	}
}

func TestCurrentGoroutineIsStableAndDistinct(t *testing.T) {
	g := currentGoroutine()
	if g == 0 {
		t.Skip("hand-offs are off on this toolchain or architecture")
	}
	var grow func(n int) uintptr
	grow = func(n int) uintptr {
		var pad [256]byte
		_ = pad
		if n == 0 {
			return currentGoroutine()
		}
		return grow(n - 1)
	}
	if grow(2000) != g { // the stack grew and moved: the descriptor stays
		t.Fatalf("the goroutine's identity changed when its stack grew")
	}
	other := make(chan uintptr)
	go func() { other <- currentGoroutine() }()
	if <-other == g {
		t.Fatalf("two live goroutines share an identity")
	}
}

// BenchmarkHandOff is one registration and its undoing, as a hand-off function's span start and return do them.
func BenchmarkHandOff(b *testing.B) {
	ctx, _ := startSpan(b, "hand-off")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		HandBack(HandOff(ctx))
	}
}

// BenchmarkHandOffParent is one lookup: with no hand-off open anywhere, and under one on this goroutine.
func BenchmarkHandOffParent(b *testing.B) {
	b.Run("none-open", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			_ = HandOffParent(context.Background())
		}
	})
	b.Run("open", func(b *testing.B) {
		ctx, _ := startSpan(b, "hand-off")
		defer HandBack(HandOff(ctx))
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			_ = HandOffParent(context.Background())
		}
	})
	b.Run("open-8-goroutines", func(b *testing.B) {
		ctx, _ := startSpan(b, "hand-off")
		b.ReportAllocs()
		b.SetParallelism(4) // 8 goroutines on 2 CPUs
		b.RunParallel(func(pb *testing.PB) {
			defer HandBack(HandOff(ctx))
			for pb.Next() {
				_ = HandOffParent(context.Background())
			}
		})
	})
}
