// Package report renders quotes as text.
package report

import (
	"fmt"
	"sort"
	"strings"

	"example.com/mixed-large/pricing"
)

// Formatter renders headers and rows.
type Formatter interface {
	Header(title string) string
	Row(cols ...string) string
}

// Plain renders aligned plain text.
type Plain struct{ Width int }

func (p Plain) Header(title string) string {
	return title + "\n" + strings.Repeat("-", len(title))
}

func (p Plain) Row(cols ...string) string {
	var b strings.Builder
	for _, c := range cols {
		fmt.Fprintf(&b, "%-*s", p.Width, c)
	}
	return strings.TrimRight(b.String(), " ")
}

// Markdown renders a Markdown table.
type Markdown struct{ rows int }

func (m *Markdown) Header(title string) string {
	m.rows = 0
	return "## " + title
}

func (m *Markdown) Row(cols ...string) string {
	m.rows++
	return "| " + strings.Join(cols, " | ") + " |"
}

// Render writes one row per quote line, ordered by quote total, largest first.
func Render(f Formatter, title string, quotes []pricing.Quote) string {
	sorted := append([]pricing.Quote(nil), quotes...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Total > sorted[j].Total })
	lines := []string{f.Header(title)}
	for _, q := range sorted {
		lines = append(lines, f.Row(fmt.Sprintf("#%d", q.OrderID), q.Customer, q.Total.String()))
		for _, lp := range q.Lines {
			lines = append(lines, f.Row("", lp.Product.Name, fmt.Sprintf("x%d", lp.Qty), lp.Total.String(), strings.Join(lp.Notes, "; ")))
		}
	}
	return strings.Join(lines, "\n")
}

// Totals sums quote totals per customer and returns "customer=total" sorted by customer.
func Totals(quotes []pricing.Quote) []string {
	per := map[string]pricing.Money{}
	for _, q := range quotes {
		per[q.Customer] += q.Total
	}
	names := make([]string, 0, len(per))
	for n := range per {
		names = append(names, n)
	}
	sort.Strings(names)
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = n + "=" + per[n].String()
	}
	return out
}
