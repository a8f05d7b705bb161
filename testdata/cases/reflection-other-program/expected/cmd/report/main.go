// report renders decoded JSON with a template: the data may be of any type, so a template could call any exported
// method of a type linked into this program (and no other).
package main

import (
	"encoding/json"
	"os"
	"text/template"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

var page = template.Must(template.New("page").Parse("{{range $k, $v := .}}{{$k}}={{$v}}\n{{end}}"))

func main() {
	__atel_ts := rtlib.NewTracingState()
	defer rtlib.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	rtlib.AutotelEntryPoint()
	var data interface{}
	if err := json.Unmarshal([]byte(`{"x": 1, "y": "two"}`), &data); err != nil {
		panic(err)
	}
	if err := page.Execute(os.Stdout, data); err != nil {
		panic(err)
	}
}

var __atel_tracer = __atel_otel.Tracer("example.com/reflection-other-program/cmd/report")

var __atel_code_main = __atel_rtlib.Code("example.com/reflection-other-program/cmd/report", "main.main", "main", "example.com/reflection-other-program/cmd/report", "example.com/reflection-other-program/cmd/report/main.go", 15)
