package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"instrgen.dev/rtlib"
)

// shouter is an io.Writer: fmt.Fprintf calls its Write, which takes no context; main also calls Write directly.
type shouter struct {
	out   io.Writer
	bytes int
}

func (s *shouter) Write(p []byte) (int, error) {
	s.bytes += len(p)
	return io.WriteString(s.out, louder(string(p)))
}

func louder(s string) string {
	return strings.ToUpper(s)
}

// greet hands the writer to fmt.Fprintf: the spans of Write are children of greet's.
func greet(w *shouter, names []string) {
	for _, n := range names {
		fmt.Fprintf(w, "hello, %s\n", n)
	}
}

func main() {
	rtlib.AutotelEntryPoint()
	w := &shouter{out: os.Stdout}
	greet(w, []string{"ada", "grace"})
	if _, err := w.Write([]byte("direct\n")); err != nil {
		fmt.Println(err)
	}
	fmt.Println("bytes:", w.bytes)
}
