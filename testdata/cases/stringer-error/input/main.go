package main

import (
	"errors"
	"fmt"

	"instrgen.dev/rtlib"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

// String makes Level a fmt.Stringer; fmt calls it only while the signature stays String() string.
func (l Level) String() string { return levelName(int(l)) }

func levelName(i int) string {
	names := [...]string{"DEBUG", "INFO", "WARN"}
	if i < 0 || i >= len(names) {
		return fmt.Sprintf("Level(%d)", i)
	}
	return names[i]
}

var ErrEmpty = errors.New("empty input")
var ErrBadDigit = errors.New("bad digit")

// ParseError is a custom error that wraps a sentinel.
type ParseError struct {
	Input string
	Err   error
}

func (e *ParseError) Error() string { return fmt.Sprintf("parse %q: %v", e.Input, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

func parseLevel(s string) (Level, error) {
	if s == "" {
		return 0, &ParseError{Input: s, Err: ErrEmpty}
	}
	if len(s) != 1 || s[0] < '0' || s[0] > '9' {
		return 0, &ParseError{Input: s, Err: ErrBadDigit}
	}
	return Level(s[0] - '0'), nil
}

func load(s string) (Level, error) {
	l, err := parseLevel(s)
	if err != nil {
		return 0, fmt.Errorf("load: %w", err)
	}
	return l, nil
}

func main() {
	rtlib.AutotelEntryPoint()

	fmt.Println(Warn)
	fmt.Printf("%v|%s|%d|%v\n", Info, Debug, Info, Level(7))
	fmt.Println("direct:", Warn.String())

	for _, in := range []string{"1", "", "x", "5"} {
		l, err := load(in)
		if err != nil {
			var pe *ParseError
			fmt.Println("error:", err)
			fmt.Println("  is ErrBadDigit:", errors.Is(err, ErrBadDigit), "is ErrEmpty:", errors.Is(err, ErrEmpty))
			if errors.As(err, &pe) {
				fmt.Println("  as ParseError:", pe.Error(), "| unwrap is pe:", errors.Unwrap(err) == error(pe))
			}
			continue
		}
		fmt.Println("level:", l)
	}
}
