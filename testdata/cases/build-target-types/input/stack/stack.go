// Package stack is a stack of ints.
package stack

// Stack is a stack of ints; its Size and Item have the names of main's sizer, not its types.
type Stack struct{ items []int }

// Push puts v on top.
func (s *Stack) Push(v int) { s.items = append(s.items, v) }

// Size is the number of items.
func (s *Stack) Size() int { return len(s.items) }

// Item is the i'th item from the bottom.
func (s *Stack) Item(i int) int { return s.items[i] }
