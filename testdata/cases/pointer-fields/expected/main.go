package main

import (
	"fmt"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

type DB struct {
	rows    map[string]int
	queries int
}

func (d *DB) Query(__atel_tracing_ctx __atel_context.Context, key string) (int, bool) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*DB).Query")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	d.queries++
	v, ok := d.rows[key]
	return v, ok
}

type Limits struct{ max int }

func (l Limits) Allow(__atel_tracing_ctx __atel_context.Context, n int) bool {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Limits.Allow")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return n <= l.max
}

type Config struct {
	name   string
	db     *DB
	limits *Limits
}

type Hit struct {
	key   string
	count int
}

func (h *Hit) Record(__atel_tracing_ctx __atel_context.Context) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*Hit).Record")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	h.count++
}

type Service struct {
	cfg  *Config
	hits []*Hit
}

func (s *Service) hit(__atel_tracing_ctx __atel_context.Context, key string) *Hit {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*Service).hit")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	for _, h := range s.hits {
		if h.key == key {
			return h
		}
	}
	h := &Hit{key: key}
	s.hits = append(s.hits, h)
	return h
}

func (s *Service) Lookup(__atel_tracing_ctx __atel_context.Context, key string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*Service).Lookup")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	s.hit(__atel_child_tracing_ctx, key).Record(__atel_child_tracing_ctx)
	v, ok := s.cfg.db.Query(__atel_child_tracing_ctx, key)
	switch {
	case !ok:
		return key + ": missing"
	case !s.cfg.limits.Allow(__atel_child_tracing_ctx, v):
		return fmt.Sprintf("%s: %d over limit", key, v)
	}
	return fmt.Sprintf("%s: %d", key, v)
}

// Cache embeds a *DB, so Query is promoted.
type Cache struct {
	*DB
	label string
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
	db := &DB{rows: map[string]int{"a": 1, "b": 50, "c": 3}}
	svc := Service{cfg: &Config{name: "svc", db: db, limits: &Limits{max: 10}}}
	for _, k := range []string{"a", "b", "zz", "a", "c", "a"} {
		fmt.Println(svc.Lookup(__atel_child_tracing_ctx, k))
	}
	for _, h := range svc.hits {
		fmt.Println("hits", h.key, h.count)
	}
	svc.hits[0].Record(__atel_child_tracing_ctx)
	fmt.Println("first after extra record:", svc.hits[0].count)

	local := [2]Hit{{key: "x"}, {key: "y"}}
	local[1].Record(__atel_child_tracing_ctx)
	local[1].Record(__atel_child_tracing_ctx)
	fmt.Println("array values:", local[0].count, local[1].count)

	cfgVal := *svc.cfg
	v, _ := cfgVal.db.Query(__atel_child_tracing_ctx, "c")
	fmt.Println("copied config shares db:", v, db.queries)

	c := Cache{DB: db, label: "cache"}
	v, ok := c.Query(__atel_child_tracing_ctx, "b")
	fmt.Println(c.label, v, ok, c.queries)
}

var __atel_tracer = __atel_otel.Tracer("example.com/pointer-fields")

var __atel_code_DB_Query = __atel_rtlib.Code("example.com/pointer-fields", "main.(*DB).Query", "Query", "example.com/pointer-fields.(*DB)", "example.com/pointer-fields/main.go", 14)

var __atel_code_Limits_Allow = __atel_rtlib.Code("example.com/pointer-fields", "main.Limits.Allow", "Allow", "example.com/pointer-fields.Limits", "example.com/pointer-fields/main.go", 22)

var __atel_code_Hit_Record = __atel_rtlib.Code("example.com/pointer-fields", "main.(*Hit).Record", "Record", "example.com/pointer-fields.(*Hit)", "example.com/pointer-fields/main.go", 35)

var __atel_code_Service_hit = __atel_rtlib.Code("example.com/pointer-fields", "main.(*Service).hit", "hit", "example.com/pointer-fields.(*Service)", "example.com/pointer-fields/main.go", 42)

var __atel_code_Service_Lookup = __atel_rtlib.Code("example.com/pointer-fields", "main.(*Service).Lookup", "Lookup", "example.com/pointer-fields.(*Service)", "example.com/pointer-fields/main.go", 53)

var __atel_code_main = __atel_rtlib.Code("example.com/pointer-fields", "main.main", "main", "example.com/pointer-fields", "example.com/pointer-fields/main.go", 71)
