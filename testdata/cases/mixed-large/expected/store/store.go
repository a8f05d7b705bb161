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
	__atel_rtlib "instrgen.dev/rtlib"
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
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "store.Category.String")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
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
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "store.(*OutOfStockError).Error")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
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
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return &Inventory{stock: map[SKU]int{}, products: map[SKU]Product{}}
}

// AddProduct registers p with qty units in stock.
func (inv *Inventory) AddProduct(__atel_tracing_ctx __atel_context.Context, p Product, qty int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.(*Inventory).AddProduct")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	inv.mu.Lock()
	defer inv.mu.Unlock()
	inv.products[p.SKU] = p
	inv.stock[p.SKU] += qty
}

// Lookup returns the product for sku.
func (inv *Inventory) Lookup(sku SKU) (Product, bool) {
	return inv.__atel_twin_Lookup(__atel_context.Background(), sku)
}

func (inv *Inventory) __atel_twin_Lookup(__atel_tracing_ctx __atel_context.Context, sku SKU) (Product, bool) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.(*Inventory).Lookup")
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
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	inv.mu.Lock()
	defer inv.mu.Unlock()
	return inv.stock[sku]
}

// Reserve takes qty units of sku out of stock.
func (inv *Inventory) Reserve(__atel_tracing_ctx __atel_context.Context, sku SKU, qty int) (__atel_err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.(*Inventory).Reserve")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
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
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		return out[i].SKU < out[j].SKU
	})
	return out
}

var __atel_code_Category_String = __atel_rtlib.Code("example.com/mixed-large/store", "store.Category.String", "String", "example.com/mixed-large/store.Category", "example.com/mixed-large/store/store.go", 23)

var __atel_code_OutOfStockError_Error = __atel_rtlib.Code("example.com/mixed-large/store", "store.(*OutOfStockError).Error", "Error", "example.com/mixed-large/store.(*OutOfStockError)", "example.com/mixed-large/store/store.go", 52)

var __atel_code_NewInventory = __atel_rtlib.Code("example.com/mixed-large/store", "store.NewInventory", "NewInventory", "example.com/mixed-large/store", "example.com/mixed-large/store/store.go", 64)

var __atel_code_Inventory_AddProduct = __atel_rtlib.Code("example.com/mixed-large/store", "store.(*Inventory).AddProduct", "AddProduct", "example.com/mixed-large/store.(*Inventory)", "example.com/mixed-large/store/store.go", 69)

var __atel_code_Inventory_Lookup = __atel_rtlib.Code("example.com/mixed-large/store", "store.(*Inventory).Lookup", "Lookup", "example.com/mixed-large/store.(*Inventory)", "example.com/mixed-large/store/store.go", 77)

var __atel_code_Inventory_Available = __atel_rtlib.Code("example.com/mixed-large/store", "store.(*Inventory).Available", "Available", "example.com/mixed-large/store.(*Inventory)", "example.com/mixed-large/store/store.go", 85)

var __atel_code_Inventory_Reserve = __atel_rtlib.Code("example.com/mixed-large/store", "store.(*Inventory).Reserve", "Reserve", "example.com/mixed-large/store.(*Inventory)", "example.com/mixed-large/store/store.go", 92)

var __atel_code_Inventory_Products = __atel_rtlib.Code("example.com/mixed-large/store", "store.(*Inventory).Products", "Products", "example.com/mixed-large/store.(*Inventory)", "example.com/mixed-large/store/store.go", 107)

var __atel_code_Inventory_Products_1 = __atel_rtlib.Code("example.com/mixed-large/store", "store.(*Inventory).Products$1", "Products$1", "example.com/mixed-large/store.(*Inventory)", "example.com/mixed-large/store/store.go", 114)
