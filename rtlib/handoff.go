// Hand-offs: the span a method the standard library calls takes as its parent when it sees no context of its own.
package rtlib

import (
	"context"
	"sync"
	"sync/atomic"

	"go.opentelemetry.io/otel/trace"
)

// A module method that the standard library calls through one of its interfaces and that keeps its signature sees
// no context when it takes none (an ast.Visitor's Visit, sort.Interface's Less, fmt.Stringer's String, io.Writer's
// Write). The call into the standard library that leads to it, though, is made by instrumented code on the same
// goroutine: ast.Walk(s, f), sort.Sort(byName(xs)), fmt.Fprintf(w, ...). The instrumented function that hands a
// module value to the standard library registers its span's context for its goroutine while it runs:
//
//	func simplify(__atel_tracing_ctx __atel_context.Context, f *ast.File) {
//		...
//		defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
//		...
//		ast.Walk(s, f)
//
// and the method's span starts from the innermost context registered on its goroutine, if any:
//
//	func (s simplifier) Visit(node ast.Node) ast.Visitor {
//		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.simplifier.Visit")
//
// Another goroutine (one an http.Server or the method's own code starts) finds nothing there and starts a new trace,
// as it did before. Nothing of this is visible to the program: the contexts are instrgen's own.
//
// Goroutines are told apart by the address of the runtime's descriptor of the running goroutine (see
// goroutine_gc.go), which stays the same for a goroutine's whole life and which no two live goroutines share. A
// descriptor is reused only once its goroutine has exited, and a goroutine cannot exit while a registration of
// its own is open: HandBack is deferred, so a return, a panic unwinding the stack or runtime.Goexit undoes it.
// Where that address cannot be read, HandOff registers nothing and HandOffParent finds nothing.

// HandOffMark is what HandBack needs to undo one HandOff: the goroutine and the context registered before.
type HandOffMark struct {
	goroutine uintptr
	previous  context.Context
}

// handOffShard holds the registered contexts of the goroutines whose descriptors hash to it; padded to a cache
// line so that goroutines on different shards do not contend for one.
type handOffShard struct {
	sync.Mutex
	byGoroutine map[uintptr]context.Context
	_           [40]byte
}

const handOffShardBits = 6

var (
	handOffShards [1 << handOffShardBits]handOffShard
	// handOffsOpen counts the registrations not handed back yet, in every goroutine: while it is 0, HandOffParent
	// returns without reading the goroutine's identity or taking a lock.
	handOffsOpen int64
)

// shardOf is the shard of a goroutine: its descriptor's address, multiplicatively hashed (descriptors are
// allocated at aligned addresses, so the low bits alone would use few shards).
func shardOf(goroutine uintptr) *handOffShard {
	return &handOffShards[(uint64(goroutine)*0x9E3779B97F4A7C15)>>(64-handOffShardBits)]
}

// HandOff registers ctx as the current goroutine's hand-off context until HandBack is called with the mark it
// returns; instrumented code defers that at once. Registrations nest: the innermost one counts.
func HandOff(ctx context.Context) HandOffMark {
	g := currentGoroutine()
	if g == 0 || ctx == nil {
		return HandOffMark{}
	}
	s := shardOf(g)
	s.Lock()
	if s.byGoroutine == nil {
		s.byGoroutine = make(map[uintptr]context.Context)
	}
	previous := s.byGoroutine[g]
	s.byGoroutine[g] = ctx
	s.Unlock()
	atomic.AddInt64(&handOffsOpen, 1)
	return HandOffMark{goroutine: g, previous: previous}
}

// HandBack undoes the HandOff that returned m: the goroutine's hand-off context is again the one before it.
func HandBack(m HandOffMark) {
	if m.goroutine == 0 {
		return
	}
	s := shardOf(m.goroutine)
	s.Lock()
	if m.previous == nil {
		delete(s.byGoroutine, m.goroutine)
	} else {
		s.byGoroutine[m.goroutine] = m.previous
	}
	s.Unlock()
	atomic.AddInt64(&handOffsOpen, -1)
}

// HandOffParent is the parent context of the span of a method the standard library calls: ctx when it carries a
// span (a twin called directly with its caller's context), else the context the innermost instrumented function
// still running on this goroutine registered with HandOff, else ctx (a new trace), context.Background() for nil.
func HandOffParent(ctx context.Context) context.Context {
	if ctx != nil && trace.SpanContextFromContext(ctx).IsValid() {
		return ctx
	}
	if ctx == nil {
		ctx = context.Background()
	}
	if atomic.LoadInt64(&handOffsOpen) == 0 {
		return ctx
	}
	g := currentGoroutine()
	if g == 0 {
		return ctx
	}
	s := shardOf(g)
	s.Lock()
	registered := s.byGoroutine[g]
	s.Unlock()
	if registered == nil {
		return ctx
	}
	return registered
}

// Lent is the context an unreached function passes where it calls an instrumented one (instead of
// context.TODO()): the context the innermost instrumented function still running on this goroutine registered with
// HandOff, else context.TODO(). Such a function runs below a call instrgen could not follow (a function value
// asserted from an interface{}), which the caller lends its span for:
//
//	func funcOpEq(_, l, r interface{}) interface{} {
//		return compare(__atel_rtlib.Lent(), l, r) == 0
//
// It is HandOffParent(context.TODO()), spelled no longer than __atel_context.TODO(), so that gofmt lays the call out
// as it did.
func Lent() context.Context {
	return HandOffParent(context.TODO())
}
