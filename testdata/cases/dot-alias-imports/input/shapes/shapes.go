// Package shapes provides a few geometric types.
package shapes

import "fmt"

// Rect is an axis-aligned rectangle.
type Rect struct{ W, H float64 }

// Circle is a circle given by its radius.
type Circle struct{ R float64 }

// NewRect builds a rectangle.
func NewRect(w, h float64) Rect {
	return Rect{W: w, H: h}
}

// NewCircle builds a circle.
func NewCircle(r float64) *Circle {
	return &Circle{R: r}
}

// Area of the rectangle.
func (r Rect) Area() float64 {
	return r.W * r.H
}

// Area of the circle, with pi rounded to keep output short.
func (c *Circle) Area() float64 {
	return 3.14 * c.R * c.R
}

// Grow scales the circle in place.
func (c *Circle) Grow(f float64) {
	c.R = Scale(c.R, f)
}

// Scale multiplies v by f.
func Scale(v, f float64) float64 {
	return v * f
}

// Label describes an area.
func Label(name string, area float64) string {
	return fmt.Sprintf("%s area=%.2f", name, area)
}
