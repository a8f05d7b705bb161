package client

import (
	"fmt"

	"example.com/old/lib"
)

func G() { fmt.Println(lib.F()) }
