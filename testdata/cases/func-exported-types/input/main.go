package main

import (
	"fmt"
	"strings"

	"example.com/func-exported-types/cli"
	"instrgen.dev/rtlib"
)

// alias holds a cli.Command in a field of main's own.
type alias struct {
	name string
	to   cli.Command
}

func sum(args []string) int {
	total := 0
	for _, a := range args {
		total += len(a)
	}
	return total
}

func count(args []string) int { return len(args) }

func longest(args []string) int {
	best := 0
	for _, a := range args {
		if len(a) > best {
			best = len(a)
		}
	}
	return best
}

func init() {
	cli.Register("sum", sum)
	cli.Register("count", count)
}

func main() {
	rtlib.AutotelEntryPoint()
	args := cli.Clean(cli.Filter(strings.TrimSpace), []string{" a ", "bb ", " ccc"})
	for _, name := range cli.Names() {
		fmt.Println(name, cli.Run(name, args))
	}
	a := alias{name: "max", to: longest}
	fmt.Println(a.name, a.to(args))
	var direct cli.Command = count
	fmt.Println("direct", direct(args))
}
