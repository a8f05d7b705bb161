package main

import (
	"fmt"
	"sort"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

type Item struct {
	Name  string
	Qty   int
	Price float64
}

func (i Item) Total(__atel_tracing_ctx __atel_context.Context) float64 {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Item.Total")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return float64(i.Qty) * i.Price
}

func (i *Item) Restock(__atel_tracing_ctx __atel_context.Context, n int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*Item).Restock")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	i.Qty += n
}

type Box struct {
	Label string
	Items []Item
}

func (b *Box) Weight(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*Box).Weight")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	w := 0
	for _, it := range b.Items {
		w += it.Qty
	}
	return w
}

type Score int

func (s Score) Grade(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Score.Grade")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	switch {
	case s >= 90:
		return "A"
	case s >= 75:
		return "B"
	}
	return "C"
}

type Event struct {
	ID   int
	Kind string
}

func (e Event) Describe(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.Event.Describe")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return fmt.Sprintf("event %d (%s)", e.ID, e.Kind)
}

func inventory(__atel_tracing_ctx __atel_context.Context) []Item {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.inventory")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return []Item{{"bolt", 10, 0.25}, {"nut", 4, 0.1}, {"gear", 2, 3.5}}
}

func produce(__atel_tracing_ctx __atel_context.Context, n int) <-chan Event {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.produce")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	ch := make(chan Event, n)
	kinds := []string{"create", "update", "delete"}
	for i := 0; i < n; i++ {
		ch <- Event{ID: i + 1, Kind: kinds[i%len(kinds)]}
	}
	close(ch)
	return ch
}

func main() {
	__atel_ts := rtlib.NewTracingState()
	defer rtlib.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	rtlib.AutotelEntryPoint()
	items := inventory(__atel_child_tracing_ctx)
	for i := range items {
		items[i].Restock(__atel_child_tracing_ctx, 1)
	}
	for _, it := range items {
		fmt.Printf("%s x%d = %.2f\n", it.Name, it.Qty, it.Total(__atel_child_tracing_ctx))
	}

	boxes := [2]*Box{{Label: "small", Items: items[:1]}, {Label: "large", Items: items}}
	for i, b := range boxes {
		fmt.Println("box", i, b.Label, "weight", b.Weight(__atel_child_tracing_ctx))
	}

	scores := map[string]Score{"ann": 93, "bob": 80, "cid": 61, "dee": 75}
	var lines []string
	for name, s := range scores {
		lines = append(lines, name+"="+s.Grade(__atel_child_tracing_ctx))
	}
	sort.Strings(lines)
	fmt.Println("grades:", lines)

	for e := range produce(__atel_child_tracing_ctx, 4) {
		fmt.Println(e.Describe(__atel_child_tracing_ctx))
	}
}

var __atel_tracer = __atel_otel.Tracer("example.com/range-known-types")

var __atel_code_Item_Total = __atel_rtlib.Code("example.com/range-known-types", "main.Item.Total", "Total", "example.com/range-known-types.Item", "example.com/range-known-types/main.go", 16)

var __atel_code_Item_Restock = __atel_rtlib.Code("example.com/range-known-types", "main.(*Item).Restock", "Restock", "example.com/range-known-types.(*Item)", "example.com/range-known-types/main.go", 18)

var __atel_code_Box_Weight = __atel_rtlib.Code("example.com/range-known-types", "main.(*Box).Weight", "Weight", "example.com/range-known-types.(*Box)", "example.com/range-known-types/main.go", 25)

var __atel_code_Score_Grade = __atel_rtlib.Code("example.com/range-known-types", "main.Score.Grade", "Grade", "example.com/range-known-types.Score", "example.com/range-known-types/main.go", 35)

var __atel_code_Event_Describe = __atel_rtlib.Code("example.com/range-known-types", "main.Event.Describe", "Describe", "example.com/range-known-types.Event", "example.com/range-known-types/main.go", 50)

var __atel_code_inventory = __atel_rtlib.Code("example.com/range-known-types", "main.inventory", "inventory", "example.com/range-known-types", "example.com/range-known-types/main.go", 52)

var __atel_code_produce = __atel_rtlib.Code("example.com/range-known-types", "main.produce", "produce", "example.com/range-known-types", "example.com/range-known-types/main.go", 56)

var __atel_code_main = __atel_rtlib.Code("example.com/range-known-types", "main.main", "main", "example.com/range-known-types", "example.com/range-known-types/main.go", 66)
