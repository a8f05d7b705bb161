package main

import (
	"fmt"
	"sort"

	"instrgen.dev/rtlib"
)

type Item struct {
	Name  string
	Qty   int
	Price float64
}

func (i Item) Total() float64 { return float64(i.Qty) * i.Price }

func (i *Item) Restock(n int) { i.Qty += n }

type Box struct {
	Label string
	Items []Item
}

func (b *Box) Weight() int {
	w := 0
	for _, it := range b.Items {
		w += it.Qty
	}
	return w
}

type Score int

func (s Score) Grade() string {
	switch {
	case s >= 90:
		return "A"
	case s >= 75:
		return "B"
	}
	return "C"
}

type Event struct {
	ID   int
	Kind string
}

func (e Event) Describe() string { return fmt.Sprintf("event %d (%s)", e.ID, e.Kind) }

func inventory() []Item {
	return []Item{{"bolt", 10, 0.25}, {"nut", 4, 0.1}, {"gear", 2, 3.5}}
}

func produce(n int) <-chan Event {
	ch := make(chan Event, n)
	kinds := []string{"create", "update", "delete"}
	for i := 0; i < n; i++ {
		ch <- Event{ID: i + 1, Kind: kinds[i%len(kinds)]}
	}
	close(ch)
	return ch
}

func main() {
	rtlib.AutotelEntryPoint()
	items := inventory()
	for i := range items {
		items[i].Restock(1)
	}
	for _, it := range items {
		fmt.Printf("%s x%d = %.2f\n", it.Name, it.Qty, it.Total())
	}

	boxes := [2]*Box{{Label: "small", Items: items[:1]}, {Label: "large", Items: items}}
	for i, b := range boxes {
		fmt.Println("box", i, b.Label, "weight", b.Weight())
	}

	scores := map[string]Score{"ann": 93, "bob": 80, "cid": 61, "dee": 75}
	var lines []string
	for name, s := range scores {
		lines = append(lines, name+"="+s.Grade())
	}
	sort.Strings(lines)
	fmt.Println("grades:", lines)

	for e := range produce(4) {
		fmt.Println(e.Describe())
	}
}
