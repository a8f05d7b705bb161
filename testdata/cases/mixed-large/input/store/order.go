package store

import (
	"fmt"
	"sort"
	"strings"
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
func NewOrder(id int, customer string) *Order {
	return &Order{ID: id, Customer: customer}
}

// Add appends a line and returns the order so that calls chain.
func (o *Order) Add(sku SKU, qty int) *Order {
	o.Lines = append(o.Lines, Line{SKU: sku, Qty: qty})
	return o
}

// Units counts every unit in the order.
func (o Order) Units() int {
	return SumBy(o.Lines, func(l Line) int { return l.Qty })
}

func (o Order) String() string {
	parts := make([]string, len(o.Lines))
	for i, l := range o.Lines {
		parts[i] = fmt.Sprintf("%dx%s", l.Qty, l.SKU)
	}
	return fmt.Sprintf("#%d %s [%s] %v", o.ID, o.Customer, strings.Join(parts, " "), o.Status)
}

// Repository stores orders.
type Repository interface {
	Save(o *Order) error
	Find(id int) (*Order, error)
}

// MemoryRepo keeps orders in a map.
type MemoryRepo struct {
	orders map[int]*Order
}

// NewMemoryRepo returns an empty repository.
func NewMemoryRepo() *MemoryRepo {
	return &MemoryRepo{orders: map[int]*Order{}}
}

func (r *MemoryRepo) Save(o *Order) error {
	if o.ID <= 0 {
		return fmt.Errorf("save: invalid order id %d", o.ID)
	}
	r.orders[o.ID] = o
	return nil
}

func (r *MemoryRepo) Find(id int) (*Order, error) {
	o, ok := r.orders[id]
	if !ok {
		return nil, fmt.Errorf("find: no order %d", id)
	}
	return o, nil
}

// IDs lists stored order ids in ascending order.
func (r *MemoryRepo) IDs() []int {
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

func (a *AuditRepo) Save(o *Order) error {
	err := a.MemoryRepo.Save(o)
	a.Log = append(a.Log, fmt.Sprintf("save #%d err=%v", o.ID, err))
	return err
}

// ReserveAll reserves every line of o or none of them.
func ReserveAll(inv *Inventory, o *Order) error {
	done := make([]Line, 0, len(o.Lines))
	for _, l := range o.Lines {
		if err := inv.Reserve(l.SKU, l.Qty); err != nil {
			for _, d := range done {
				inv.AddProduct(mustLookup(inv, d.SKU), d.Qty)
			}
			o.Status = Rejected
			return fmt.Errorf("order #%d: %w", o.ID, err)
		}
		done = append(done, l)
	}
	o.Status = Reserved
	return nil
}

func mustLookup(inv *Inventory, sku SKU) Product {
	p, ok := inv.Lookup(sku)
	if !ok {
		panic("mustLookup: " + string(sku))
	}
	return p
}
