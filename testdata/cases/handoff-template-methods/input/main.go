package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"

	"instrgen.dev/rtlib"
)

// item's exported methods are called by text/template, by name: they keep their signatures. Label is reached
// from no root (it gets no span); Price is also called directly, so it has a span and a twin.
type item struct {
	name  string
	cents int
}

func (i item) Label() string { return title(i.name) }

func (i item) Price() string { return money(i.cents) }

func title(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

func money(c int) string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

var page = template.Must(template.New("page").Parse("{{range .}}{{.Label}}: {{.Price}}\n{{end}}"))

// render hands the items to the template, which calls their methods below it: it lends its span.
func render(items []item) error {
	return page.Execute(os.Stdout, items)
}

func main() {
	rtlib.AutotelEntryPoint()
	items := []item{{"tea", 250}, {"cake", 1075}}
	fmt.Println("first:", title(items[0].name), items[0].Price())
	if err := render(items); err != nil {
		fmt.Println(err)
	}
}
