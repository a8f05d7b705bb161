// A report generator: a text/template renders a page, walking its exported Items and calling their Label method,
// while the page's unexported cache field is out of the template's reach; a helper tells nil pointers apart with
// reflect (Kind and IsNil only, which call no method); a dumper calls Describe by name through reflect. Label and
// Describe keep their signatures; the cache's Lookup and the counter's Add gain the context.
package main

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"text/template"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

type item struct {
	Name string
	Qty  int
}

func (i item) Label() string {
	return i.__atel_twin_Label(__atel_context.Background())
}

func (i item) __atel_twin_Label(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "main.item.Label")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return fmt.Sprintf("%s x%d", i.Name, i.Qty)
}

type cache struct {
	hits map[string]int
}

func (c *cache) Lookup(__atel_tracing_ctx __atel_context.Context, k string) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*cache).Lookup")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	c.hits[k]++
	return c.hits[k]
}

type page struct {
	Title string
	Items []item
	cache *cache
}

type node struct {
	kind string
}

func (n node) Describe() string {
	return n.__atel_twin_Describe(__atel_context.Background())
}

func (n node) __atel_twin_Describe(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "main.node.Describe")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return "node " + n.kind
}

type counter struct {
	n int
}

func (c *counter) Add(__atel_tracing_ctx __atel_context.Context, d int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*counter).Add")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	c.n += d
	return c.n
}

// isNilPtr only inspects what reflect.ValueOf returns: no method of x can be called through it.
func isNilPtr(__atel_tracing_ctx __atel_context.Context, x interface{}) bool {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.isNilPtr")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
	v := reflect.ValueOf(x)
	return v.Kind() == reflect.Ptr && v.IsNil()
}

func describeByName(__atel_tracing_ctx __atel_context.Context, n node) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.describeByName")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
	out := reflect.ValueOf(n).MethodByName("Describe").Call(nil)
	return out[0].String()
}

var tmpl = template.Must(template.New("page").Parse("{{.Title}}\n{{range .Items}}- {{.Label}}\n{{end}}"))

func render(__atel_tracing_ctx __atel_context.Context, p *page) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.render")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
	var b strings.Builder
	if err := tmpl.Execute(&b, p); err != nil {
		fmt.Fprintln(os.Stderr, err)
		__atel_rtlib.EndAll()
		os.Exit(1)
	}
	return b.String()
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
	c := &cache{hits: map[string]int{}}
	p := &page{Title: "Groceries", Items: []item{{"apple", 3}, {"pear", 1}}, cache: c}
	fmt.Print(render(__atel_child_tracing_ctx, p))
	fmt.Println(p.cache.Lookup(__atel_child_tracing_ctx, "apple"), c.Lookup(__atel_child_tracing_ctx, "apple"))
	var cnt *counter
	fmt.Println(isNilPtr(__atel_child_tracing_ctx, cnt), isNilPtr(__atel_child_tracing_ctx, p))
	cnt = &counter{}
	fmt.Println(cnt.Add(__atel_child_tracing_ctx, 2), cnt.Add(__atel_child_tracing_ctx, 3))
	fmt.Println(describeByName(__atel_child_tracing_ctx, node{"leaf"}))
	fmt.Println(p.Items[0].__atel_twin_Label(__atel_child_tracing_ctx), node{"root"}.__atel_twin_Describe(__atel_child_tracing_ctx))
}

var __atel_tracer = __atel_otel.Tracer("example.com/reflection-inspected")

var __atel_code_item_Label = __atel_rtlib.Code("example.com/reflection-inspected", "main.item.Label", "Label", "example.com/reflection-inspected.item", "example.com/reflection-inspected/main.go", 22)

var __atel_code_cache_Lookup = __atel_rtlib.Code("example.com/reflection-inspected", "main.(*cache).Lookup", "Lookup", "example.com/reflection-inspected.(*cache)", "example.com/reflection-inspected/main.go", 30)

var __atel_code_node_Describe = __atel_rtlib.Code("example.com/reflection-inspected", "main.node.Describe", "Describe", "example.com/reflection-inspected.node", "example.com/reflection-inspected/main.go", 45)

var __atel_code_counter_Add = __atel_rtlib.Code("example.com/reflection-inspected", "main.(*counter).Add", "Add", "example.com/reflection-inspected.(*counter)", "example.com/reflection-inspected/main.go", 53)

var __atel_code_isNilPtr = __atel_rtlib.Code("example.com/reflection-inspected", "main.isNilPtr", "isNilPtr", "example.com/reflection-inspected", "example.com/reflection-inspected/main.go", 59)

var __atel_code_describeByName = __atel_rtlib.Code("example.com/reflection-inspected", "main.describeByName", "describeByName", "example.com/reflection-inspected", "example.com/reflection-inspected/main.go", 64)

var __atel_code_render = __atel_rtlib.Code("example.com/reflection-inspected", "main.render", "render", "example.com/reflection-inspected", "example.com/reflection-inspected/main.go", 71)

var __atel_code_main = __atel_rtlib.Code("example.com/reflection-inspected", "main.main", "main", "example.com/reflection-inspected", "example.com/reflection-inspected/main.go", 80)
