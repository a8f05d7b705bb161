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

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

type stockEntry struct {
	product store.Product
	qty     int
}

func catalog(__atel_tracing_ctx __atel_context.Context) []stockEntry {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.catalog")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return []stockEntry{
		{store.Product{SKU: "APL", Name: "apple", Category: store.Food, UnitCents: 40}, 30},
		{store.Product{SKU: "BLT", Name: "bolt", Category: store.Hardware, UnitCents: 25}, 50},
		{store.Product{SKU: "NOV", Name: "novel", Category: store.Books, UnitCents: 1299}, 2},
	}
}

func seed(__atel_tracing_ctx __atel_context.Context, inv *store.Inventory) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.seed")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	n := 0
	for _, e := range catalog(__atel_child_tracing_ctx) {
		inv.AddProduct(__atel_child_tracing_ctx, e.product, e.qty)
		n += e.qty
	}
	return n
}

func buildOrders(__atel_tracing_ctx __atel_context.Context) []*store.Order {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.buildOrders")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return []*store.Order{
		store.NewOrder(__atel_child_tracing_ctx, 1, "ada").Add(__atel_child_tracing_ctx, "APL", 6).Add(__atel_child_tracing_ctx, "BLT", 20),
		store.NewOrder(__atel_child_tracing_ctx, 2, "bob").Add(__atel_child_tracing_ctx, "NOV", 1),
		store.NewOrder(__atel_child_tracing_ctx, 3, "cy").Add(__atel_child_tracing_ctx, "APL", 2).Add(__atel_child_tracing_ctx, "BLT", 100),
		store.NewOrder(__atel_child_tracing_ctx, 4, "ada").Add(__atel_child_tracing_ctx, "NOV", 2).Add(__atel_child_tracing_ctx, "APL", 12),
		store.NewOrder(__atel_child_tracing_ctx, 5, "dan").Add(__atel_child_tracing_ctx, "XYZ", 1),
	}
}

// priceAll prices every order concurrently; each goroutine writes only its own slot.
func priceAll(__atel_tracing_ctx __atel_context.Context, engine *pricing.Engine, orders []*store.Order) ([]pricing.Quote, []error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.priceAll")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	quotes := make([]pricing.Quote, len(orders))
	errs := make([]error, len(orders))
	var wg sync.WaitGroup
	for i, o := range orders {
		wg.Add(1)
		go func(i int, o *store.Order) {
			__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.priceAll$1")
			_ = __atel_child_tracing_ctx
			defer __atel_span.End()
			defer wg.Done()
			quotes[i], errs[i] = engine.Price(__atel_child_tracing_ctx, o)
		}(i, o)
	}
	wg.Wait()
	return quotes, errs
}

// reserveAll reserves stock order by order and saves every order to repo.
func reserveAll(__atel_tracing_ctx __atel_context.Context, inv *store.Inventory, repo store.Repository, orders []*store.Order) []string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.reserveAll")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
	var msgs []string
	for _, o := range orders {
		err := store.ReserveAll(__atel_child_tracing_ctx, inv, o)
		var oos *store.OutOfStockError
		switch {
		case err == nil:
			msgs = append(msgs, "reserved "+store.AtelTwinOf__Order__String(*o, __atel_child_tracing_ctx))
		case errors.As(err, &oos):
			msgs = append(msgs, fmt.Sprintf("short by %d: %v", oos.Want-oos.Have, err))
		case errors.Is(err, store.ErrUnknownSKU):
			msgs = append(msgs, "unknown: "+err.Error())
		default:
			msgs = append(msgs, "unexpected: "+err.Error())
		}
		if err := repo.Save(__atel_child_tracing_ctx, o); err != nil {
			msgs = append(msgs, "save failed: "+err.Error())
		}
	}
	return msgs
}

// counter returns a closure that counts how often it has seen each key.
func counter(__atel_tracing_ctx __atel_context.Context) func(string) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.counter")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	counts := map[string]int{}
	return func(k string) int {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.counter$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End()
		counts[k]++
		return counts[k]
	}
}

