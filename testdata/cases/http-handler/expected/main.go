package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"

	rt "instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// hello is an http.HandlerFunc-compatible function registered with HandleFunc.
func hello(__atel_tracing_ctx __atel_context.Context, w http.ResponseWriter, r *http.Request) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.hello")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	fmt.Fprint(w, greeting(__atel_child_tracing_ctx, r.URL.Query().Get("name")))
}

func greeting(__atel_tracing_ctx __atel_context.Context, name string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.greeting")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if name == "" {
		name = "stranger"
	}
	return "hello, " + name
}

// counter is an http.Handler through its ServeHTTP method.
type counter struct{ hits int }

func (c *counter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.RequestContext(r), "main.(*counter).ServeHTTP")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if r.Method != http.MethodPost {
		http.Error(w, "use POST", http.StatusMethodNotAllowed)
		return
	}
	body, _ := io.ReadAll(r.Body)
	c.hits++
	w.WriteHeader(http.StatusCreated)
	fmt.Fprintf(w, "hit %d: %s", c.hits, strings.TrimSpace(string(body)))
}

func newMux(__atel_tracing_ctx __atel_context.Context, c *counter) *http.ServeMux {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.newMux")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	mux := http.NewServeMux()
	mux.HandleFunc("/hello", func(__atel_p0 http.ResponseWriter, __atel_p1 *http.Request) {
		hello(__atel_rtlib.WithParentSpan(__atel_rtlib.RequestContext(__atel_p1), __atel_child_tracing_ctx), __atel_p0, __atel_p1)
	})
	mux.Handle("/count", c)
	return mux
}

func do(__atel_tracing_ctx __atel_context.Context, h http.Handler, method, target, body string) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.do")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	h.ServeHTTP(rec, req)
	fmt.Printf("%s %s -> %d %q\n", method, target, rec.Code, rec.Body.String())
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

	c := &counter{}
	mux := newMux(__atel_child_tracing_ctx, c)
	do(__atel_child_tracing_ctx, mux, "GET", "/hello?name=gopher", "")
	do(__atel_child_tracing_ctx, mux, "GET", "/hello", "")
	do(__atel_child_tracing_ctx, mux, "POST", "/count", "first\n")
	do(__atel_child_tracing_ctx, mux, "POST", "/count", "second")
	do(__atel_child_tracing_ctx, mux, "GET", "/count", "")
	do(__atel_child_tracing_ctx, mux, "GET", "/missing", "")
	fmt.Println("total hits:", c.hits)
}

var __atel_tracer = __atel_otel.Tracer("example.com/http-handler")

var __atel_code_hello = __atel_rtlib.Code("example.com/http-handler", "main.hello", "hello", "example.com/http-handler", "example.com/http-handler/main.go", 14)

var __atel_code_greeting = __atel_rtlib.Code("example.com/http-handler", "main.greeting", "greeting", "example.com/http-handler", "example.com/http-handler/main.go", 18)

var __atel_code_counter_ServeHTTP = __atel_rtlib.Code("example.com/http-handler", "main.(*counter).ServeHTTP", "ServeHTTP", "example.com/http-handler.(*counter)", "example.com/http-handler/main.go", 28)

var __atel_code_newMux = __atel_rtlib.Code("example.com/http-handler", "main.newMux", "newMux", "example.com/http-handler", "example.com/http-handler/main.go", 39)

var __atel_code_do = __atel_rtlib.Code("example.com/http-handler", "main.do", "do", "example.com/http-handler", "example.com/http-handler/main.go", 46)

var __atel_code_main = __atel_rtlib.Code("example.com/http-handler", "main.main", "main", "example.com/http-handler", "example.com/http-handler/main.go", 53)
