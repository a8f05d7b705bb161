// Package geo has a shape of its own, which main's shape interface may hold.
package geo

import "fmt"

// Triangle is a right triangle.
type Triangle struct{ A, B float64 }

func (t Triangle) String() string { return fmt.Sprintf("triangle %gx%g", t.A, t.B) }

// Area is half the product of the legs.
func (t Triangle) Area() float64 { return t.A * t.B / 2 }
