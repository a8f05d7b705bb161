// Package shape declares the type the other packages name as shape.Point.
package shape

type Point struct{ X, Y int }

// Each calls fn on every point.
func Each(ps []Point, fn func(*Point)) {
	for i := range ps {
		fn(&ps[i])
	}
}
