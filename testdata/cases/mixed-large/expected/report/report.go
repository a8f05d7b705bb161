// Package report renders quotes as text.
package report

import (
	"fmt"
	"sort"
	"strings"

	"example.com/mixed-large/pricing"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

// Formatter renders headers and rows.
type Formatter interface {
	Header(__atel_tracing_ctx __atel_context.Context, title string) string
	Row(__atel_tracing_ctx __atel_context.Context, cols ...string) string
}

// Plain renders aligned plain text.
type Plain struct{ Width int }

func (p Plain) Header(__atel_tracing_ctx __atel_context.Context, title string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "report.Plain.Header")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return title + "\n" + strings.Repeat("-", len(title))
}

func (p Plain) Row(__atel_tracing_ctx __atel_context.Context, cols ...string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "report.Plain.Row")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	var b strings.Builder
	for _, c := range cols {
		fmt.Fprintf(&b, "%-*s", p.Width, c)
	}
	return strings.TrimRight(b.String(), " ")
}

// Markdown renders a Markdown table.
type Markdown struct{ rows int }

func (m *Markdown) Header(__atel_tracing_ctx __atel_context.Context, title string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "report.(*Markdown).Header")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	m.rows = 0
	return "## " + title
}

func (m *Markdown) Row(__atel_tracing_ctx __atel_context.Context, cols ...string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "report.(*Markdown).Row")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	m.rows++
	return "| " + strings.Join(cols, " | ") + " |"
}

// Render writes one row per quote line, ordered by quote total, largest first.
func Render(__atel_tracing_ctx __atel_context.Context, f Formatter, title string, quotes []pricing.Quote) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "report.Render")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	sorted := append([]pricing.Quote(nil), quotes...)
	sort.SliceStable(sorted, func(i, j int) bool {
		__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_child_tracing_ctx, "report.Render$1")
		_ = __atel_child_tracing_ctx
		defer __atel_span.End() //instrgen:oneline
		return sorted[i].Total > sorted[j].Total
	})
	lines := []string{f.Header(__atel_child_tracing_ctx, title)}
	for _, q := range sorted {
		lines = append(lines, f.Row(__atel_child_tracing_ctx, fmt.Sprintf("#%d", q.OrderID), q.Customer, pricing.AtelTwinOf__Money__String(q.Total, __atel_child_tracing_ctx)))
		for _, lp := range q.Lines {
			lines = append(lines, f.Row(__atel_child_tracing_ctx, "", lp.Product.Name, fmt.Sprintf("x%d", lp.Qty), pricing.AtelTwinOf__Money__String(lp.Total, __atel_child_tracing_ctx), strings.Join(lp.Notes, "; ")))
		}
	}
	return strings.Join(lines, "\n")
}

// Totals sums quote totals per customer and returns "customer=total" sorted by customer.
func Totals(__atel_tracing_ctx __atel_context.Context, quotes []pricing.Quote) []string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "report.Totals")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
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
		out[i] = n + "=" + pricing.AtelTwinOf__Money__String(per[n], __atel_child_tracing_ctx)
	}
	return out
}

var __atel_tracer = __atel_otel.Tracer("example.com/mixed-large/report")

var __atel_code_Plain_Header = __atel_rtlib.Code("example.com/mixed-large/report", "report.Plain.Header", "Header", "example.com/mixed-large/report.Plain", "example.com/mixed-large/report/report.go", 21)

var __atel_code_Plain_Row = __atel_rtlib.Code("example.com/mixed-large/report", "report.Plain.Row", "Row", "example.com/mixed-large/report.Plain", "example.com/mixed-large/report/report.go", 25)

var __atel_code_Markdown_Header = __atel_rtlib.Code("example.com/mixed-large/report", "report.(*Markdown).Header", "Header", "example.com/mixed-large/report.(*Markdown)", "example.com/mixed-large/report/report.go", 36)

var __atel_code_Markdown_Row = __atel_rtlib.Code("example.com/mixed-large/report", "report.(*Markdown).Row", "Row", "example.com/mixed-large/report.(*Markdown)", "example.com/mixed-large/report/report.go", 41)

var __atel_code_Render = __atel_rtlib.Code("example.com/mixed-large/report", "report.Render", "Render", "example.com/mixed-large/report", "example.com/mixed-large/report/report.go", 47)

var __atel_code_Totals = __atel_rtlib.Code("example.com/mixed-large/report", "report.Totals", "Totals", "example.com/mixed-large/report", "example.com/mixed-large/report/report.go", 61)

var __atel_code_Render_1 = __atel_rtlib.Code("example.com/mixed-large/report", "report.Render$1", "Render$1", "example.com/mixed-large/report", "example.com/mixed-large/report/report.go", 49)
