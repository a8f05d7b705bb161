// A log sink and two row readers whose methods have the names and results of standard library interfaces, but
// not their parameter types: lineLog.Write takes a string (io.Writer's Write takes []byte), table.Scan is variadic
// and cursor.Scan takes a *[]string (database/sql.Scanner's Scan takes one any, which is no *[]string). None is
// such an interface, so all can take the trace's context; counter.Write is a real io.Writer (fmt.Fprintf writes
// to it) and keeps its signature.
package main

import (
	"fmt"
	"strings"

	"instrgen.dev/rtlib"
)

import (
	__atel_context "context"
	__atel_otel "go.opentelemetry.io/otel"
	__atel_codes "go.opentelemetry.io/otel/codes"
	__atel_trace "go.opentelemetry.io/otel/trace"
	__atel_rtlib "instrgen.dev/rtlib"
)

type lineLog struct {
	lines []string
}

func (l *lineLog) Write(__atel_tracing_ctx __atel_context.Context, line string) (__atel_ret0 int, __atel_ret1 error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*lineLog).Write")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_ret1)
	l.lines = append(l.lines, strings.TrimSpace(line))
	return len(line), nil
}

type table struct {
	rows [][]string
	next int
}

func (t *table) Scan(__atel_tracing_ctx __atel_context.Context, dest ...any) (__atel_err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*table).Scan")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_err)
	if t.next >= len(t.rows) {
		return fmt.Errorf("no more rows after %d", t.next)
	}
	row := t.rows[t.next]
	t.next++
	for i, d := range dest {
		if p, ok := d.(*string); ok && i < len(row) {
			*p = row[i]
		}
	}
	return nil
}

type cursor struct {
	rows [][]string
}

func (c *cursor) Scan(__atel_tracing_ctx __atel_context.Context, dst *[]string) (__atel_err error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.(*cursor).Scan")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_err)
	if len(c.rows) == 0 {
		return fmt.Errorf("cursor drained")
	}
	*dst, c.rows = c.rows[0], c.rows[1:]
	return nil
}

type counter struct{ n int }

func (c *counter) Write(p []byte) (__atel_ret0 int, __atel_ret1 error) {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.(*counter).Write")
	_ = __atel_child_tracing_ctx
	defer __atel_end(__atel_span, &__atel_ret1)
	c.n += len(p)
	return len(p), nil
}

func load(__atel_tracing_ctx __atel_context.Context, t *table, log *lineLog) int {
	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.load")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	count := 0
	for {
		var name, city string
		if err := t.Scan(__atel_child_tracing_ctx, &name, &city); err != nil {
			log.Write(__atel_child_tracing_ctx, "done: "+err.Error())
			return count
		}
		log.Write(__atel_child_tracing_ctx, name+" lives in "+city+"\n")
		count++
	}
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
	t := &table{rows: [][]string{{"ada", "london"}, {"grace", "arlington"}}}
	log := &lineLog{}
	n := load(__atel_child_tracing_ctx, t, log)
	cur := &cursor{rows: [][]string{{"x", "y"}, {"z"}}}
	var row []string
	for cur.Scan(__atel_child_tracing_ctx, &row) == nil {
		n += len(row)
	}
	c := &counter{}
	fmt.Fprintf(c, "%d rows\n", n)
	for _, l := range log.lines {
		fmt.Println(l)
	}
	fmt.Println("bytes counted:", c.n)
}

var __atel_tracer = __atel_otel.Tracer("example.com/interface-param-types")

var __atel_code_lineLog_Write = __atel_rtlib.Code("example.com/interface-param-types", "main.(*lineLog).Write", "Write", "example.com/interface-param-types.(*lineLog)", "example.com/interface-param-types/main.go", 19)

var __atel_code_table_Scan = __atel_rtlib.Code("example.com/interface-param-types", "main.(*table).Scan", "Scan", "example.com/interface-param-types.(*table)", "example.com/interface-param-types/main.go", 29)

var __atel_code_cursor_Scan = __atel_rtlib.Code("example.com/interface-param-types", "main.(*cursor).Scan", "Scan", "example.com/interface-param-types.(*cursor)", "example.com/interface-param-types/main.go", 47)

var __atel_code_counter_Write = __atel_rtlib.Code("example.com/interface-param-types", "main.(*counter).Write", "Write", "example.com/interface-param-types.(*counter)", "example.com/interface-param-types/main.go", 57)

var __atel_code_load = __atel_rtlib.Code("example.com/interface-param-types", "main.load", "load", "example.com/interface-param-types", "example.com/interface-param-types/main.go", 62)

var __atel_code_main = __atel_rtlib.Code("example.com/interface-param-types", "main.main", "main", "example.com/interface-param-types", "example.com/interface-param-types/main.go", 75)

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
