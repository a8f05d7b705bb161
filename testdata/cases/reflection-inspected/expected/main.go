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
	__atel_attribute "go.opentelemetry.io/otel/attribute"
	__atel_rtlib "instrgen.dev/rtlib"
)

type item struct {
	Name string
	Qty  int
}

func (i item) Label() string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_context.Background(), "main.item.Label")
	__atel_span.SetAttributes(__atel_attrs_item_Label...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return fmt.Sprintf("%s x%d", i.Name, i.Qty)
}

type cache struct {
	hits map[string]int
}

func (c *cache) Lookup(__atel_tracing_ctx __atel_context.Context, k string) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*cache).Lookup")
	__atel_span.SetAttributes(__atel_attrs_cache_Lookup...)
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
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_context.Background(), "main.node.Describe")
	__atel_span.SetAttributes(__atel_attrs_node_Describe...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	return "node " + n.kind
}

type counter struct {
	n int
}

func (c *counter) Add(__atel_tracing_ctx __atel_context.Context, d int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*counter).Add")
	__atel_span.SetAttributes(__atel_attrs_counter_Add...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	c.n += d
	return c.n
}

// isNilPtr only inspects what reflect.ValueOf returns: no method of x can be called through it.
func isNilPtr(__atel_tracing_ctx __atel_context.Context, x interface{}) bool {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.isNilPtr")
	__atel_span.SetAttributes(__atel_attrs_isNilPtr...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	v := reflect.ValueOf(x)
	return v.Kind() == reflect.Ptr && v.IsNil()
}

func describeByName(__atel_tracing_ctx __atel_context.Context, n node) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.describeByName")
	__atel_span.SetAttributes(__atel_attrs_describeByName...)
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	out := reflect.ValueOf(n).MethodByName("Describe").Call(nil)
	return out[0].String()
}

var tmpl = template.Must(template.New("page").Parse("{{.Title}}\n{{range .Items}}- {{.Label}}\n{{end}}"))

func render(__atel_tracing_ctx __atel_context.Context, p *page) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.render")
	__atel_span.SetAttributes(__atel_attrs_render...)
	_ = __atel_child_tracing_ctx
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
	__atel_span.SetAttributes(__atel_attrs_main...)
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
	fmt.Println(p.Items[0].Label(), node{"root"}.Describe())
}

var __atel_tracer = __atel_otel.Tracer("example.com/reflection-inspected")

var __atel_attrs_item_Label = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Label"), __atel_attribute.String("code.namespace", "example.com/reflection-inspected.item"), __atel_attribute.String("code.filepath", "example.com/reflection-inspected/main.go"), __atel_attribute.Int("code.lineno", 22)}

var __atel_attrs_cache_Lookup = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Lookup"), __atel_attribute.String("code.namespace", "example.com/reflection-inspected.(*cache)"), __atel_attribute.String("code.filepath", "example.com/reflection-inspected/main.go"), __atel_attribute.Int("code.lineno", 30)}

var __atel_attrs_node_Describe = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Describe"), __atel_attribute.String("code.namespace", "example.com/reflection-inspected.node"), __atel_attribute.String("code.filepath", "example.com/reflection-inspected/main.go"), __atel_attribute.Int("code.lineno", 45)}

var __atel_attrs_counter_Add = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "Add"), __atel_attribute.String("code.namespace", "example.com/reflection-inspected.(*counter)"), __atel_attribute.String("code.filepath", "example.com/reflection-inspected/main.go"), __atel_attribute.Int("code.lineno", 53)}

var __atel_attrs_isNilPtr = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "isNilPtr"), __atel_attribute.String("code.namespace", "example.com/reflection-inspected"), __atel_attribute.String("code.filepath", "example.com/reflection-inspected/main.go"), __atel_attribute.Int("code.lineno", 59)}

var __atel_attrs_describeByName = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "describeByName"), __atel_attribute.String("code.namespace", "example.com/reflection-inspected"), __atel_attribute.String("code.filepath", "example.com/reflection-inspected/main.go"), __atel_attribute.Int("code.lineno", 64)}

var __atel_attrs_render = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "render"), __atel_attribute.String("code.namespace", "example.com/reflection-inspected"), __atel_attribute.String("code.filepath", "example.com/reflection-inspected/main.go"), __atel_attribute.Int("code.lineno", 71)}

var __atel_attrs_main = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "main"), __atel_attribute.String("code.namespace", "example.com/reflection-inspected"), __atel_attribute.String("code.filepath", "example.com/reflection-inspected/main.go"), __atel_attribute.Int("code.lineno", 80)}
