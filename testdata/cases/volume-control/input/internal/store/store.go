// Package store keeps values by key, in insertion order.
package store

import "sort"

// Sizer is implemented by Store: its one-statement Size still gets a span, as the interface must change with it.
type Sizer interface {
	Size() int
}

type Store struct {
	m    map[string]int
	keys []string
}

func New() *Store { return &Store{m: map[string]int{}} }

func (s *Store) Get(k string) int { return s.m[k] }

func (s *Store) Keys() []string {
	return append([]string(nil), s.keys...)
}

func (s *Store) Size() int { return len(s.keys) }

func (s *Store) Put(k string, v int) {
	if _, ok := s.m[k]; !ok {
		s.keys = append(s.keys, k)
	}
	s.m[k] = v
	s.rebalance(len(s.keys))
}

// rebalance is three calls from main: the last depth instrumented.
func (s *Store) rebalance(n int) {
	if n > 2 {
		s.compact()
	}
}

func (s *Store) compact() {
	sort.Strings(s.keys)
	s.trim()
}

func (s *Store) trim() {
	for len(s.keys) > 0 && s.keys[0] == "" {
		s.keys = s.keys[1:]
	}
}
