package store

// Set is a small generic set that remembers insertion order.
type Set[T comparable] struct {
	seen  map[T]bool
	order []T
}

// NewSet builds a set holding xs.
func NewSet[T comparable](xs ...T) *Set[T] {
	s := &Set[T]{seen: map[T]bool{}}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

// Add inserts x and reports whether it was new.
func (s *Set[T]) Add(x T) bool {
	if s.seen[x] {
		return false
	}
	s.seen[x] = true
	s.order = append(s.order, x)
	return true
}

// Items returns the elements in insertion order.
func (s *Set[T]) Items() []T {
	return append([]T(nil), s.order...)
}

// Filter keeps the elements for which keep returns true.
func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

// Number is the set of types SumBy can add.
type Number interface {
	~int | ~int64 | ~float64
}

// SumBy adds up f(x) over xs.
func SumBy[T any, N Number](xs []T, f func(T) N) N {
	var total N
	for _, x := range xs {
		total += f(x)
	}
	return total
}
