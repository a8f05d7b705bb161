// Package shapes declares the Shape interface and helpers that work on any Shape.
package shapes

type Shape interface {
	Area() float64
	Perimeter() float64
}

// TotalArea sums the areas of all shapes.
func TotalArea(ss []Shape) float64 {
	total := 0.0
	for _, s := range ss {
		total += s.Area()
	}
	return total
}
