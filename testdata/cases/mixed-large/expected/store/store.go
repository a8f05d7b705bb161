// Package store keeps products, stock levels and orders in memory.
package store

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

import (
	__atel_context "context"
	__atel_attribute "go.opentelemetry.io/otel/attribute"
)

// SKU identifies a product.
type SKU string

// Category groups products for pricing rules.
type Category int

const (
	Hardware Category = iota
	Food
	Books
)

func (c Category) String() string {
	switch c {
	case Hardware:
		return "hardware"
	case Food:
		return "food"
	case Books:
		return "books"
	}
	return fmt.Sprintf("category(%d)", int(c))
}

// Product is something the store sells.
type Product struct {
	SKU       SKU
	Name      string
	Category  Category
	UnitCents int64
}

// ErrUnknownSKU is returned for products the inventory has never seen.
var ErrUnknownSKU = errors.New("unknown sku")

// OutOfStockError reports a reservation that asked for more than is available.
type OutOfStockError struct {
	SKU        SKU
	Want, Have int
}

func (e *OutOfStockError) Error() string {
	return fmt.Sprintf("out of stock: %s wants %d, has %d", e.SKU, e.Want, e.Have)
}

// Inventory is safe for concurrent use.
type Inventory struct {
	mu       sync.Mutex
	stock    map[SKU]int
	products map[SKU]Product
}

// NewInventory returns an empty inventory.
func NewInventory(__atel_tracing_ctx __atel_context.Context) *Inventory {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.NewInventory")
	__atel_span.SetAttributes(__atel_attrs_NewInventory...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return &Inventory{stock: map[SKU]int{}, products: map[SKU]Product{}}
}

// AddProduct registers p with qty units in stock.
func (inv *Inventory) AddProduct(__atel_tracing_ctx __atel_context.Context, p Product, qty int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.(*Inventory).AddProduct")
	__atel_span.SetAttributes(__atel_attrs_Inventory_AddProduct...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	inv.mu.Lock()
	defer inv.mu.Unlock()
	inv.products[p.SKU] = p
	inv.stock[p.SKU] += qty
}

// Lookup returns the product for sku.
func (inv *Inventory) Lookup(sku SKU) (Product, bool) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_context.Background(), "store.(*Inventory).Lookup")
	__atel_span.SetAttributes(__atel_attrs_Inventory_Lookup...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	inv.mu.Lock()
	defer inv.mu.Unlock()
	p, ok := inv.products[sku]
	return p, ok
}

// Available returns the units in stock.
func (inv *Inventory) Available(__atel_tracing_ctx __atel_context.Context, sku SKU) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.(*Inventory).Available")
	__atel_span.SetAttributes(__atel_attrs_Inventory_Available...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	inv.mu.Lock()
	defer inv.mu.Unlock()
	return inv.stock[sku]
}

// Reserve takes qty units of sku out of stock.
func (inv *Inventory) Reserve(__atel_tracing_ctx __atel_context.Context, sku SKU, qty int) (__atel_err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.(*Inventory).Reserve")
	__atel_span.SetAttributes(__atel_attrs_Inventory_Reserve...)
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_err)
	inv.mu.Lock()
	defer inv.mu.Unlock()
	have, known := inv.stock[sku]
	if !known {
		return fmt.Errorf("reserve %s: %w", sku, ErrUnknownSKU)
	}
	if have < qty {
		return &OutOfStockError{SKU: sku, Want: qty, Have: have}
	}
	inv.stock[sku] = have - qty
	return nil
}

// Products lists every product ordered by SKU.
func (inv *Inventory) Products(__atel_tracing_ctx __atel_context.Context) []Product {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.(*Inventory).Products")
	__atel_span.SetAttributes(__atel_attrs_Inventory_Products...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	inv.mu.Lock()
	out := make([]Product, 0, len(inv.products))
	for _, p := range inv.products {
		out = append(out, p)
	}
	inv.mu.Unlock()
	sort.Slice(out, func(i, j int) bool {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "store.(*Inventory).Products$1")
		__atel_span.SetAttributes(__atel_attrs_Inventory_Products_1...)
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		return out[i].SKU < out[j].SKU
	})
	return out
}

var __atel_attrs_NewInventory = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "NewInventory"), __atel_attribute.String("code.namespace", "example.com/mixed-large/store"), __atel_attribute.String("code.filepath", "example.com/mixed-large/store/store.go"), __atel_attribute.Int("code.lineno", 64)}

var __atel_attrs_Inventory_AddProduct = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "AddProduct"), __atel_attribute.String("code.namespace", "example.com/mixed-large/store.(*Inventory)"), __atel_attribute.String("code.filepath", "example.com/mixed-large/store/store.go"), __atel_attribute.Int("code.lineno", 69)}

var __atel_attrs_Inventory_Lookup = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Lookup"), __atel_attribute.String("code.namespace", "example.com/mixed-large/store.(*Inventory)"), __atel_attribute.String("code.filepath", "example.com/mixed-large/store/store.go"), __atel_attribute.Int("code.lineno", 77)}

var __atel_attrs_Inventory_Available = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Available"), __atel_attribute.String("code.namespace", "example.com/mixed-large/store.(*Inventory)"), __atel_attribute.String("code.filepath", "example.com/mixed-large/store/store.go"), __atel_attribute.Int("code.lineno", 85)}

var __atel_attrs_Inventory_Reserve = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Reserve"), __atel_attribute.String("code.namespace", "example.com/mixed-large/store.(*Inventory)"), __atel_attribute.String("code.filepath", "example.com/mixed-large/store/store.go"), __atel_attribute.Int("code.lineno", 92)}

var __atel_attrs_Inventory_Products = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Products"), __atel_attribute.String("code.namespace", "example.com/mixed-large/store.(*Inventory)"), __atel_attribute.String("code.filepath", "example.com/mixed-large/store/store.go"), __atel_attribute.Int("code.lineno", 107)}

var __atel_attrs_Inventory_Products_1 = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Products$1"), __atel_attribute.String("code.namespace", "example.com/mixed-large/store.(*Inventory)"), __atel_attribute.String("code.filepath", "example.com/mixed-large/store/store.go"), __atel_attribute.Int("code.lineno", 114)}
