// Package pricing turns orders into quotes by applying discount rules.
package pricing

import (
	"fmt"

	"example.com/mixed-large/store"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_codes "go.opentelemetry.io/otel/codes"
	__atel_trace "go.opentelemetry.io/otel/trace"
	__atel_rtlib "instrgen.dev/rtlib"
)

// Money is an amount in cents.
type Money int64

func (m Money) String() string {
	return m.__atel_twin_String(__atel_context.Background())
}

func AtelTwinOf__Money__String(m Money, __atel_tracing_ctx __atel_context.Context) string {
	return m.__atel_twin_String(__atel_tracing_ctx)
}

func (m Money) __atel_twin_String(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "pricing.Money.String")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
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
	Name(__atel_tracing_ctx __atel_context.Context) string
	Apply(__atel_tracing_ctx __atel_context.Context, lp LinePrice) LinePrice
}

// PercentOff discounts every line of a category.
type PercentOff struct {
	Category store.Category
	Percent  int64
}

func (p PercentOff) Name(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "pricing.PercentOff.Name")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End() //instrgen:oneline
	return fmt.Sprintf("%d%% off %v", p.Percent, p.Category)
}

func (p PercentOff) Apply(__atel_tracing_ctx __atel_context.Context, lp LinePrice) LinePrice {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "pricing.PercentOff.Apply")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if lp.Product.Category != p.Category {
		return lp
	}
	off := lp.Total * Money(p.Percent) / 100
	return note(__atel_child_tracing_ctx, lp, -off, p.Name(__atel_child_tracing_ctx))
}

// BulkDiscount takes a fixed amount per unit off lines of at least MinQty units.
type BulkDiscount struct {
	MinQty   int
	PerUnit  Money
	Disabled bool
}

func (b *BulkDiscount) Name(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "pricing.(*BulkDiscount).Name")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return fmt.Sprintf("bulk %d+", b.MinQty)
}

func (b *BulkDiscount) Apply(__atel_tracing_ctx __atel_context.Context, lp LinePrice) LinePrice {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "pricing.(*BulkDiscount).Apply")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if b.Disabled || lp.Qty < b.MinQty {
		return lp
	}
	return note(__atel_child_tracing_ctx, lp, -b.PerUnit*Money(lp.Qty), b.Name(__atel_child_tracing_ctx))
}

// note changes the line total and records why.
func note(__atel_tracing_ctx __atel_context.Context, lp LinePrice, delta Money, why string) LinePrice {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "pricing.note")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
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

func (e UnknownProductError) Error() string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "pricing.UnknownProductError.Error")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return "pricing: unknown product " + string(e.SKU)
}

// Engine prices orders against a catalog.
type Engine struct {
	rules   []Rule
	catalog func(store.SKU) (store.Product, bool)
}

// NewEngine builds an engine; catalog is usually a method value such as inv.Lookup.
func NewEngine(__atel_tracing_ctx __atel_context.Context, catalog func(store.SKU) (store.Product, bool), rules ...Rule) *Engine {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "pricing.NewEngine")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return &Engine{rules: rules, catalog: catalog}
}

// Price quotes every line of o.
func (e *Engine) Price(__atel_tracing_ctx __atel_context.Context, o *store.Order) (__atel_ret0 Quote, __atel_ret1 error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "pricing.(*Engine).Price")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_ret1)
	q := Quote{OrderID: o.ID, Customer: o.Customer}
	for _, l := range o.Lines {
		p, ok := e.catalog(l.SKU)
		if !ok {
			return q, UnknownProductError{SKU: l.SKU}
		}
		lp := e.priceLine(__atel_child_tracing_ctx, p, l.Qty)
		q.Lines = append(q.Lines, lp)
		q.Total += lp.Total
	}
	return q, nil
}

func (e *Engine) priceLine(__atel_tracing_ctx __atel_context.Context, p store.Product, qty int) LinePrice {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "pricing.(*Engine).priceLine")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	lp := LinePrice{Product: p, Qty: qty, Total: Money(p.UnitCents) * Money(qty)}
	for _, r := range e.rules {
		lp = r.Apply(__atel_child_tracing_ctx, lp)
	}
	return lp
}

var __atel_tracer = __atel_otel.Tracer("example.com/mixed-large/pricing")

var __atel_code_Money_String = __atel_rtlib.Code("example.com/mixed-large/pricing", "pricing.Money.String", "String", "example.com/mixed-large/pricing.Money", "example.com/mixed-large/pricing/pricing.go", 13)

var __atel_code_PercentOff_Name = __atel_rtlib.Code("example.com/mixed-large/pricing", "pricing.PercentOff.Name", "Name", "example.com/mixed-large/pricing.PercentOff", "example.com/mixed-large/pricing/pricing.go", 41)

var __atel_code_PercentOff_Apply = __atel_rtlib.Code("example.com/mixed-large/pricing", "pricing.PercentOff.Apply", "Apply", "example.com/mixed-large/pricing.PercentOff", "example.com/mixed-large/pricing/pricing.go", 43)

var __atel_code_BulkDiscount_Name = __atel_rtlib.Code("example.com/mixed-large/pricing", "pricing.(*BulkDiscount).Name", "Name", "example.com/mixed-large/pricing.(*BulkDiscount)", "example.com/mixed-large/pricing/pricing.go", 58)

var __atel_code_BulkDiscount_Apply = __atel_rtlib.Code("example.com/mixed-large/pricing", "pricing.(*BulkDiscount).Apply", "Apply", "example.com/mixed-large/pricing.(*BulkDiscount)", "example.com/mixed-large/pricing/pricing.go", 60)

var __atel_code_note = __atel_rtlib.Code("example.com/mixed-large/pricing", "pricing.note", "note", "example.com/mixed-large/pricing", "example.com/mixed-large/pricing/pricing.go", 68)

var __atel_code_UnknownProductError_Error = __atel_rtlib.Code("example.com/mixed-large/pricing", "pricing.UnknownProductError.Error", "Error", "example.com/mixed-large/pricing.UnknownProductError", "example.com/mixed-large/pricing/pricing.go", 85)

var __atel_code_NewEngine = __atel_rtlib.Code("example.com/mixed-large/pricing", "pricing.NewEngine", "NewEngine", "example.com/mixed-large/pricing", "example.com/mixed-large/pricing/pricing.go", 94)

var __atel_code_Engine_Price = __atel_rtlib.Code("example.com/mixed-large/pricing", "pricing.(*Engine).Price", "Price", "example.com/mixed-large/pricing.(*Engine)", "example.com/mixed-large/pricing/pricing.go", 99)

var __atel_code_Engine_priceLine = __atel_rtlib.Code("example.com/mixed-large/pricing", "pricing.(*Engine).priceLine", "priceLine", "example.com/mixed-large/pricing.(*Engine)", "example.com/mixed-large/pricing/pricing.go", 113)

// __atel_end ends a span, recording a non-nil error as its error and status (added by instrgen).
func __atel_end(span __atel_trace.Span, err *error) {
	defer span.End()
	if e := *err; e != nil && span.IsRecording() {
		span.SetStatus(__atel_codes.Error, "")
		defer func() { _ = recover() }()
		span.SetStatus(__atel_codes.Error, e.Error())
		span.RecordError(e)
	}
}
