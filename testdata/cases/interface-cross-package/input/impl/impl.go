// Package impl implements shapes.Shape.
package impl

import "example.com/interface-cross-package/shapes"

const pi = 3.0 // a round number keeps the output exact

type Square struct{ Side float64 }

func (s Square) Area() float64      { return s.Side * s.Side }
func (s Square) Perimeter() float64 { return times(4, s.Side) }

type Circle struct{ R float64 }

func (c *Circle) Area() float64      { return pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return times(2*pi, c.R) }

func times(k, v float64) float64 { return k * v }

// NewCircle returns a Circle as a shapes.Shape.
func NewCircle(r float64) shapes.Shape { return &Circle{R: r} }

var _ shapes.Shape = Square{}
