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

type lineLog struct {
	lines []string
}

func (l *lineLog) Write(line string) (int, error) {
	l.lines = append(l.lines, strings.TrimSpace(line))
	return len(line), nil
}

type table struct {
	rows [][]string
	next int
}

func (t *table) Scan(dest ...any) error {
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

func (c *cursor) Scan(dst *[]string) error {
	if len(c.rows) == 0 {
		return fmt.Errorf("cursor drained")
	}
	*dst, c.rows = c.rows[0], c.rows[1:]
	return nil
}

type counter struct{ n int }

func (c *counter) Write(p []byte) (int, error) {
	c.n += len(p)
	return len(p), nil
}

func load(t *table, log *lineLog) int {
	count := 0
	for {
		var name, city string
		if err := t.Scan(&name, &city); err != nil {
			log.Write("done: " + err.Error())
			return count
		}
		log.Write(name + " lives in " + city + "\n")
		count++
	}
}

func main() {
	rtlib.AutotelEntryPoint()
	t := &table{rows: [][]string{{"ada", "london"}, {"grace", "arlington"}}}
	log := &lineLog{}
	n := load(t, log)
	cur := &cursor{rows: [][]string{{"x", "y"}, {"z"}}}
	var row []string
	for cur.Scan(&row) == nil {
		n += len(row)
	}
	c := &counter{}
	fmt.Fprintf(c, "%d rows\n", n)
	for _, l := range log.lines {
		fmt.Println(l)
	}
	fmt.Println("bytes counted:", c.n)
}
