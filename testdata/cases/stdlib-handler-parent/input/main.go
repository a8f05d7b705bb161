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
	name := strings.TrimPrefix(r.URL.Path, "/")
	if r.Method != http.MethodGet {
		http.Error(w, "use GET", http.StatusMethodNotAllowed)
		return
	}
	fmt.Fprintln(w, a.lookup(name))
}

func (a *api) lookup(name string) string {
	n, ok := a.store[name]
	if !ok {
		return "unknown " + name
	}
	return fmt.Sprintf("%s=%d", name, n)
}

// count is registered with HandleFunc where main's context is in scope: an adapter closure passes the context.
func count(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintln(w, len(r.URL.Path))
}

func status(verbose bool) string {
	if verbose {
		return "ok: serving fruit"
	}
	return "ok"
}

// get sends one request through h with the caller's context, as an HTTP client passes its own.
func get(ctx context.Context, h http.Handler, method, path string) string {
	req := httptest.NewRequest(method, path, nil).WithContext(ctx)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	body, _ := io.ReadAll(rec.Result().Body)
	return fmt.Sprintf("%d %s", rec.Code, strings.TrimSpace(string(body)))
}

func main() {
	rtlib.AutotelEntryPoint()

	mux := http.NewServeMux()
	mux.Handle("/fruit/", http.StripPrefix("/fruit", &api{store: map[string]int{"apples": 3, "pears": 5}}))
	mux.HandleFunc("/health", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, status(r.URL.Query().Get("verbose") != ""))
	})
	mux.HandleFunc("/count", count)
	handler := serverSpans{next: mux}
	for _, path := range []string{"/fruit/apples", "/fruit/pears", "/fruit/plums", "/health", "/health?verbose=1", "/count"} {
		fmt.Println(get(context.Background(), handler, "GET", path))
	}
	fmt.Println(get(context.Background(), handler, "POST", "/fruit/apples"))
}
