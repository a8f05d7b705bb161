package store

import (
	"fmt"
	"sort"
	"strings"
)

import (
	__atel_context "context"
	__atel_attribute "go.opentelemetry.io/otel/attribute"
)

// Status is the life-cycle state of an order.
type Status int

const (
	Open Status = iota
	Reserved
	Rejected
)

func (s Status) String() string {
	return [...]string{"open", "reserved", "rejected"}[s]
}

// Line is one product and quantity in an order.
type Line struct {
	SKU SKU
	Qty int
}

// Order is what a customer asked for.
type Order struct {
	ID       int
	Customer string
	Lines    []Line
	Status   Status
}

// NewOrder starts an empty order.
func NewOrder(__atel_tracing_ctx __atel_context.Context, id int, customer string) *Order {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.NewOrder")
	__atel_span.SetAttributes(__atel_attrs_NewOrder...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return &Order{ID: id, Customer: customer}
}

// Add appends a line and returns the order so that calls chain.
func (o *Order) Add(__atel_tracing_ctx __atel_context.Context, sku SKU, qty int) *Order {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.(*Order).Add")
	__atel_span.SetAttributes(__atel_attrs_Order_Add...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	o.Lines = append(o.Lines, Line{SKU: sku, Qty: qty})
	return o
}

// Units counts every unit in the order.
func (o Order) Units(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.Order.Units")
	__atel_span.SetAttributes(__atel_attrs_Order_Units...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return SumBy(__atel_child_tracing_ctx, o.Lines, func(l Line) int {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "store.Order.Units$1")
		__atel_span.SetAttributes(__atel_attrs_Order_Units_1...)
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		return l.Qty
	})
}

func (o Order) String() string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_context.Background(), "store.Order.String")
	__atel_span.SetAttributes(__atel_attrs_Order_String...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	parts := make([]string, len(o.Lines))
	for i, l := range o.Lines {
		parts[i] = fmt.Sprintf("%dx%s", l.Qty, l.SKU)
	}
	return fmt.Sprintf("#%d %s [%s] %v", o.ID, o.Customer, strings.Join(parts, " "), o.Status)
}

// Repository stores orders.
type Repository interface {
	Save(__atel_tracing_ctx __atel_context.Context, o *Order) error
	Find(__atel_tracing_ctx __atel_context.Context, id int) (*Order, error)
}

// MemoryRepo keeps orders in a map.
type MemoryRepo struct {
	orders map[int]*Order
}

// NewMemoryRepo returns an empty repository.
func NewMemoryRepo(__atel_tracing_ctx __atel_context.Context) *MemoryRepo {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.NewMemoryRepo")
	__atel_span.SetAttributes(__atel_attrs_NewMemoryRepo...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return &MemoryRepo{orders: map[int]*Order{}}
}

func (r *MemoryRepo) Save(__atel_tracing_ctx __atel_context.Context, o *Order) (__atel_err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.(*MemoryRepo).Save")
	__atel_span.SetAttributes(__atel_attrs_MemoryRepo_Save...)
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_err)
	if o.ID <= 0 {
		return fmt.Errorf("save: invalid order id %d", o.ID)
	}
	r.orders[o.ID] = o
	return nil
}

func (r *MemoryRepo) Find(__atel_tracing_ctx __atel_context.Context, id int) (__atel_ret0 *Order, __atel_ret1 error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.(*MemoryRepo).Find")
	__atel_span.SetAttributes(__atel_attrs_MemoryRepo_Find...)
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_ret1)
	o, ok := r.orders[id]
	if !ok {
		return nil, fmt.Errorf("find: no order %d", id)
	}
	return o, nil
}

// IDs lists stored order ids in ascending order.
func (r *MemoryRepo) IDs(__atel_tracing_ctx __atel_context.Context) []int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.(*MemoryRepo).IDs")
	__atel_span.SetAttributes(__atel_attrs_MemoryRepo_IDs...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	ids := make([]int, 0, len(r.orders))
	for id := range r.orders {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	return ids
}

// AuditRepo embeds a MemoryRepo, records every save and inherits Find and IDs.
type AuditRepo struct {
	*MemoryRepo
	Log []string
}

func (a *AuditRepo) Save(__atel_tracing_ctx __atel_context.Context, o *Order) (__atel_err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.(*AuditRepo).Save")
	__atel_span.SetAttributes(__atel_attrs_AuditRepo_Save...)
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_err)
	err := a.MemoryRepo.Save(__atel_child_tracing_ctx, o)
	a.Log = append(a.Log, fmt.Sprintf("save #%d err=%v", o.ID, err))
	return err
}

