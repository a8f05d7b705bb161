package store

import (
	"errors"
	"testing"
)

func testInventory() *Inventory {
	inv := NewInventory()
	inv.AddProduct(Product{SKU: "A", Name: "apple", Category: Food, UnitCents: 50}, 3)
	inv.AddProduct(Product{SKU: "B", Name: "bolt", Category: Hardware, UnitCents: 20}, 1)
	return inv
}

func TestReserveErrors(t *testing.T) {
	inv := testInventory()
	if err := inv.Reserve("A", 2); err != nil {
		t.Fatalf("Reserve A: %v", err)
	}
	var oos *OutOfStockError
	if err := inv.Reserve("A", 2); !errors.As(err, &oos) || oos.Have != 1 {
		t.Fatalf("want OutOfStockError with Have=1, got %v", err)
	}
	if err := inv.Reserve("Z", 1); !errors.Is(err, ErrUnknownSKU) {
		t.Fatalf("want ErrUnknownSKU, got %v", err)
	}
}

func TestReserveAllRollsBack(t *testing.T) {
	inv := testInventory()
	o := NewOrder(1, "t").Add("A", 2).Add("B", 5)
	if err := ReserveAll(inv, o); err == nil {
		t.Fatal("want an error")
	}
	if got := inv.Available("A"); got != 3 {
		t.Fatalf("A not rolled back: %d", got)
	}
	if o.Status != Rejected || o.Units() != 7 {
		t.Fatalf("order = %v units=%d", o, o.Units())
	}
}

func TestGenerics(t *testing.T) {
	s := NewSet("x", "y", "x")
	if !s.Add("z") || s.Add("y") || len(s.Items()) != 3 {
		t.Fatalf("set items = %v", s.Items())
	}
	even := Filter([]int{1, 2, 3, 4}, func(n int) bool { return n%2 == 0 })
	if len(even) != 2 || SumBy(even, func(n int) float64 { return float64(n) / 2 }) != 3 {
		t.Fatalf("even = %v", even)
	}
}

func TestAuditRepo(t *testing.T) {
	var r Repository = &AuditRepo{MemoryRepo: NewMemoryRepo()}
	if err := r.Save(&Order{ID: 0}); err == nil {
		t.Fatal("want error for id 0")
	}
	if err := r.Save(&Order{ID: 4}); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Find(4); err != nil {
		t.Fatal(err)
	}
	if got := len(r.(*AuditRepo).Log); got != 2 {
		t.Fatalf("log entries = %d", got)
	}
}
