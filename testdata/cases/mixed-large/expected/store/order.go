package store

import (
	"fmt"
	"sort"
	"strings"
)

import (
	__atel_context "context"
	__atel_rtlib "instrgen.dev/rtlib"
)

// Status is the life-cycle state of an order.
type Status int

const (
	Open Status = iota
	Reserved
	Rejected
)

func (s Status) String() string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "store.Status.String")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
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
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return &Order{ID: id, Customer: customer}
}

// Add appends a line and returns the order so that calls chain.
func (o *Order) Add(__atel_tracing_ctx __atel_context.Context, sku SKU, qty int) *Order {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.(*Order).Add")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	o.Lines = append(o.Lines, Line{SKU: sku, Qty: qty})
	return o
}

// Units counts every unit in the order.
func (o Order) Units(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.Order.Units")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return SumBy(__atel_child_tracing_ctx, o.Lines, func(l Line) int {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "store.Order.Units$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		return l.Qty
	})
}

func (o Order) String() string {
	return o.__atel_twin_String(__atel_context.Background())
}

func AtelTwinOf__Order__String(o Order, __atel_tracing_ctx __atel_context.Context) string {
	return o.__atel_twin_String(__atel_tracing_ctx)
}

func (o Order) __atel_twin_String(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "store.Order.String")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
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
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return &MemoryRepo{orders: map[int]*Order{}}
}

func (r *MemoryRepo) Save(__atel_tracing_ctx __atel_context.Context, o *Order) (__atel_err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.(*MemoryRepo).Save")
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
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_end(__atel_span, &__atel_err)
	err := a.MemoryRepo.Save(__atel_child_tracing_ctx, o)
	a.Log = append(a.Log, fmt.Sprintf("save #%d err=%v", o.ID, err))
	return err
}

// ReserveAll reserves every line of o or none of them.
func ReserveAll(__atel_tracing_ctx __atel_context.Context, inv *Inventory, o *Order) (__atel_err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "store.ReserveAll")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
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
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	p, ok := inv.__atel_twin_Lookup(__atel_child_tracing_ctx, sku)
	if !ok {
		panic("mustLookup: " + string(sku))
	}
	return p
}

var __atel_code_Status_String = __atel_rtlib.Code("example.com/mixed-large/store", "store.Status.String", "String", "example.com/mixed-large/store.Status", "example.com/mixed-large/store/order.go", 18)

var __atel_code_NewOrder = __atel_rtlib.Code("example.com/mixed-large/store", "store.NewOrder", "NewOrder", "example.com/mixed-large/store", "example.com/mixed-large/store/order.go", 37)

var __atel_code_Order_Add = __atel_rtlib.Code("example.com/mixed-large/store", "store.(*Order).Add", "Add", "example.com/mixed-large/store.(*Order)", "example.com/mixed-large/store/order.go", 42)

var __atel_code_Order_Units = __atel_rtlib.Code("example.com/mixed-large/store", "store.Order.Units", "Units", "example.com/mixed-large/store.Order", "example.com/mixed-large/store/order.go", 48)

var __atel_code_Order_String = __atel_rtlib.Code("example.com/mixed-large/store", "store.Order.String", "String", "example.com/mixed-large/store.Order", "example.com/mixed-large/store/order.go", 52)

var __atel_code_NewMemoryRepo = __atel_rtlib.Code("example.com/mixed-large/store", "store.NewMemoryRepo", "NewMemoryRepo", "example.com/mixed-large/store", "example.com/mixed-large/store/order.go", 72)

var __atel_code_MemoryRepo_Save = __atel_rtlib.Code("example.com/mixed-large/store", "store.(*MemoryRepo).Save", "Save", "example.com/mixed-large/store.(*MemoryRepo)", "example.com/mixed-large/store/order.go", 76)

var __atel_code_MemoryRepo_Find = __atel_rtlib.Code("example.com/mixed-large/store", "store.(*MemoryRepo).Find", "Find", "example.com/mixed-large/store.(*MemoryRepo)", "example.com/mixed-large/store/order.go", 84)

var __atel_code_MemoryRepo_IDs = __atel_rtlib.Code("example.com/mixed-large/store", "store.(*MemoryRepo).IDs", "IDs", "example.com/mixed-large/store.(*MemoryRepo)", "example.com/mixed-large/store/order.go", 93)

var __atel_code_AuditRepo_Save = __atel_rtlib.Code("example.com/mixed-large/store", "store.(*AuditRepo).Save", "Save", "example.com/mixed-large/store.(*AuditRepo)", "example.com/mixed-large/store/order.go", 108)

var __atel_code_ReserveAll = __atel_rtlib.Code("example.com/mixed-large/store", "store.ReserveAll", "ReserveAll", "example.com/mixed-large/store", "example.com/mixed-large/store/order.go", 115)

var __atel_code_mustLookup = __atel_rtlib.Code("example.com/mixed-large/store", "store.mustLookup", "mustLookup", "example.com/mixed-large/store", "example.com/mixed-large/store/order.go", 131)

var __atel_code_Order_Units_1 = __atel_rtlib.Code("example.com/mixed-large/store", "store.Order.Units$1", "Units$1", "example.com/mixed-large/store.Order", "example.com/mixed-large/store/order.go", 49)
