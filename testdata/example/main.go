// Command shop prices a few orders: the example module that README's quick start instruments.
package main

import (
	"fmt"
	"sort"
	"sync"

	"example.com/shop/catalog"
)

type order struct {
	id    int
	items map[string]int
}

// main is where tracing starts: instrgen instruments everything it calls.
//
//instrgen:entry
func main() {
	cat := catalog.New()
	orders := []order{
		{id: 1, items: map[string]int{"apple": 3, "pear": 2}},
		{id: 2, items: map[string]int{"plum": 10}},
		{id: 3, items: map[string]int{"apple": 1, "fig": 1}},
		{id: 4, items: map[string]int{"kiwi": 2}},
	}

	totals := make([]catalog.Cents, len(orders))
	errs := make([]error, len(orders))
	var wg sync.WaitGroup
	for i, o := range orders {
		wg.Add(1)
		go func(i int, o order) {
			defer wg.Done()
			totals[i], errs[i] = priceOrder(cat, o)
		}(i, o)
	}
	wg.Wait()

	for i, o := range orders {
		if errs[i] != nil {
			fmt.Printf("order %d: %v\n", o.id, errs[i])
			continue
		}
		fmt.Printf("order %d: %v\n", o.id, totals[i])
	}
	fmt.Println("grand total:", sum(totals))
}

// priceOrder prices every item of an order with the catalog's current discount rule; an unknown item fails it.
func priceOrder(cat *catalog.Catalog, o order) (catalog.Cents, error) {
	names := make([]string, 0, len(o.items))
	for name := range o.items {
		names = append(names, name)
	}
	sort.Strings(names)
	var total catalog.Cents
	for _, name := range names {
		p, err := cat.Price(name, o.items[name])
		if err != nil {
			return 0, err
		}
		total += p
	}
	return total, nil
}

func sum(xs []catalog.Cents) catalog.Cents {
	var t catalog.Cents
	for _, x := range xs {
		t += x
	}
	return t
}
