// A type declaration whose comment gofmt aligns with the bodies of the one-line methods below it: once the
// rewrite opens Len, the comment moves back to one blank after the type (x/tools go/ssa/coretype.go).
package main

import "fmt"

// termList is a list of terms.
type termList []string             // type terms of the type set
func (s termList) Len() int        { return len(s) }
func (s termList) At(i int) string { return s[i] }

type other int // alone

func count(s termList) int {
	return s.Len()
}

//instrgen:entry
func main() {
	fmt.Println(count(termList{"a"}))
}
