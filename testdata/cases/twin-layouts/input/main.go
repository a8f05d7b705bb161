package main

import (
	"fmt"
	"os"

	"instrgen.dev/rtlib"
)

type v struct{}

func (v) Len() int                  { return 1 }
func (v) Write([]byte) (int, error) { return 0, nil }
func (_ v) Close() error            { return nil }

// sum has a signature over several lines, a blank parameter, a variadic one, a named result and a recover; it is
// stored in a package-level table, where no context is in scope, so it keeps its signature.
func sum(
	a int,
	_ string,
	rest ...int,
) (total int) {
	defer func() {
		if recover() != nil {
			total = -1
		}
	}()
	if a < 0 {
		panic("negative")
	}
	return a + len(rest)
}

func first[T any, S ~[]T](s S, _ int) T { return s[0] }

func two() ([]int, int) { return []int{5}, 0 }

var observed = []interface{}{sum}

func main() {
	rtlib.AutotelEntryPoint()
	var x v
	_ = x.Len()
	x.Write(nil)
	fmt.Println(x.Close(), k{}.String(), k{})
	fmt.Fprintln(x, "discarded")
	fmt.Println(sum(1, "", 2, 3), sum(-1, ""), first([]int{4}, 0), first(two()), len(observed))
	fmt.Fprintln(os.Stdout, "done")
}
