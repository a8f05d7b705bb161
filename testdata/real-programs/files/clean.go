package clean

import "fmt"

func Hi() { fmt.Println("hi") }
