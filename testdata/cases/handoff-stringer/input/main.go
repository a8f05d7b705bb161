package main

import (
	"fmt"

	"instrgen.dev/rtlib"
)

// Celsius is a fmt.Stringer: fmt calls String when it prints one, and String takes no context.
type Celsius float64

func (c Celsius) String() string {
	return format(float64(c), "°C")
}

func format(v float64, unit string) string {
	return fmt.Sprintf("%.1f%s", v, unit)
}

// report hands the readings to fmt.Println: String's spans are children of report's.
func report(readings []Celsius) {
	for i, r := range readings {
		fmt.Println(i, r)
	}
}

func main() {
	rtlib.AutotelEntryPoint()
	report([]Celsius{21.5, 19, -3.25})
}
