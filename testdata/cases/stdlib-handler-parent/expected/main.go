package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"

	"go.opentelemetry.io/otel"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// serverSpans stands for otelhttp: it starts a server span with the plain OpenTelemetry API and hands the
// request on with that span in its context. It is not instrgen's to instrument.
type serverSpans struct{ next http.Handler }

//instrgen:ignore
func (s serverSpans) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ctx, span := otel.Tracer("mw").Start(r.Context(), "server")
	defer span.End()
	s.next.ServeHTTP(w, r.WithContext(ctx))
}

// api is reached only through http.Handler: the middleware calls its ServeHTTP, which keeps its signature.
type api struct{ store map[string]int }

func (a *api) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.RequestContext(r), "main.(*api).ServeHTTP")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	name := strings.TrimPrefix(r.URL.Path, "/")
	if r.Method != http.MethodGet {
		http.Error(w, "use GET", http.StatusMethodNotAllowed)
		return
	}
	fmt.Fprintln(w, a.lookup(__atel_child_tracing_ctx, name))
}

func (a *api) lookup(__atel_tracing_ctx __atel_context.Context, name string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*api).lookup")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	n, ok := a.store[name]
	if !ok {
		return "unknown " + name
	}
	return fmt.Sprintf("%s=%d", name, n)
}

// count is registered with HandleFunc where main's context is in scope: an adapter closure passes the context.
func count(__atel_tracing_ctx __atel_context.Context, w http.ResponseWriter, r *http.Request) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.count")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	fmt.Fprintln(w, len(r.URL.Path))
}

func status(__atel_tracing_ctx __atel_context.Context, verbose bool) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.status")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if verbose {
		return "ok: serving fruit"
	}
	return "ok"
}

// get sends one request through h with the caller's context, as an HTTP client passes its own.
func get(ctx context.Context, h http.Handler, method, path string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(ctx, "main.get")
	ctx = __atel_child_tracing_ctx
	defer __atel_span.End()
	req := httptest.NewRequest(method, path, nil).WithContext(ctx)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	body, _ := io.ReadAll(rec.Result().Body)
	return fmt.Sprintf("%d %s", rec.Code, strings.TrimSpace(string(body)))
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

	mux := http.NewServeMux()
	mux.Handle("/fruit/", http.StripPrefix("/fruit", &api{store: map[string]int{"apples": 3, "pears": 5}}))
	mux.HandleFunc("/health", func(w http.ResponseWriter, r *http.Request) {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.WithParentSpan(__atel_rtlib.RequestContext(r), __atel_child_tracing_ctx), "main.main$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End()
		fmt.Fprintln(w, status(__atel_child_tracing_ctx, r.URL.Query().Get("verbose") != ""))
	})
	mux.HandleFunc("/count", func(__atel_p0 http.ResponseWriter, __atel_p1 *http.Request) {
		count(__atel_rtlib.WithParentSpan(__atel_rtlib.RequestContext(__atel_p1), __atel_child_tracing_ctx), __atel_p0, __atel_p1)
	})
	handler := serverSpans{next: mux}
	for _, path := range []string{"/fruit/apples", "/fruit/pears", "/fruit/plums", "/health", "/health?verbose=1", "/count"} {
		fmt.Println(get(__atel_rtlib.WithParentSpan(context.Background(), __atel_child_tracing_ctx), handler, "GET", path))
	}
	fmt.Println(get(__atel_rtlib.WithParentSpan(context.Background(), __atel_child_tracing_ctx), handler, "POST", "/fruit/apples"))
}

var __atel_tracer = __atel_otel.Tracer("example.com/stdlib-handler-parent")

var __atel_code_api_ServeHTTP = __atel_rtlib.Code("example.com/stdlib-handler-parent", "main.(*api).ServeHTTP", "ServeHTTP", "example.com/stdlib-handler-parent.(*api)", "example.com/stdlib-handler-parent/main.go", 30)

var __atel_code_api_lookup = __atel_rtlib.Code("example.com/stdlib-handler-parent", "main.(*api).lookup", "lookup", "example.com/stdlib-handler-parent.(*api)", "example.com/stdlib-handler-parent/main.go", 39)

var __atel_code_count = __atel_rtlib.Code("example.com/stdlib-handler-parent", "main.count", "count", "example.com/stdlib-handler-parent", "example.com/stdlib-handler-parent/main.go", 48)

var __atel_code_status = __atel_rtlib.Code("example.com/stdlib-handler-parent", "main.status", "status", "example.com/stdlib-handler-parent", "example.com/stdlib-handler-parent/main.go", 52)

var __atel_code_get = __atel_rtlib.Code("example.com/stdlib-handler-parent", "main.get", "get", "example.com/stdlib-handler-parent", "example.com/stdlib-handler-parent/main.go", 60)

var __atel_code_main = __atel_rtlib.Code("example.com/stdlib-handler-parent", "main.main", "main", "example.com/stdlib-handler-parent", "example.com/stdlib-handler-parent/main.go", 68)

var __atel_code_main_1 = __atel_rtlib.Code("example.com/stdlib-handler-parent", "main.main$1", "main$1", "example.com/stdlib-handler-parent", "example.com/stdlib-handler-parent/main.go", 73)
