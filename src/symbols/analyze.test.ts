// Resolution rules of the symbols phase, each on a small in-memory module: which calls resolve to which functions.
import { parseGo } from '../parse/parse';
import { analyzeModule } from './analyze';
import { Program } from './program';

function analyze(files: Record<string, string>): Program {
  return analyzeModule(
    'example.com/m',
    Object.entries(files).map(([path, text]) => ({
      file: { path, dir: path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.', text },
      tree: parseGo(text).tree,
    })),
  );
}

/** "caller -> callee" for every resolved call, ids shortened by the module path. */
function calls(p: Program): string[] {
  const short = (id: string) => id.replace(/example\.com\/m\/?/g, '');
  return p.calls
    .flatMap((c) =>
      c.targets.map((t) => `${short(c.from ?? '-')} -> ${short(t)}${c.via ? ` via ${short(c.via)}` : ''}`),
    )
    .sort();
}

test('package functions, and a local that shadows one is not that function', () => {
  const p = analyze({
    'main.go': `package main
func helper() int { return 1 }
func main() {
	helper()
	helper := func() int { return 2 }
	helper()
}`,
  });
  expect(calls(p)).toEqual(['.main -> .helper']);
});

test('methods through locals with evident types: composite literals, &T{}, new(T), constructors, fields, index, chains', () => {
  const p = analyze({
    'main.go': `package main
type E struct{}
func (E) get(n int) int { return n }
type D struct{ e E; es []E }
type C struct{ n int }
func NewC() *C { return &C{} }
func (c *C) Add(n int) *C { c.n += n; return c }
func (c *C) Inc() { c.n++ }
func main() {
	d := D{}
	d.e.get(5)
	d.es[0].get(1)
	p := &D{}
	p.e.get(2)
	q := new(E)
	q.get(3)
	NewC().Add(2).Add(3).Inc()
	var c C
	c.Inc()
}`,
  });
  expect(calls(p)).toEqual([
    '.main -> .(*C).Add',
    '.main -> .(*C).Add',
    '.main -> .(*C).Inc',
    '.main -> .(*C).Inc',
    '.main -> .E.get',
    '.main -> .E.get',
    '.main -> .E.get',
    '.main -> .E.get',
    '.main -> .NewC',
  ]);
});

test('interface calls dispatch to every implementation in the module, across packages and dot imports', () => {
  const p = analyze({
    'shapes/shapes.go': `package shapes
type Shape interface{ Area() float64 }
func Total(ss []Shape) float64 { t := 0.0; for _, s := range ss { t += s.Area() }; return t }`,
    'impl/impl.go': `package impl
type Sq struct{ S float64 }
func (s Sq) Area() float64 { return s.S * s.S }
type Ci struct{ R float64 }
func (c *Ci) Area() float64 { return 3 * c.R * c.R }`,
    'main.go': `package main
import (
	. "example.com/m/shapes"
	. "example.com/m/impl"
)
func main() {
	var s Shape = Sq{2}
	s.Area()
	a := []Shape{Sq{1}, &Ci{1}}
	a[0].Area()
	Total(a)
}`,
  });
  expect(calls(p)).toEqual([
    '.main -> impl.(*Ci).Area via (shapes.Shape).Area',
    '.main -> impl.(*Ci).Area via (shapes.Shape).Area',
    '.main -> impl.Sq.Area via (shapes.Shape).Area',
    '.main -> impl.Sq.Area via (shapes.Shape).Area',
    '.main -> shapes.Total',
    'shapes.Total -> impl.(*Ci).Area via (shapes.Shape).Area',
    'shapes.Total -> impl.Sq.Area via (shapes.Shape).Area',
  ]);
});

test('promoted methods through embedding, two levels and through pointers', () => {
  const p = analyze({
    'main.go': `package main
type C struct{}
func (c *C) Hello() {}
type B struct{ *C }
type A struct{ B }
func main() { var a A; a.Hello(); x := &A{}; x.B.Hello() }`,
  });
  expect(calls(p)).toEqual(['.main -> .(*C).Hello', '.main -> .(*C).Hello']);
});

test('generic functions with inferred and explicit instantiation; conversions and builtins are not calls', () => {
  const p = analyze({
    'main.go': `package main
type Celsius float64
func Max[T int | float64](a, b T) T { if a > b { return a }; return b }
func main() {
	Max(1, 2)
	Max[float64](1, 2)
	_ = Celsius(3)
	_ = len([]byte("x"))
}`,
  });
  expect(calls(p)).toEqual(['.main -> .Max', '.main -> .Max']);
});

test('type switches, assertions, range over maps and channels give typed locals', () => {
  const p = analyze({
    'main.go': `package main
type T struct{}
func (T) M() {}
func main(x interface{}) {
	if t, ok := x.(T); ok { t.M() }
	switch v := x.(type) { case T: v.M() }
	for _, t := range map[string]T{} { t.M() }
	ch := make(chan T)
	for t := range ch { t.M() }
	(<-ch).M()
}`,
  });
  expect(calls(p)).toEqual(['.main -> .T.M', '.main -> .T.M', '.main -> .T.M', '.main -> .T.M', '.main -> .T.M']);
});

test('uses as values are recorded with their form; method expressions are not direct calls', () => {
  const p = analyze({
    'main.go': `package main
import "strings"
type P struct{}
func (P) Dist() int { return 0 }
func rot(r rune) rune { return r }
var table = map[string]func(rune) rune{"rot": rot}
func main() {
	strings.Map(rot, "x")
	var p P
	f := p.Dist
	_ = f
	P.Dist(p)
}`,
  });
  expect(p.values.map((v) => `${v.target.replace('example.com/m.', '')} ${v.form} ${v.pos.line}`).sort()).toEqual([
    'P.Dist method expression 12',
    'P.Dist method value 10',
    'rot function value 6',
    'rot function value 8',
  ]);
});

test('unresolved receivers of module method names are reported, with positions', () => {
  const p = analyze({
    'main.go': `package main
type T struct{}
func (T) Run() {}
func main() {
	var x interface{ Run() } = T{}
	y := mystery()
	y.Run()
	_ = x
}
func mystery() interface{} { return nil }`,
  });
  expect(p.unresolved.map((u) => `${u.name} ${u.pos.line}:${u.pos.col}`)).toEqual(['Run 7:4']);
});

test('entry points: AutotelEntryPoint through an alias or a dot import, and //instrgen:entry', () => {
  const p = analyze({
    'a/a.go': `package main
import rt "instrgen.dev/rtlib"
func main() { rt.AutotelEntryPoint() }`,
    'b/b.go': `package main
import . "instrgen.dev/rtlib"
func main() { AutotelEntryPoint() }`,
    'c/c.go': `package main
//instrgen:entry
func run() {}
func main() { run() }`,
  });
  const roots = [...p.funcs.values()]
    .map((d) => d[0])
    .filter((f) => f.entryCall !== undefined || f.entry)
    .map((f) => f.id);
  expect(roots.sort()).toEqual(['example.com/m/a.main', 'example.com/m/b.main', 'example.com/m/c.run']);
  expect(p.files.get('a/a.go')!.rtlibQualifier).toBe('rt');
  expect(p.files.get('b/b.go')!.rtlibQualifier).toBe('');
});

test('existing context parameters are found under any import name, named, blank or unnamed', () => {
  const p = analyze({
    'main.go': `package main
import stdctx "context"
func a(ctx stdctx.Context) {}
func b(_ stdctx.Context, n int) {}
func c(context string) {}`,
  });
  const ctx = (name: string) => p.funcs.get(`example.com/m.${name}`)![0].ctxParam?.name;
  expect([ctx('a'), ctx('b'), ctx('c')]).toEqual(['ctx', '_', undefined]);
});

test('fields of struct types written out: table-driven loops, promoted methods, and the default clause of a type switch', () => {
  const p = analyze({
    'main.go': `package main
type N struct{}
func (N) Type() int { return 0 }
type E struct{}
func (E) Inner() {}
type Shape interface{ Area() int }
type Sq struct{}
func (Sq) Area() int { return 1 }
func main() {
	for _, test := range []struct {
		n *N
		t int
		E
	}{{n: &N{}, t: 0}} {
		if test.t != test.n.Type() {
			test.Inner()
		}
	}
	var pair struct{ a, b N }
	pair.b.Type()
	var s Shape = Sq{}
	switch v := s.(type) {
	case nil:
		_ = v
	default:
		v.Area()
	}
}`,
  });
  expect(calls(p)).toEqual([
    '.main -> .E.Inner',
    '.main -> .N.Type',
    '.main -> .N.Type',
    '.main -> .Sq.Area via (.Shape).Area',
  ]);
  expect(p.unresolved).toEqual([]);
});

test('a type that files for different build targets declare differently: selectors on it stay unresolved', () => {
  const p = analyze({
    'list_old.go': `//go:build !go1.18
package main
type List struct{}
func (*List) Len() int { return 0 }
`,
    'list_new.go': `//go:build go1.18
package main
import "go/types"
type List = types.TypeParamList
`,
    'same_a.go': '//go:build linux\npackage main\ntype Same struct{}\nfunc (Same) Run() {}\n',
    'same_b.go': '//go:build !linux\npackage main\ntype Same struct{}\n',
    'main.go': `package main
func list() *List { return nil }
func main() {
	list().Len()
	Same{}.Run()
}`,
  });
  expect(calls(p)).toEqual(['.main -> .Same.Run', '.main -> .list']);
  expect(p.unresolved.map((u) => u.name)).toEqual(['Len']);
  // The struct variant stands for the type in method sets, so what it must keep is still checked.
  expect(p.methodSets.find((m) => m.type === 'example.com/m.List')?.methods.get('Len')).toBe(
    'example.com/m.(*List).Len',
  );
});

test('types declared in a body are what their declarations show; calls through interfaces written out reach no module method', () => {
  const p = analyze({
    'main.go': `package main
type N struct{}
func (N) Type() int { return 0 }
func (N) Name() string { return "" }
type L struct{}
func (*L) Len() int { return 0 }
func (L) Elem() N { return N{} }
func main() {
	type row struct{ n N }
	var r row
	r.n.Type()
	type hasElem interface{ Elem() N }
	var x interface{} = L{}
	if h, ok := x.(hasElem); ok {
		h.Elem().Type()
	}
	if v, ok := x.(interface{ Name() string }); ok {
		v.Name()
	}
	type list interface{ Len() int; hasElem }
	var l list = &L{}
	l.Len()
	l.Elem()
}`,
  });
  expect(calls(p)).toEqual(['.main -> .N.Type', '.main -> .N.Type']);
  // list embeds another interface, so a name it does not list itself stays unknown; Len resolves to no module method.
  expect(p.unresolved.map((u) => u.name)).toEqual(['Elem']);
});
