// Package cmds keeps a table of commands in a struct with an unexported function-typed field: only a literal of
// this package can set it.
package cmds

import "strconv"

type command struct {
	name string
	run  func(args []string) int
}

var commands = []command{
	{"sum", sum},
	{"count", count},
}

// Dispatch runs the command called name.
func Dispatch(name string, args []string) int {
	for _, c := range commands {
		if c.name == name {
			return c.run(args)
		}
	}
	return -1
}

func sum(args []string) int {
	total := 0
	for _, a := range args {
		n, _ := strconv.Atoi(a)
		total += n
	}
	return total
}

func count(args []string) int {
	return len(args)
}
