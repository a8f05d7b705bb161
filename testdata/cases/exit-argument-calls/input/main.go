// A program whose exit code and fatal message are computed by calls that start goroutines: the spans those calls
// open end, and are exported, after the arguments are computed and before the process exits.
package main

import (
	"fmt"
	"log"
	"os"
	"time"

	"instrgen.dev/rtlib"
)

func main() {
	rtlib.AutotelEntryPoint()
	log.SetFlags(0)
	fmt.Println("checking", len(os.Args)-1)
	if len(os.Args) > 1 && os.Args[1] == "fatal" {
		log.Fatalf("giving up: %s (%d)", os.Args[1], exitCode())
	}
	os.Exit(exitCode())
}

// exitCode waits for a worker that reports before it finishes: its own span is still open when the code is known.
func exitCode() int {
	done := make(chan int)
	go func() {
		done <- pair(1, 2)
		time.Sleep(20 * time.Millisecond)
	}()
	return <-done
}

func pair(a, b int) int {
	return a + b
}
