package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_codes "go.opentelemetry.io/otel/codes"
	__atel_trace "go.opentelemetry.io/otel/trace"
	__atel_rtlib "instrgen.dev/rtlib"
)

// item's exported methods are called by text/template, by name: they keep their signatures. Label is reached
// from no root (it gets no span); Price is also called directly, so it has a span and a twin.
type item struct {
	name  string
	cents int
}

func (i item) Label() string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.item.Label")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return title(__atel_child_tracing_ctx, i.name)
}

func (i item) Price() string {
	return i.__atel_twin_Price(__atel_context.Background())
}

func (i item) __atel_twin_Price(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "main.item.Price")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return money(__atel_child_tracing_ctx, i.cents)
}

func title(__atel_tracing_ctx __atel_context.Context, s string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.title")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return strings.ToUpper(s[:1]) + s[1:]
}

func money(__atel_tracing_ctx __atel_context.Context, c int) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.money")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return fmt.Sprintf("%d.%02d", c/100, c%100)
}

var page = template.Must(template.New("page").Parse("{{range .}}{{.Label}}: {{.Price}}\n{{end}}"))

// render hands the items to the template, which calls their methods below it: it lends its span.
func render(__atel_tracing_ctx __atel_context.Context, items []item) (__atel_err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.render")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_end(__atel_span, &__atel_err)
	return page.Execute(os.Stdout, items)
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
	items := []item{{"tea", 250}, {"cake", 1075}}
	fmt.Println("first:", title(__atel_child_tracing_ctx, items[0].name), items[0].__atel_twin_Price(__atel_child_tracing_ctx))
	if err := render(__atel_child_tracing_ctx, items); err != nil {
		fmt.Println(err)
	}
}

var __atel_tracer = __atel_otel.Tracer("example.com/handoff-template-methods")

var __atel_code_item_Label = __atel_rtlib.Code("example.com/handoff-template-methods", "main.item.Label", "Label", "example.com/handoff-template-methods.item", "example.com/handoff-template-methods/main.go", 19)

var __atel_code_item_Price = __atel_rtlib.Code("example.com/handoff-template-methods", "main.item.Price", "Price", "example.com/handoff-template-methods.item", "example.com/handoff-template-methods/main.go", 21)

var __atel_code_title = __atel_rtlib.Code("example.com/handoff-template-methods", "main.title", "title", "example.com/handoff-template-methods", "example.com/handoff-template-methods/main.go", 23)

var __atel_code_money = __atel_rtlib.Code("example.com/handoff-template-methods", "main.money", "money", "example.com/handoff-template-methods", "example.com/handoff-template-methods/main.go", 25)

var __atel_code_render = __atel_rtlib.Code("example.com/handoff-template-methods", "main.render", "render", "example.com/handoff-template-methods", "example.com/handoff-template-methods/main.go", 30)

var __atel_code_main = __atel_rtlib.Code("example.com/handoff-template-methods", "main.main", "main", "example.com/handoff-template-methods", "example.com/handoff-template-methods/main.go", 34)

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
