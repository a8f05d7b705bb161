package main

import (
	. "example.com/dot-alias-imports/shapes"
)

// circleReport uses the shapes package through a dot import.
func circleReport(r float64) string {
	c := NewCircle(r)
	before := Label("circle", c.Area())
	c.Grow(2)
	return before + " -> " + Label("grown", c.Area())
}
