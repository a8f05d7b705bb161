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
	__atel_codes "go.opentelemetry.io/otel/codes"
	__atel_trace "go.opentelemetry.io/otel/trace"
	__atel_rtlib "instrgen.dev/rtlib"
)

// Dump writes the tree with every node's span, the way go/ast.Fprint walks a tree: by reflection, so that it
// works for any node type without a type switch.
func Dump(__atel_tracing_ctx __atel_context.Context, w io.Writer, n Node) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "syntax.Dump")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	dumpValue(__atel_child_tracing_ctx, w, reflect.ValueOf(n), 0)
}

func dumpValue(__atel_tracing_ctx __atel_context.Context, w io.Writer, v reflect.Value, depth int) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "syntax.dumpValue")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
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
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "syntax.nodeSpan")
	_ = __atel_child_tracing_ctx
	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
	defer __atel_span.End()
	pos, end := v.MethodByName("Pos"), v.MethodByName("End")
	if !pos.IsValid() || !end.IsValid() {
		return "", false
	}
	return fmt.Sprintf("[%d,%d)", pos.Call(nil)[0].Int(), end.Call(nil)[0].Int()), true
}

var __atel_tracer = __atel_otel.Tracer("example.com/reflect-methods/syntax")

var __atel_code_Dump = __atel_rtlib.Code("example.com/reflect-methods/syntax", "syntax.Dump", "Dump", "example.com/reflect-methods/syntax", "example.com/reflect-methods/syntax/dump.go", 12)

var __atel_code_dumpValue = __atel_rtlib.Code("example.com/reflect-methods/syntax", "syntax.dumpValue", "dumpValue", "example.com/reflect-methods/syntax", "example.com/reflect-methods/syntax/dump.go", 16)

var __atel_code_nodeSpan = __atel_rtlib.Code("example.com/reflect-methods/syntax", "syntax.nodeSpan", "nodeSpan", "example.com/reflect-methods/syntax", "example.com/reflect-methods/syntax/dump.go", 54)

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
