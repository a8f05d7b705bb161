package main

import (
	"errors"
	"fmt"
	"strconv"

	"instrgen.dev/rtlib"
)

var errEmpty = errors.New("empty input")

// load fails for empty or non-numeric input: its span records the error it returns.
func load(s string) (int, error) {
	if s == "" {
		return 0, errEmpty
	}
	return strconv.Atoi(s)
}

// sumValid shadows err inside the loop and ends with a bare return of the outer, nil err: no error status.
func sumValid(items []string) (total int, err error) {
	for _, it := range items {
		n, err := load(it)
		if err != nil {
			fmt.Println("skip", strconv.Quote(it), err)
			continue
		}
		total += n
	}
	return
}

// firstBad returns the inner, shadowing err explicitly: its span records the wrapped error.
func firstBad(items []string) (n int, err error) {
	for _, it := range items {
		if v, err := load(it); err != nil {
			return v, fmt.Errorf("item %q: %w", it, err)
		}
		n++
	}
	return
}

// tolerant's deferred function clears the error it was about to return: no error status.
func tolerant(s string) (n int, err error) {
	defer func() {
		if errors.Is(err, errEmpty) {
			n, err = -1, nil
		}
	}()
	return load(s)
}

// strict's deferred function turns a success into an error: its span records that error.
func strict(s string) (n int, err error) {
	defer func() {
		if err == nil && n > 100 {
			err = fmt.Errorf("too large: %d", n)
		}
	}()
	return load(s)
}

// mustPositive panics; its span ends and the panic goes on to the caller as before.
func mustPositive(n int) int {
	if n <= 0 {
		panic(fmt.Sprintf("not positive: %d", n))
	}
	return n
}

// guarded recovers the panic and returns it as an error (its result was unnamed before).
func guarded(n int) (int, error) {
	var out error
	v, ok := func() (v int, ok bool) {
		defer func() {
			if r := recover(); r != nil {
				out = fmt.Errorf("recovered: %v", r)
			}
		}()
		return mustPositive(n), true
	}()
	if !ok {
		return 0, out
	}
	return v, nil
}

// explode panics through a function whose last result is error; nothing is recorded by its span.
func explode(n int) error {
	if n < 0 {
		panic("explode")
	}
	return nil
}

// survive recovers explode's panic into its named result.
func survive(n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("survived %v", r)
		}
	}()
	return explode(n)
}

type codeErr struct{ code int }

func (e *codeErr) Error() string { return "code " + strconv.Itoa(e.code) }

// typedNil returns a nil *codeErr in an error: a non-nil error whose Error method would panic.
func typedNil() error {
	var e *codeErr
	return e
}

// check has a single unnamed error result and a one-line body.
func check(ok bool) error { return map[bool]error{false: errors.New("not ok")}[ok] }

func main() {
	rtlib.AutotelEntryPoint()
	fmt.Println(load("7"))
	fmt.Println(sumValid([]string{"1", "", "x", "4"}))
	fmt.Println(firstBad([]string{"1", "2", "y"}))
	fmt.Println(tolerant(""))
	fmt.Println(strict("250"))
	fmt.Println(guarded(3))
	fmt.Println(guarded(-2))
	fmt.Println(survive(1), survive(-1))
	err := typedNil()
	fmt.Println("typed nil is nil:", err == nil)
	fmt.Println(check(true), check(false))
}
