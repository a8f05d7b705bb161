package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"

	rt "instrgen.dev/rtlib"
)

// hello is an http.HandlerFunc-compatible function registered with HandleFunc.
func hello(w http.ResponseWriter, r *http.Request) {
	fmt.Fprint(w, greeting(r.URL.Query().Get("name")))
}

func greeting(name string) string {
	if name == "" {
		name = "stranger"
	}
	return "hello, " + name
}

// counter is an http.Handler through its ServeHTTP method.
type counter struct{ hits int }

func (c *counter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "use POST", http.StatusMethodNotAllowed)
		return
	}
	body, _ := io.ReadAll(r.Body)
	c.hits++
	w.WriteHeader(http.StatusCreated)
	fmt.Fprintf(w, "hit %d: %s", c.hits, strings.TrimSpace(string(body)))
}

func newMux(c *counter) *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/hello", hello)
	mux.Handle("/count", c)
	return mux
}

func do(h http.Handler, method, target, body string) {
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	h.ServeHTTP(rec, req)
	fmt.Printf("%s %s -> %d %q\n", method, target, rec.Code, rec.Body.String())
}

func main() {
	rt.AutotelEntryPoint()

	c := &counter{}
	mux := newMux(c)
	do(mux, "GET", "/hello?name=gopher", "")
	do(mux, "GET", "/hello", "")
	do(mux, "POST", "/count", "first\n")
	do(mux, "POST", "/count", "second")
	do(mux, "GET", "/count", "")
	do(mux, "GET", "/missing", "")
	fmt.Println("total hits:", c.hits)
}
