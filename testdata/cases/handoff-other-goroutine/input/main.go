package main

import (
	"fmt"
	"os/exec"
	"strings"
	"sync"

	"instrgen.dev/rtlib"
)

// lines is an io.Writer that keeps what it is given; os/exec calls its Write on a goroutine of its own.
type lines struct {
	mu  sync.Mutex
	got []string
}

func (l *lines) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.got = append(l.got, strings.TrimSpace(string(p)))
	return len(p), nil
}

// child runs a process whose output os/exec copies into l on another goroutine: nothing was handed off there, so
// Write's span starts a new trace, as it did before hand-offs.
func child(l *lines) error {
	cmd := exec.Command("echo", "from a child process")
	cmd.Stdout = l
	return cmd.Run()
}

// note hands l to fmt.Fprintln on its own goroutine: that Write's span is a child of note's.
func note(l *lines, s string) {
	fmt.Fprintln(l, s)
}

func main() {
	rtlib.AutotelEntryPoint()
	l := &lines{}
	note(l, "from main")
	if err := child(l); err != nil {
		fmt.Println("child:", err)
		return
	}
	fmt.Println(strings.Join(l.got, " | "))
}
