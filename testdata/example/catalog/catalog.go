// Package catalog knows unit prices and the discount rules applied to them.
package catalog

import (
	"errors"
	"fmt"
)

// ErrUnknown is returned for items the catalog does not sell.
var ErrUnknown = errors.New("unknown item")

// Cents is an amount of money; it prints as dollars.
type Cents int

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

// Rule discounts a line of an order.
type Rule interface {
	Apply(unit Cents, qty int) Cents
}

type bulk struct{ min, percent int }

func (b bulk) Apply(unit Cents, qty int) Cents {
	total := unit * Cents(qty)
	if qty >= b.min {
		total -= total * Cents(b.percent) / 100
	}
	return total
}

type none struct{}

func (none) Apply(unit Cents, qty int) Cents { return unit * Cents(qty) }

// Catalog holds unit prices and the rule for each item.
type Catalog struct {
	prices map[string]Cents
	rules  map[string]Rule
}

func New() *Catalog {
	return &Catalog{
		prices: map[string]Cents{"apple": 40, "pear": 55, "plum": 30, "fig": 120},
		rules:  map[string]Rule{"plum": bulk{min: 5, percent: 20}},
	}
}

// Price is the price of qty units of an item, after its rule; an item the catalog does not sell is an error.
func (c *Catalog) Price(item string, qty int) (Cents, error) {
	unit, ok := c.prices[item]
	if !ok {
		return 0, fmt.Errorf("%w: %s", ErrUnknown, item)
	}
	return c.rule(item).Apply(unit, qty), nil
}

func (c *Catalog) rule(item string) Rule {
	if r, ok := c.rules[item]; ok {
		return r
	}
	return none{}
}
