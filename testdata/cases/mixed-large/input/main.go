package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"

	"example.com/mixed-large/pricing"
	"example.com/mixed-large/report"
	"example.com/mixed-large/store"
	rt "instrgen.dev/rtlib"
)

type stockEntry struct {
	product store.Product
	qty     int
}

func catalog() []stockEntry {
	return []stockEntry{
		{store.Product{SKU: "APL", Name: "apple", Category: store.Food, UnitCents: 40}, 30},
		{store.Product{SKU: "BLT", Name: "bolt", Category: store.Hardware, UnitCents: 25}, 50},
		{store.Product{SKU: "NOV", Name: "novel", Category: store.Books, UnitCents: 1299}, 2},
	}
}

func seed(inv *store.Inventory) int {
	n := 0
	for _, e := range catalog() {
		inv.AddProduct(e.product, e.qty)
		n += e.qty
	}
	return n
}

func buildOrders() []*store.Order {
	return []*store.Order{
		store.NewOrder(1, "ada").Add("APL", 6).Add("BLT", 20),
		store.NewOrder(2, "bob").Add("NOV", 1),
		store.NewOrder(3, "cy").Add("APL", 2).Add("BLT", 100),
		store.NewOrder(4, "ada").Add("NOV", 2).Add("APL", 12),
		store.NewOrder(5, "dan").Add("XYZ", 1),
	}
}

// priceAll prices every order concurrently; each goroutine writes only its own slot.
func priceAll(engine *pricing.Engine, orders []*store.Order) ([]pricing.Quote, []error) {
	quotes := make([]pricing.Quote, len(orders))
	errs := make([]error, len(orders))
	var wg sync.WaitGroup
	for i, o := range orders {
		wg.Add(1)
		go func(i int, o *store.Order) {
			defer wg.Done()
			quotes[i], errs[i] = engine.Price(o)
		}(i, o)
	}
	wg.Wait()
	return quotes, errs
}

// reserveAll reserves stock order by order and saves every order to repo.
func reserveAll(inv *store.Inventory, repo store.Repository, orders []*store.Order) []string {
	var msgs []string
	for _, o := range orders {
		err := store.ReserveAll(inv, o)
		var oos *store.OutOfStockError
		switch {
		case err == nil:
			msgs = append(msgs, "reserved "+o.String())
		case errors.As(err, &oos):
			msgs = append(msgs, fmt.Sprintf("short by %d: %v", oos.Want-oos.Have, err))
		case errors.Is(err, store.ErrUnknownSKU):
			msgs = append(msgs, "unknown: "+err.Error())
		default:
			msgs = append(msgs, "unexpected: "+err.Error())
		}
		if err := repo.Save(o); err != nil {
			msgs = append(msgs, "save failed: "+err.Error())
		}
	}
	return msgs
}

// counter returns a closure that counts how often it has seen each key.
func counter() func(string) int {
	counts := map[string]int{}
	return func(k string) int {
		counts[k]++
		return counts[k]
	}
}

func main() {
	rt.AutotelEntryPoint()
	inv := store.NewInventory()
	fmt.Println("seeded units:", seed(inv))

	engine := pricing.NewEngine(inv.Lookup,
		pricing.PercentOff{Category: store.Food, Percent: 10},
		&pricing.BulkDiscount{MinQty: 10, PerUnit: 5})
	orders := buildOrders()
	quotes, errs := priceAll(engine, orders)

	var good []pricing.Quote
	for i, err := range errs {
		var upe pricing.UnknownProductError
		if errors.As(err, &upe) {
			fmt.Printf("order #%d not priced: %v (sku %s)\n", orders[i].ID, err, upe.SKU)
			continue
		}
		good = append(good, quotes[i])
	}
	fmt.Println(report.Render(report.Plain{Width: 8}, "Quotes", good))
	fmt.Println(report.Render(&report.Markdown{}, "Quotes", good))
	fmt.Println("totals:", strings.Join(report.Totals(good), ", "))

	repo := &store.AuditRepo{MemoryRepo: store.NewMemoryRepo()}
	for _, m := range reserveAll(inv, repo, orders) {
		fmt.Println(m)
	}
	fmt.Println("stored:", repo.IDs(), "audit entries:", len(repo.Log))
	if o, err := repo.Find(4); err == nil {
		fmt.Println("found:", o, "units:", o.Units())
	}

	avail := inv.Available
	for _, p := range inv.Products() {
		fmt.Printf("%s %-6s %-9v left=%d\n", p.SKU, p.Name, p.Category, avail(p.SKU))
	}

	seen := store.NewSet[string]()
	next := counter()
	for _, o := range orders {
		seen.Add(o.Customer)
		next(o.Customer)
	}
	fmt.Println("customers:", seen.Items(), "ada's orders:", next("ada")-1)

	big := store.Filter(orders, func(o *store.Order) bool { return o.Units() >= 10 })
	for _, o := range big {
		fmt.Println("big order:", o.ID, o.Status)
	}
	fmt.Println("units in big orders:", store.SumBy(big, (*store.Order).Units))
}