// ReserveAll reserves every line of o or none of them.
func ReserveAll(__atel_tracing_ctx __atel_context.Context, inv *Inventory, o *Order) (__atel_err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.ReserveAll")
	__atel_span.SetAttributes(__atel_attrs_ReserveAll...)
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_err)
	done := make([]Line, 0, len(o.Lines))
	for _, l := range o.Lines {
		if err := inv.Reserve(__atel_child_tracing_ctx, l.SKU, l.Qty); err != nil {
			for _, d := range done {
				inv.AddProduct(__atel_child_tracing_ctx, mustLookup(__atel_child_tracing_ctx, inv, d.SKU), d.Qty)
			}
			o.Status = Rejected
			return fmt.Errorf("order #%d: %w", o.ID, err)
		}
		done = append(done, l)
	}
	o.Status = Reserved
	return nil
}

func mustLookup(__atel_tracing_ctx __atel_context.Context, inv *Inventory, sku SKU) Product {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.mustLookup")
	__atel_span.SetAttributes(__atel_attrs_mustLookup...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	p, ok := inv.Lookup(sku)
	if !ok {
		panic("mustLookup: " + string(sku))
	}
	return p
}

var __atel_attrs_NewOrder = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "NewOrder"), __atel_attribute.String("code.namespace", "example.com/mixed-large/store"), __atel_attribute.String("code.filepath", "example.com/mixed-large/store/order.go"), __atel_attribute.Int("code.lineno", 37)}

var __atel_attrs_Order_Add = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Add"), __atel_attribute.String("code.namespace", "example.com/mixed-large/store.(*Order)"), __atel_attribute.String("code.filepath", "example.com/mixed-large/store/order.go"), __atel_attribute.Int("code.lineno", 42)}

var __atel_attrs_Order_Units = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Units"), __atel_attribute.String("code.namespace", "example.com/mixed-large/store.Order"), __atel_attribute.String("code.filepath", "example.com/mixed-large/store/order.go"), __atel_attribute.Int("code.lineno", 48)}

var __atel_attrs_Order_String = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "String"), __atel_attribute.String("code.namespace", "example.com/mixed-large/store.Order"), __atel_attribute.String("code.filepath", "example.com/mixed-large/store/order.go"), __atel_attribute.Int("code.lineno", 52)}

var __atel_attrs_NewMemoryRepo = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "NewMemoryRepo"), __atel_attribute.String("code.namespace", "example.com/mixed-large/store"), __atel_attribute.String("code.filepath", "example.com/mixed-large/store/order.go"), __atel_attribute.Int("code.lineno", 72)}

var __atel_attrs_MemoryRepo_Save = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Save"), __atel_attribute.String("code.namespace", "example.com/mixed-large/store.(*MemoryRepo)"), __atel_attribute.String("code.filepath", "example.com/mixed-large/store/order.go"), __atel_attribute.Int("code.lineno", 76)}

var __atel_attrs_MemoryRepo_Find = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Find"), __atel_attribute.String("code.namespace", "example.com/mixed-large/store.(*MemoryRepo)"), __atel_attribute.String("code.filepath", "example.com/mixed-large/store/order.go"), __atel_attribute.Int("code.lineno", 84)}

var __atel_attrs_MemoryRepo_IDs = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "IDs"), __atel_attribute.String("code.namespace", "example.com/mixed-large/store.(*MemoryRepo)"), __atel_attribute.String("code.filepath", "example.com/mixed-large/store/order.go"), __atel_attribute.Int("code.lineno", 93)}

var __atel_attrs_AuditRepo_Save = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Save"), __atel_attribute.String("code.namespace", "example.com/mixed-large/store.(*AuditRepo)"), __atel_attribute.String("code.filepath", "example.com/mixed-large/store/order.go"), __atel_attribute.Int("code.lineno", 108)}

var __atel_attrs_ReserveAll = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "ReserveAll"), __atel_attribute.String("code.namespace", "example.com/mixed-large/store"), __atel_attribute.String("code.filepath", "example.com/mixed-large/store/order.go"), __atel_attribute.Int("code.lineno", 115)}

var __atel_attrs_mustLookup = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "mustLookup"), __atel_attribute.String("code.namespace", "example.com/mixed-large/store"), __atel_attribute.String("code.filepath", "example.com/mixed-large/store/order.go"), __atel_attribute.Int("code.lineno", 131)}

var __atel_attrs_Order_Units_1 = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Units$1"), __atel_attribute.String("code.namespace", "example.com/mixed-large/store.Order"), __atel_attribute.String("code.filepath", "example.com/mixed-large/store/order.go"), __atel_attribute.Int("code.lineno", 49)}
