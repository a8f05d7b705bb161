package main

import (
	"fmt"

	"instrgen.dev/rtlib"
)

type DB struct {
	rows    map[string]int
	queries int
}

func (d *DB) Query(key string) (int, bool) {
	d.queries++
	v, ok := d.rows[key]
	return v, ok
}

type Limits struct{ max int }

func (l Limits) Allow(n int) bool { return n <= l.max }

type Config struct {
	name   string
	db     *DB
	limits *Limits
}

type Hit struct {
	key   string
	count int
}

func (h *Hit) Record() { h.count++ }

type Service struct {
	cfg  *Config
	hits []*Hit
}

func (s *Service) hit(key string) *Hit {
	for _, h := range s.hits {
		if h.key == key {
			return h
		}
	}
	h := &Hit{key: key}
	s.hits = append(s.hits, h)
	return h
}

func (s *Service) Lookup(key string) string {
	s.hit(key).Record()
	v, ok := s.cfg.db.Query(key)
	switch {
	case !ok:
		return key + ": missing"
	case !s.cfg.limits.Allow(v):
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
	rtlib.AutotelEntryPoint()
	db := &DB{rows: map[string]int{"a": 1, "b": 50, "c": 3}}
	svc := Service{cfg: &Config{name: "svc", db: db, limits: &Limits{max: 10}}}
	for _, k := range []string{"a", "b", "zz", "a", "c", "a"} {
		fmt.Println(svc.Lookup(k))
	}
	for _, h := range svc.hits {
		fmt.Println("hits", h.key, h.count)
	}
	svc.hits[0].Record()
	fmt.Println("first after extra record:", svc.hits[0].count)

	local := [2]Hit{{key: "x"}, {key: "y"}}
	local[1].Record()
	local[1].Record()
	fmt.Println("array values:", local[0].count, local[1].count)

	cfgVal := *svc.cfg
	v, _ := cfgVal.db.Query("c")
	fmt.Println("copied config shares db:", v, db.queries)

	c := Cache{DB: db, label: "cache"}
	v, ok := c.Query("b")
	fmt.Println(c.label, v, ok, c.queries)
}
