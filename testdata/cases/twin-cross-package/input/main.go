// Calls from main into another package of the module, to methods and functions that keep their signatures, pass
// the context through geo's exported forwarders: a pointer method on an addressable value (&p), a value method
// through a pointer (*c), a function, a generic function, and interface calls through geo.Shape, also where geo's
// name is shadowed, from a file that does not import geo, and to a method promoted from an unexported embedded
// field (nil pointer included). Method sets, as
// reflection counts them, stay the same, and a value method called through a nil pointer panics as before.
package main

import (
	"fmt"
	"reflect"

	"example.com/twin-cross-package/geo"
	"instrgen.dev/rtlib"
)

func main() {
	rtlib.AutotelEntryPoint()
	p := geo.Point{X: 1, Y: 2}
	p.Move(3)
	fmt.Println(p.String())
	c := new(geo.Celsius)
	*c = 21.5
	fmt.Println(c.String())
	fmt.Println(geo.Double(4), geo.Max(2.5, 1.5), geo.Count())
	for _, s := range geo.Shapes() {
		fmt.Println(s.String(), s.Area())
	}
	{
		geo := geo.Point{X: 5, Y: 6} // the package's name is shadowed at the call
		fmt.Println(geo.String())
	}
	warmest()
	var buf geo.Buffer
	data, n := []byte("hello, world"), 5
	fmt.Println(buf.Write(data[n : n+2]))
	fmt.Println(geo.NewMarker(7, "home").String())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var none *geo.Marker
		fmt.Println(none.String())
	}()
	fmt.Println(reflect.TypeOf(&p).NumMethod(), reflect.TypeOf(*c).NumMethod(), reflect.TypeOf(geo.Shapes()[0]).NumMethod())
	defer func() { fmt.Println("recovered:", recover()) }()
	var none *geo.Celsius
	fmt.Println(none.String())
}

func hottest() *geo.Celsius {
	c := geo.Celsius(40)
	return &c
}
