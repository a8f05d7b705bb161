package main

import (
	"fmt"
	"os"
	"strings"

	. "instrgen.dev/rtlib"
)

type tally struct {
	words map[string]int
	order []string
}

func newTally() *tally {
	return &tally{words: map[string]int{}}
}

func (t *tally) add(line string) {
	for _, w := range strings.Fields(line) {
		w = strings.ToLower(strings.Trim(w, ".,!"))
		if t.words[w] == 0 {
			t.order = append(t.order, w)
		}
		t.words[w]++
	}
}

func (t *tally) top() (string, int) {
	best, n := "", 0
	for _, w := range t.order {
		if t.words[w] > n {
			best, n = w, t.words[w]
		}
	}
	return best, n
}

func exitCode(failures int) int {
	if failures > 0 {
		return 3
	}
	return 0
}

func main() {
	AutotelEntryPoint()
	defer fmt.Println("deferred in main: must not be printed")
	fmt.Println("start")
	t := newTally()
	for _, line := range []string{"The cat sat.", "The dog ran!", "A cat, the end."} {
		t.add(line)
	}
	w, n := t.top()
	fmt.Printf("top word %q seen %d times, %d distinct\n", w, n, len(t.order))
	code := exitCode(len(t.order) % 4)
	fmt.Println("exiting with", code)
	os.Exit(code)
}
