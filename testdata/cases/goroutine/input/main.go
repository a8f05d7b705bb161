package main

import (
	"fmt"
	"sync"

	rt "instrgen.dev/rtlib"
)

// work sums the squares of 1..n.
func work(n int) int {
	s := 0
	for i := 1; i <= n; i++ {
		s += square(i)
	}
	return s
}

func square(x int) int { return x * x }

// collect runs as a goroutine started with a named function.
func collect(in <-chan int, out chan<- int) {
	total := 0
	for v := range in {
		total += v
	}
	out <- total
}

func main() {
	rt.AutotelEntryPoint()

	var wg sync.WaitGroup
	var result int
	wg.Add(1)
	go func() {
		result = work(10)
		wg.Done()
	}()
	wg.Wait()
	fmt.Println("work(10) =", result)

	in := make(chan int)
	out := make(chan int)
	go collect(in, out)
	for i := 1; i <= 4; i++ {
		in <- work(i)
	}
	close(in)
	fmt.Println("collected:", <-out)
}
