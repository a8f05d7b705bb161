package lib // import "example.com/new/lib"

func F() int { return 1 }
