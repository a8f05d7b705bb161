package syntax

import (
	"fmt"
	"io"
	"reflect"
	"strings"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
)

// Dump writes the tree with every node's span, the way go/ast.Fprint walks a tree: by reflection, so that it
// works for any node type without a type switch.
func Dump(__atel_tracing_ctx __atel_context.Context, w io.Writer, n Node) {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/reflect-methods/syntax").Start(__atel_tracing_ctx, "syntax.Dump")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	dumpValue(__atel_child_tracing_ctx, w, reflect.ValueOf(n), 0)
}

func dumpValue(__atel_tracing_ctx __atel_context.Context, w io.Writer, v reflect.Value, depth int) {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/reflect-methods/syntax").Start(__atel_tracing_ctx, "syntax.dumpValue")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	indent := strings.Repeat(". ", depth)
	switch v.Kind() {
	case reflect.Interface, reflect.Ptr:
		if v.IsNil() {
			fmt.Fprintf(w, "%snil\n", indent)
			return
		}
		if v.Kind() == reflect.Interface {
			dumpValue(__atel_child_tracing_ctx, w, v.Elem(), depth)
			return
		}
		if span, ok := nodeSpan(__atel_child_tracing_ctx, v); ok {
			label := v.Elem().Type().Name()
			if kind := v.MethodByName("Kind"); kind.IsValid() {
				label += " (" + kind.Call(nil)[0].String() + ")"
			}
			fmt.Fprintf(w, "%s%s %s\n", indent, label, span)
		}
		dumpValue(__atel_child_tracing_ctx, w, v.Elem(), depth)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			f := v.Field(i)
			if f.Kind() == reflect.Ptr || f.Kind() == reflect.Interface || f.Kind() == reflect.Slice {
				fmt.Fprintf(w, "%s. %s:\n", indent, v.Type().Field(i).Name)
				dumpValue(__atel_child_tracing_ctx, w, f, depth+2)
			} else {
				fmt.Fprintf(w, "%s. %s: %v\n", indent, v.Type().Field(i).Name, f.Interface())
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			dumpValue(__atel_child_tracing_ctx, w, v.Index(i), depth)
		}
	}
}

// nodeSpan calls Pos and End by name, on any value that has them.
func nodeSpan(__atel_tracing_ctx __atel_context.Context, v reflect.Value) (string, bool) {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("example.com/reflect-methods/syntax").Start(__atel_tracing_ctx, "syntax.nodeSpan")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	pos, end := v.MethodByName("Pos"), v.MethodByName("End")
	if !pos.IsValid() || !end.IsValid() {
		return "", false
	}
	return fmt.Sprintf("[%d,%d)", pos.Call(nil)[0].Int(), end.Call(nil)[0].Int()), true
}
