// Package pill is a sample for stringer.
package pill

type Pill int

const (
	Placebo Pill = iota
	Aspirin
	Ibuprofen
	Paracetamol
	Acetaminophen = Paracetamol
)

type Color uint8

const (
	Red   Color = iota + 1 // red-ish
	Green                  // green-ish
	Blue                   // blue-ish
	_
	Black Color = 10 // black
)
