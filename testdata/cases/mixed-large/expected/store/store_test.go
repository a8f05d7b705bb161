package store

import (
	"errors"
	"testing"
)

import __atel_context "context"

func testInventory() *Inventory {
	inv := NewInventory(__atel_context.TODO())
	inv.AddProduct(__atel_context.TODO(), Product{SKU: "A", Name: "apple", Category: Food, UnitCents: 50}, 3)
	inv.AddProduct(__atel_context.TODO(), Product{SKU: "B", Name: "bolt", Category: Hardware, UnitCents: 20}, 1)
	return inv
}

func TestReserveErrors(t *testing.T) {
	inv := testInventory()
	if err := inv.Reserve(__atel_context.TODO(), "A", 2); err != nil {
		t.Fatalf("Reserve A: %v", err)
	}
	var oos *OutOfStockError
	if err := inv.Reserve(__atel_context.TODO(), "A", 2); !errors.As(err, &oos) || oos.Have != 1 {
		t.Fatalf("want OutOfStockError with Have=1, got %v", err)
	}
	if err := inv.Reserve(__atel_context.TODO(), "Z", 1); !errors.Is(err, ErrUnknownSKU) {
		t.Fatalf("want ErrUnknownSKU, got %v", err)
	}
}

func TestReserveAllRollsBack(t *testing.T) {
	inv := testInventory()
	o := NewOrder(__atel_context.TODO(), 1, "t").Add(__atel_context.TODO(), "A", 2).Add(__atel_context.TODO(), "B", 5)
	if err := ReserveAll(__atel_context.TODO(), inv, o); err == nil {
		t.Fatal("want an error")
	}
	if got := inv.Available(__atel_context.TODO(), "A"); got != 3 {
		t.Fatalf("A not rolled back: %d", got)
	}
	if o.Status != Rejected || o.Units(__atel_context.TODO()) != 7 {
		t.Fatalf("order = %v units=%d", o, o.Units(__atel_context.TODO()))
	}
}

func TestGenerics(t *testing.T) {
	s := NewSet(__atel_context.TODO(), "x", "y", "x")
	if !s.Add(__atel_context.TODO(), "z") || s.Add(__atel_context.TODO(), "y") || len(s.Items(__atel_context.TODO())) != 3 {
		t.Fatalf("set items = %v", s.Items(__atel_context.TODO()))
	}
	even := Filter(__atel_context.TODO(), []int{1, 2, 3, 4}, func(n int) bool { return n%2 == 0 })
	if len(even) != 2 || SumBy(__atel_context.TODO(), even, func(n int) float64 { return float64(n) / 2 }) != 3 {
		t.Fatalf("even = %v", even)
	}
}

func TestAuditRepo(t *testing.T) {
	var r Repository = &AuditRepo{MemoryRepo: NewMemoryRepo(__atel_context.TODO())}
	if err := r.Save(__atel_context.TODO(), &Order{ID: 0}); err == nil {
		t.Fatal("want error for id 0")
	}
	if err := r.Save(__atel_context.TODO(), &Order{ID: 4}); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Find(__atel_context.TODO(), 4); err != nil {
		t.Fatal(err)
	}
	if got := len(r.(*AuditRepo).Log); got != 2 {
		t.Fatalf("log entries = %d", got)
	}
}
