// Package geo returns several values from one call.
package geo

import "math"

// Polar converts a point to its radius and angle.
func Polar(x, y float64) (float64, float64) {
	return math.Hypot(x, y), math.Atan2(y, x)
}

// Format prints a radius and an angle.
func Format(r, theta float64) string {
	return trim(r) + "@" + trim(theta)
}

func trim(v float64) string {
	return fmtFloat(math.Round(v*1000) / 1000)
}
