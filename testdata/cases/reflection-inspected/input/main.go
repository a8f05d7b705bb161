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

type item struct {
	Name string
	Qty  int
}

func (i item) Label() string {
	return fmt.Sprintf("%s x%d", i.Name, i.Qty)
}

type cache struct {
	hits map[string]int
}

func (c *cache) Lookup(k string) int {
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
	return "node " + n.kind
}

type counter struct {
	n int
}

func (c *counter) Add(d int) int {
	c.n += d
	return c.n
}

// isNilPtr only inspects what reflect.ValueOf returns: no method of x can be called through it.
func isNilPtr(x interface{}) bool {
	v := reflect.ValueOf(x)
	return v.Kind() == reflect.Ptr && v.IsNil()
}

func describeByName(n node) string {
	out := reflect.ValueOf(n).MethodByName("Describe").Call(nil)
	return out[0].String()
}

var tmpl = template.Must(template.New("page").Parse("{{.Title}}\n{{range .Items}}- {{.Label}}\n{{end}}"))

func render(p *page) string {
	var b strings.Builder
	if err := tmpl.Execute(&b, p); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	return b.String()
}

func main() {
	rtlib.AutotelEntryPoint()
	c := &cache{hits: map[string]int{}}
	p := &page{Title: "Groceries", Items: []item{{"apple", 3}, {"pear", 1}}, cache: c}
	fmt.Print(render(p))
	fmt.Println(p.cache.Lookup("apple"), c.Lookup("apple"))
	var cnt *counter
	fmt.Println(isNilPtr(cnt), isNilPtr(p))
	cnt = &counter{}
	fmt.Println(cnt.Add(2), cnt.Add(3))
	fmt.Println(describeByName(node{"leaf"}))
	fmt.Println(p.Items[0].Label(), node{"root"}.Describe())
}
