package main

import (
	"fmt"

	autil "example.com/same-name-packages/a/util"
	butil "example.com/same-name-packages/b/util"
	"instrgen.dev/rtlib"
)

func table(rows []int) {
	for _, r := range rows {
		fmt.Println(autil.Format(r, 6))
	}
}

func main() {
	rtlib.AutotelEntryPoint()
	fmt.Println(butil.Format("totals"))
	table([]int{7, -42, 1234567, 0})
	fmt.Println(autil.Format(99, 3), butil.Format("end"))
}
