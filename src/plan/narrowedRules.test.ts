// The narrowed safety rules on small in-memory modules: what an observer, reflection and a template can reach.
import { parseGo } from '../parse/parse';
import { analyzeModule } from '../symbols/analyze';
import { Program } from '../symbols/program';
import { openInterfaces } from './openInterfaces';

function analyze(text: string): Program {
  return analyzeModule('example.com/m', [{ file: { path: 'main.go', dir: '.', text }, tree: parseGo(text).tree }]);
}

const observed = (p: Program) => [...p.observedValues.keys()].length;
const reflected = (p: Program) => [...p.reflectedMethods.keys()].map((id) => id.replace('example.com/m.', '')).sort();

test('a printf helper whose arguments cannot hold a function observes no escaped function value', () => {
  const p = analyze(`package main
import ("fmt"; "os"; "strings")
func logf(format string, args ...interface{}) { fmt.Fprintf(os.Stderr, format, args...) }
func shout(r rune) rune { return r }
func main() {
	label := ""
	logf("%s %d %s\\n", strings.Map(shout, "a"), len(label), label)
}`);
  expect(observed(p)).toBe(0);
});

test('a function value passed as a variadic argument beyond the first still reaches the observer', () => {
  const p = analyze(`package main
import "fmt"
func logf(format string, args ...interface{}) { fmt.Printf(format, args...) }
func home() {}
func main() { logf("%v %p\\n", 1, home) }`);
  expect(observed(p)).toBe(1);
});

test('a template reaches exported fields and method results only; an inspected-only reflect.ValueOf calls nothing', () => {
  const p = analyze(`package main
import ("os"; "reflect"; "text/template")
type cache struct{}
func (c *cache) Lookup() int { return 1 }
type item struct{}
func (i item) Label() string { return "" }
func (i item) Owner() *owner { return nil }
type owner struct{}
func (o *owner) Name() string { return "" }
type page struct { Items []item; cache *cache }
type counter struct{}
func (c *counter) Add() {}
func isNil(x interface{}) bool { v := reflect.ValueOf(x); return v.Kind() == reflect.Ptr && v.IsNil() }
func byName(x interface{}) { reflect.ValueOf(x).MethodByName("Add").Call(nil) }
func main() {
	template.Must(template.New("").Parse("")).Execute(os.Stdout, &page{})
	isNil(&counter{})
	byName(item{})
}`);
  expect(reflected(p)).toEqual(['(*owner).Name', 'item.Label', 'item.Owner']);
});

test('an interface with an unexported method holds no type of another module', () => {
  const src = (iface: string) => `package main
import ("fmt"; "go.opentelemetry.io/otel/attribute")
type shape interface { ${iface} }
type square struct{}
func (square) Area() float64 { return 1 }
func (square) name() string { return "" }
func total(xs []interface{}) { for _, x := range xs { if s, ok := x.(shape); ok { fmt.Println(s.Area()) } } }
func main() { total([]interface{}{square{}, attribute.String("a", "b")}) }`;
  expect(openInterfaces(analyze(src('Area() float64; name() string'))).has('example.com/m.shape')).toBe(false);
  // With exported methods only, a type of the imported module could be in it.
  expect(openInterfaces(analyze(src('Area() float64'))).has('example.com/m.shape')).toBe(true);
});

test('the open interfaces are worked out again only when an interface the flows name has gone', () => {
  const p = analyze(`package main
import ("bufio"; "os")
type flusher interface { Flush() error }
type closer interface { Close() error }
type file struct{}
func (file) Close() error { return nil }
func main() { var f flusher = bufio.NewWriter(os.Stdout); f.Flush(); var c closer = file{}; c.Close() }`);
  const first = openInterfaces(p);
  expect([...first.keys()]).toEqual(['example.com/m.flusher']);
  // closer is named by a flow (file{} enters it): without it the answer is worked out again, and is the same.
  const withoutCloser = { ...p, interfaces: p.interfaces.filter((i) => i.id !== 'example.com/m.closer') };
  const again = openInterfaces(withoutCloser);
  expect(again).not.toBe(first);
  expect([...again.keys()]).toEqual(['example.com/m.flusher']);
  // An interface no flow names, gone: the last answer stands. Without flusher (which a flow names) it is worked out.
  const unnamed = { ...p.interfaces[0], id: 'example.com/m.unnamed' };
  const more = { ...withoutCloser, interfaces: [...withoutCloser.interfaces, unnamed] };
  const withUnnamed = openInterfaces(more);
  expect(openInterfaces({ ...more, interfaces: withoutCloser.interfaces })).toBe(withUnnamed);
  const withoutFlusher = { ...p, interfaces: p.interfaces.filter((i) => i.id !== 'example.com/m.flusher') };
  expect(openInterfaces(withoutFlusher).size).toBe(0);
});
