// greet says hello; its usage function is flag's, as in x/tools' stringer.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_rtlib "instrgen.dev/rtlib"
)

var shout = flag.Bool("shout", false, "greet in capitals")

// init stores usage in flag.Usage, where no context is in scope: usage keeps its signature and sees none.
func init() { flag.Usage = usage }

// usage is called back by package flag: by flag.Parse on a bad flag, and by main through flag.Usage.
func usage() {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.usage")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	fmt.Println("usage: greet [-shout] name")
	fmt.Println(defaults(__atel_child_tracing_ctx))
}

func defaults(__atel_tracing_ctx __atel_context.Context) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.defaults")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End() //instrgen:oneline
	return "  -shout\tgreet in capitals"
}

func greet(__atel_tracing_ctx __atel_context.Context, name string) string {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.greet")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if *shout {
		return strings.ToUpper("hello, " + name)
	}
	return "hello, " + name
}

func main() {
	__atel_ts := rtlib.NewTracingState()
	defer rtlib.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
	rtlib.AutotelEntryPoint()
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		__atel_rtlib.EndAll()
		os.Exit(2)
	}
	fmt.Println(greet(__atel_child_tracing_ctx, flag.Arg(0)))
}

var __atel_tracer = __atel_otel.Tracer("example.com/handoff-package-var")

var __atel_code_usage = __atel_rtlib.Code("example.com/handoff-package-var", "main.usage", "usage", "example.com/handoff-package-var", "example.com/handoff-package-var/main.go", 19)

var __atel_code_defaults = __atel_rtlib.Code("example.com/handoff-package-var", "main.defaults", "defaults", "example.com/handoff-package-var", "example.com/handoff-package-var/main.go", 24)

var __atel_code_greet = __atel_rtlib.Code("example.com/handoff-package-var", "main.greet", "greet", "example.com/handoff-package-var", "example.com/handoff-package-var/main.go", 26)

var __atel_code_main = __atel_rtlib.Code("example.com/handoff-package-var", "main.main", "main", "example.com/handoff-package-var", "example.com/handoff-package-var/main.go", 33)
