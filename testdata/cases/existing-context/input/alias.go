package main

import (
	stdctx "context"
	"fmt"
)

// cancellable derives a cancellable context from the caller's context.
func cancellable(parent stdctx.Context) (stdctx.Context, stdctx.CancelFunc) {
	return stdctx.WithCancel(parent)
}

// report reads back what the given context carries.
func report(c stdctx.Context, label string) string {
	_, hasDeadline := c.Deadline()
	return fmt.Sprintf("[%s user=%s err=%v deadline=%v]", label, userOf(c), c.Err(), hasDeadline) + suffix(label)
}

// suffix takes no context yet and lives in a file that imports context under an alias.
func suffix(label string) string {
	return fmt.Sprintf("<%d>", len(label))
}
