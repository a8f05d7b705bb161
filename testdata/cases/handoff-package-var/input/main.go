// greet says hello; its usage function is flag's, as in x/tools' stringer.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"instrgen.dev/rtlib"
)

var shout = flag.Bool("shout", false, "greet in capitals")

// init stores usage in flag.Usage, where no context is in scope: usage keeps its signature and sees none.
func init() { flag.Usage = usage }

// usage is called back by package flag: by flag.Parse on a bad flag, and by main through flag.Usage.
func usage() {
	fmt.Println("usage: greet [-shout] name")
	fmt.Println(defaults())
}

func defaults() string { return "  -shout\tgreet in capitals" }

func greet(name string) string {
	if *shout {
		return strings.ToUpper("hello, " + name)
	}
	return "hello, " + name
}

func main() {
	rtlib.AutotelEntryPoint()
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	fmt.Println(greet(flag.Arg(0)))
}
