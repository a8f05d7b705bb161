// report renders decoded JSON with a template: the data may be of any type, so a template could call any exported
// method of a type linked into this program (and no other).
package main

import (
	"encoding/json"
	"os"
	"text/template"

	"instrgen.dev/rtlib"
)

var page = template.Must(template.New("page").Parse("{{range $k, $v := .}}{{$k}}={{$v}}\n{{end}}"))

func main() {
	rtlib.AutotelEntryPoint()
	var data interface{}
	if err := json.Unmarshal([]byte(`{"x": 1, "y": "two"}`), &data); err != nil {
		panic(err)
	}
	if err := page.Execute(os.Stdout, data); err != nil {
		panic(err)
	}
}
