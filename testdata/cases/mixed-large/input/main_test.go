package main

import (
	"testing"

	"example.com/mixed-large/pricing"
	"example.com/mixed-large/store"
)

func TestPriceAllMatchesSequential(t *testing.T) {
	inv := store.NewInventory()
	seed(inv)
	engine := pricing.NewEngine(inv.Lookup, pricing.PercentOff{Category: store.Books, Percent: 50})
	orders := buildOrders()
	quotes, errs := priceAll(engine, orders)
	for i, o := range orders {
		q, err := engine.Price(o)
		if (err == nil) != (errs[i] == nil) || q.Total != quotes[i].Total {
			t.Fatalf("order %d: concurrent %v/%v, sequential %v/%v", o.ID, quotes[i].Total, errs[i], q.Total, err)
		}
	}
	if got := quotes[1].Total.String(); got != "$6.50" {
		t.Fatalf("half-price novel = %s", got)
	}
}

func TestCounter(t *testing.T) {
	next := counter()
	next("a")
	if next("a") != 2 || next("b") != 1 {
		t.Fatal("counter miscounts")
	}
}
