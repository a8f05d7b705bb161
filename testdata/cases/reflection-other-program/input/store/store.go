// Package store keeps named counters.
package store

type Store struct{ counts map[string]int }

func New() *Store { return &Store{counts: map[string]int{}} }

func (s *Store) Add(name string, n int) { s.counts[name] += n }

func (s *Store) Get(name string) int { return s.counts[name] }
