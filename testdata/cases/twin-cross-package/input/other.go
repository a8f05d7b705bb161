package main

import "fmt"

// warmest does not import geo: the call imports it for geo's forwarder, under a name of instrgen's.
func warmest() {
	fmt.Println("warmest:", hottest().String())
}
