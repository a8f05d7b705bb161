package main

import (
	"context"
	"fmt"
	"time"

	"instrgen.dev/rtlib"
)

type key string

// runner keeps a context the program made itself, as callers of go/packages' gocommand.Runner do.
type runner struct {
	ctx  context.Context
	name string
}

// runRaw reuses its own context parameter, so instrgen opens its span from that context.
func (r *runner) runRaw(ctx context.Context, verb string) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", fmt.Errorf("%s %s: %w", r.name, verb, err)
	}
	return fmt.Sprintf("%s %s ok", r.name, verb), nil
}

// describe prints what a function can observe of a context: error, deadline, done channel and a value.
func describe(ctx context.Context) string {
	deadline, ok := ctx.Deadline()
	done := "nil"
	if ctx.Done() != nil {
		select {
		case <-ctx.Done():
			done = "closed"
		default:
			done = "open"
		}
	}
	far := ok && time.Until(deadline) > 30*time.Minute
	return fmt.Sprintf("[err=%v deadline=%v far=%v done=%s user=%v]", ctx.Err(), ok, far, done, ctx.Value(key("user")))
}

// cleanup runs on a context of its own, detached from the cancelled parent.
func cleanup(ctx context.Context, r *runner) {
	out, err := r.runRaw(ctx, "clean")
	fmt.Println("cleanup:", out, err, describe(ctx))
}

// process works under a parent context that is already cancelled.
func process(parent context.Context, r *runner) {
	fmt.Println("process:", describe(parent))
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	out, err := r.runRaw(ctx, "build")
	fmt.Println("build:", out, err)

	detached, stop := context.WithTimeout(context.WithValue(context.Background(), key("user"), "janitor"), time.Hour)
	defer stop()
	cleanup(detached, r)
	cleanup(context.TODO(), r)

	cancelled, cancelNow := context.WithCancel(context.Background())
	cancelNow()
	cleanup(cancelled, r)
}

// version is called with the context stored in the runner.
func version(r *runner) string {
	out, _ := r.runRaw(r.ctx, "version")
	return out
}

func main() {
	rtlib.AutotelEntryPoint()

	r := &runner{ctx: context.Background(), name: "go"}
	fmt.Println(version(r))
	parent, cancel := context.WithCancel(context.WithValue(context.Background(), key("user"), "main"))
	cancel()
	process(parent, r)
	out, err := r.runRaw(context.Background(), "env")
	fmt.Println("env:", out, err, describe(context.Background()))
}
