package main

import (
	"bufio"
	"fmt"
	"runtime"
	"strings"

	"example.com/handoff-interface-group/words"
	"instrgen.dev/rtlib"
)

// lineSource holds a *bufio.Reader too, whose ReadString cannot change: words.List's ReadString keeps its
// signature and, in a package of its own, sees no context. count calls it through the interface on its own
// goroutine, so it lends its span.
type lineSource interface {
	ReadString(delim byte) (string, error)
}

func count(src lineSource) int {
	n := 0
	for {
		line, err := src.ReadString('\n')
		if err != nil {
			return n
		}
		fmt.Print(line)
		n++
	}
}

func main() {
	rtlib.AutotelEntryPoint()
	fmt.Println(count(words.New("a", "b")))
	fmt.Println(count(bufio.NewReader(strings.NewReader("x\ny\nz\n"))))
	// On a goroutine of its own nothing is lent: that ReadString's span starts a new trace, as before.
	var src lineSource = words.New("c")
	n := runtime.NumGoroutine()
	go src.ReadString('\n')
	for runtime.NumGoroutine() > n {
		runtime.Gosched()
	}
	fmt.Println("done")
}
