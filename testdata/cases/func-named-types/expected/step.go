package main

import __atel_context "context"

// step is a named type with unnamed parameters, declared in a file of its own: the unexported package table and the
// local variables of main.go declared with it change with it.
type step func(__atel_context.Context, int) int
