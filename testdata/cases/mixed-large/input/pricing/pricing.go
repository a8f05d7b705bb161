// Package pricing turns orders into quotes by applying discount rules.
package pricing

import (
	"fmt"

	"example.com/mixed-large/store"
)

// Money is an amount in cents.
type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

// LinePrice is the priced form of an order line.
type LinePrice struct {
	Product store.Product
	Qty     int
	Total   Money
	Notes   []string
}

// Rule adjusts the price of one line.
type Rule interface {
	Name() string
	Apply(lp LinePrice) LinePrice
}

// PercentOff discounts every line of a category.
type PercentOff struct {
	Category store.Category
	Percent  int64
}

func (p PercentOff) Name() string { return fmt.Sprintf("%d%% off %v", p.Percent, p.Category) }

func (p PercentOff) Apply(lp LinePrice) LinePrice {
	if lp.Product.Category != p.Category {
		return lp
	}
	off := lp.Total * Money(p.Percent) / 100
	return note(lp, -off, p.Name())
}

// BulkDiscount takes a fixed amount per unit off lines of at least MinQty units.
type BulkDiscount struct {
	MinQty   int
	PerUnit  Money
	Disabled bool
}

func (b *BulkDiscount) Name() string { return fmt.Sprintf("bulk %d+", b.MinQty) }

func (b *BulkDiscount) Apply(lp LinePrice) LinePrice {
	if b.Disabled || lp.Qty < b.MinQty {
		return lp
	}
	return note(lp, -b.PerUnit*Money(lp.Qty), b.Name())
}

// note changes the line total and records why.
func note(lp LinePrice, delta Money, why string) LinePrice {
	lp.Total += delta
	lp.Notes = append(append([]string(nil), lp.Notes...), fmt.Sprintf("%s (%v)", why, delta))
	return lp
}

// Quote is a priced order.
type Quote struct {
	OrderID  int
	Customer string
	Lines    []LinePrice
	Total    Money
}

// UnknownProductError is returned when an order names a product the catalog lacks.
type UnknownProductError struct{ SKU store.SKU }

func (e UnknownProductError) Error() string { return "pricing: unknown product " + string(e.SKU) }

// Engine prices orders against a catalog.
type Engine struct {
	rules   []Rule
	catalog func(store.SKU) (store.Product, bool)
}

// NewEngine builds an engine; catalog is usually a method value such as inv.Lookup.
func NewEngine(catalog func(store.SKU) (store.Product, bool), rules ...Rule) *Engine {
	return &Engine{rules: rules, catalog: catalog}
}

// Price quotes every line of o.
func (e *Engine) Price(o *store.Order) (Quote, error) {
	q := Quote{OrderID: o.ID, Customer: o.Customer}
	for _, l := range o.Lines {
		p, ok := e.catalog(l.SKU)
		if !ok {
			return q, UnknownProductError{SKU: l.SKU}
		}
		lp := e.priceLine(p, l.Qty)
		q.Lines = append(q.Lines, lp)
		q.Total += lp.Total
	}
	return q, nil
}

func (e *Engine) priceLine(p store.Product, qty int) LinePrice {
	lp := LinePrice{Product: p, Qty: qty, Total: Money(p.UnitCents) * Money(qty)}
	for _, r := range e.rules {
		lp = r.Apply(lp)
	}
	return lp
}
