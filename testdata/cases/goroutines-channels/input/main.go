package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"instrgen.dev/rtlib"
)

type job struct{ id, n int }

type result struct{ id, steps int }

// collatz counts the steps needed to reach 1.
func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func produce(jobs chan<- job, inputs []int) {
	for i, n := range inputs {
		jobs <- job{id: i, n: n}
	}
	close(jobs)
}

func worker(id int, jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{id: j.id, steps: collatz(j.n)}
	}
}

func measure(w string) int {
	return len(strings.TrimSpace(w))
}

func main() {
	rtlib.AutotelEntryPoint()
	inputs := []int{6, 7, 27, 1, 97, 12}
	jobs := make(chan job)
	results := make(chan result)
	var wg sync.WaitGroup

	go produce(jobs, inputs)
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(i, jobs, results, &wg)
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(a, b int) bool { return all[a].id < all[b].id })
	for _, r := range all {
		fmt.Printf("collatz(%d) = %d steps\n", inputs[r.id], r.steps)
	}

	var mu sync.Mutex
	var wg2 sync.WaitGroup
	lengths := map[string]int{}
	for _, w := range []string{" go ", "channel", "  sync", "wait "} {
		wg2.Add(1)
		go func(w string) {
			defer wg2.Done()
			n := measure(w)
			mu.Lock()
			lengths[strings.TrimSpace(w)] = n
			mu.Unlock()
		}(w)
	}
	wg2.Wait()
	keys := make([]string, 0, len(lengths))
	for k := range lengths {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, lengths[k])
	}

	done := make(chan int)
	go func() {
		done <- collatz(inputs[2])
	}()
	fmt.Println("single goroutine:", <-done)
}