func main() {
	__atel_ts := rt.NewTracingState()
	defer rt.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
	rt.AutotelEntryPoint()
	inv := store.NewInventory(__atel_child_tracing_ctx)
	fmt.Println("seeded units:", seed(__atel_child_tracing_ctx, inv))

	engine := pricing.NewEngine(__atel_child_tracing_ctx, inv.Lookup,
		pricing.PercentOff{Category: store.Food, Percent: 10},
		&pricing.BulkDiscount{MinQty: 10, PerUnit: 5})
	orders := buildOrders(__atel_child_tracing_ctx)
	quotes, errs := priceAll(__atel_child_tracing_ctx, engine, orders)

	var good []pricing.Quote
	for i, err := range errs {
		var upe pricing.UnknownProductError
		if errors.As(err, &upe) {
			fmt.Printf("order #%d not priced: %v (sku %s)\n", orders[i].ID, err, upe.SKU)
			continue
		}
		good = append(good, quotes[i])
	}
	fmt.Println(report.Render(__atel_child_tracing_ctx, report.Plain{Width: 8}, "Quotes", good))
	fmt.Println(report.Render(__atel_child_tracing_ctx, &report.Markdown{}, "Quotes", good))
	fmt.Println("totals:", strings.Join(report.Totals(__atel_child_tracing_ctx, good), ", "))

	repo := &store.AuditRepo{MemoryRepo: store.NewMemoryRepo(__atel_child_tracing_ctx)}
	for _, m := range reserveAll(__atel_child_tracing_ctx, inv, repo, orders) {
		fmt.Println(m)
	}
	fmt.Println("stored:", repo.IDs(__atel_child_tracing_ctx), "audit entries:", len(repo.Log))
	if o, err := repo.Find(__atel_child_tracing_ctx, 4); err == nil {
		fmt.Println("found:", o, "units:", o.Units(__atel_child_tracing_ctx))
	}

	avail := func(__atel_r *store.Inventory) func(store.SKU) int {
		return func(__atel_p0 store.SKU) int { return __atel_r.Available(__atel_child_tracing_ctx, __atel_p0) }
	}(inv)
	for _, p := range inv.Products(__atel_child_tracing_ctx) {
		fmt.Printf("%s %-6s %-9v left=%d\n", p.SKU, p.Name, p.Category, avail(p.SKU))
	}

	seen := store.NewSet[string](__atel_child_tracing_ctx)
	next := counter(__atel_child_tracing_ctx)
	for _, o := range orders {
		seen.Add(__atel_child_tracing_ctx, o.Customer)
		next(o.Customer)
	}
	fmt.Println("customers:", seen.Items(__atel_child_tracing_ctx), "ada's orders:", next("ada")-1)

	big := store.Filter(__atel_child_tracing_ctx, orders, func(o *store.Order) bool {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "main.main$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		return o.Units(__atel_child_tracing_ctx) >= 10
	})
	for _, o := range big {
		fmt.Println("big order:", o.ID, o.Status)
	}
	fmt.Println("units in big orders:", store.SumBy(__atel_child_tracing_ctx, big, func(__atel_p0 *store.Order) int { return __atel_p0.Units(__atel_child_tracing_ctx) }))
}

var __atel_tracer = __atel_otel.Tracer("example.com/mixed-large")

var __atel_code_catalog = __atel_rtlib.Code("example.com/mixed-large", "main.catalog", "catalog", "example.com/mixed-large", "example.com/mixed-large/main.go", 20)

var __atel_code_seed = __atel_rtlib.Code("example.com/mixed-large", "main.seed", "seed", "example.com/mixed-large", "example.com/mixed-large/main.go", 28)

var __atel_code_buildOrders = __atel_rtlib.Code("example.com/mixed-large", "main.buildOrders", "buildOrders", "example.com/mixed-large", "example.com/mixed-large/main.go", 37)

var __atel_code_priceAll = __atel_rtlib.Code("example.com/mixed-large", "main.priceAll", "priceAll", "example.com/mixed-large", "example.com/mixed-large/main.go", 48)

var __atel_code_reserveAll = __atel_rtlib.Code("example.com/mixed-large", "main.reserveAll", "reserveAll", "example.com/mixed-large", "example.com/mixed-large/main.go", 64)

var __atel_code_counter = __atel_rtlib.Code("example.com/mixed-large", "main.counter", "counter", "example.com/mixed-large", "example.com/mixed-large/main.go", 87)

var __atel_code_main = __atel_rtlib.Code("example.com/mixed-large", "main.main", "main", "example.com/mixed-large", "example.com/mixed-large/main.go", 95)

var __atel_code_priceAll_1 = __atel_rtlib.Code("example.com/mixed-large", "main.priceAll$1", "priceAll$1", "example.com/mixed-large", "example.com/mixed-large/main.go", 54)

var __atel_code_counter_1 = __atel_rtlib.Code("example.com/mixed-large", "main.counter$1", "counter$1", "example.com/mixed-large", "example.com/mixed-large/main.go", 89)

var __atel_code_main_1 = __atel_rtlib.Code("example.com/mixed-large", "main.main$1", "main$1", "example.com/mixed-large", "example.com/mixed-large/main.go", 141)
