// Package cli dispatches commands registered by name.
package cli

import "sort"

// Command is an exported named function type without methods: every position declared with it, in this package and
// in main, changes with it.
type Command func(args []string) int

// Filter is converted to in main (cli.Filter(strings.TrimSpace)): it keeps its type.
type Filter func(s string) string

var commands = map[string]Command{}

// Register stores a command under a name.
func Register(name string, c Command) { commands[name] = c }

// Names lists the registered commands.
func Names() []string {
	var out []string
	for name := range commands {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

// Run runs a command by name.
func Run(name string, args []string) int {
	c, ok := commands[name]
	if !ok {
		return -1
	}
	return c(args)
}

// Clean applies a filter to every argument.
func Clean(f Filter, args []string) []string {
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = f(a)
	}
	return out
}
