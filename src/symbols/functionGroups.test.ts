// Grouping of function-typed fields, on small in-memory modules: which fields form groups, with which functions and
// calls, and which keep their types and why.
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

const short = (id: string) => id.replace(/example\.com\/m\/?/g, '');

/** Each group: its pseudo method, the functions stored in it, and the calls through it ("caller@line"). */
function groups(p: Program): Record<string, { members: string[]; calls: string[] }> {
  const out: Record<string, { members: string[]; calls: string[] }> = {};
  for (const [id, [f]] of p.funcs) {
    if (!f.group) continue;
    const iface = p.interfaces.find((i) => i.methods.get(f.shortName) === id)!;
    out[short(id)] = {
      members: [...(iface.implementations.get(f.shortName) ?? [])].map(short).sort(),
      calls: p.calls.filter((c) => c.via === id).map((c) => `${short(c.from ?? '-')}@${c.pos.line}`),
    };
  }
  return out;
}

/** Each field that keeps its type: "name: reason @line". */
function blocked(p: Program): string[] {
  return (p.functionGroups?.blocked ?? []).map((b) => `${b.name}: ${b.reason} @${b.at.line}`);
}

test('a table of structs: keyed, positional and elided literals, init, x.f = v, nil checks, literals and functions of another package', () => {
  const p = analyze({
    'main.go': `package main

import "example.com/m/lib"

type cmd struct {
	name string
	run  func(args []string) int
}

type op struct {
	name  string
	apply func(int) int
}

var table = map[string]cmd{"a": {name: "a", run: a}, "b": {run: lib.B}}
var ops = []op{{"x", double}, {"y", func(n int) int { return n }}}

func a(args []string) int { return len(args) }
func double(n int) int { return 2 * n }

func init() {
	c := &cmd{}
	c.run = a
	table["c"] = *c
}

func main() {
	c := table["a"]
	if c.run != nil {
		c.run(nil)
	}
	for _, o := range ops {
		o.apply(1)
	}
}
`,
    'lib/lib.go': `package lib

func B(args []string) int { return 0 }
`,
  });
  expect(groups(p)).toEqual({
    '(.cmd).run': { members: ['.a', 'lib.B'], calls: ['.main@30'] },
    '(.op).apply': { members: ['.double', '.init$1'], calls: ['.main@33'] },
  });
  expect(blocked(p)).toEqual([]);
  // The stores need no adapter; the literal takes the context like a function.
  expect([...p.functionGroups!.stores.keys()].length).toBe(4);
  expect([...p.functionGroups!.literals.keys()].map(short)).toEqual(['.init$1']);
});

test('fields keep their types when a value stored is not in view, or the field is read for something else (a parameter stored, or a variable of inferred type, is followed)', () => {
  const p = analyze({
    'main.go': `package main

import (
	"fmt"
	"strings"
)

type byParam struct{ fn func() }
type byStdlib struct{ fn func(string) string }
type byRead struct{ fn func() }
type byAny struct{ fn func() }
type byMethodValue struct{ fn func() }
type printed struct{ fn func() }

type T struct{}

func (T) M() {}

var registry = map[string]byParam{}

func register(name string, f func()) { registry[name] = byParam{fn: f} }

func hello() {}

func main() {
	register("hello", hello)
	registry["hello"].fn()
	s := byStdlib{fn: strings.TrimSpace}
	s.fn(" x ")
	r := byRead{fn: hello}
	f := r.fn
	f()
	var xs []interface{}
	y := byAny{fn: hello}
	xs = append(xs, y.fn)
	y.fn()
	var t T
	m := byMethodValue{fn: t.M}
	m.fn()
	p := &printed{fn: hello}
	fmt.Println(p)
	p.fn()
}
`,
  });
  // `f := r.fn` declares a variable of the field's type: it joins the field's group, and `f()` is a call through it.
  expect(groups(p)).toEqual({
    '(.byParam).fn': { members: ['.hello'], calls: ['.main@27'] },
    '(.byRead).fn': { members: ['.hello'], calls: [] },
    '.main{f@31}': { members: ['.hello'], calls: ['.main@32'] },
    '.register(f)': { members: ['.hello'], calls: [] },
  });
  expect(blocked(p).sort()).toEqual([
    'the function-typed field byAny.fn: its value is read here (.fn) for something else than a call, a store or a comparison with nil @35',
    'the function-typed field byMethodValue.fn: a method value is stored in it @38',
    'the function-typed field byStdlib.fn: a value that is not a module function, a function literal or nil is stored in it @28',
    'the function-typed field printed.fn: a value of its struct reaches the standard library, which may print or reflect on it @41',
  ]);
});

test('a parenthesized callee, or a selector whose receiver is unknown, keeps every field of that name', () => {
  const p = analyze({
    'main.go': `package main

import "other.example/x"

type cmd struct{ run func() }
type job struct{ run func(int) }

func hello()    {}
func work(n int) {}

var c = cmd{run: hello}
var j = job{run: work}

func main() {
	(c.run)()
	x.Get().run(1)
}
`,
  });
  expect(groups(p)).toEqual({});
  // `x.Get().run` may be cmd.run too: that is the first reason each keeps its type.
  expect(blocked(p).sort()).toEqual([
    'the function-typed field cmd.run: the receiver of .run could not be worked out @16',
    'the function-typed field job.run: the receiver of .run could not be worked out @16',
  ]);
});

test('a field whose type already takes a context is no group; one of an exported named function type is one', () => {
  const p = analyze({
    'main.go': `package main

import "context"

type Handler func(int) int

type withCtx struct{ run func(ctx context.Context, n int) int }
type named struct{ h Handler }

func inc(ctx context.Context, n int) int { return n + 1 }
func dec(n int) int                      { return n - 1 }

func main() {
	w := withCtx{run: inc}
	w.run(context.Background(), 1)
	n := named{h: dec}
	n.h(1)
}
`,
  });
  expect(groups(p)).toEqual({ '(.named).h': { members: ['.dec'], calls: ['.main@17'] } });
  expect(blocked(p)).toEqual([]);
});

test('a register(name, fn) helper: the parameter joins the field it is stored in; passed on elsewhere, both keep their types', () => {
  const p = analyze({
    'main.go': `package main

import "sort"

type entry struct{ run func(n int) int }

var table = map[string]entry{}

func register(name string, fn func(int) int) {
	if fn == nil {
		return
	}
	table[name] = entry{run: fn}
}

func apply(f func(int) int, n int) int { return f(n) }

func twice(n int) int { return 2 * n }

type less struct{ f func(a, b int) bool }

func keep(xs []int, f func(a, b int) bool) {
	l := less{f: f}
	sort.Slice(xs, f)
	l.f(1, 2)
}

func asc(a, b int) bool { return a < b }

func main() {
	register("twice", twice)
	register("lit", func(n int) int { return n })
	table["twice"].run(2)
	apply(twice, 3)
	keep(nil, asc)
	local := twice
	apply(local, 4)
}
`,
  });
  // `local := twice` holds a module function: passed to apply, it joins apply's parameter.
  expect(groups(p)).toEqual({
    '(.entry).run': { members: ['.main$1', '.twice'], calls: ['.main@33'] },
    '.apply(f)': { members: ['.twice'], calls: ['.apply@16'] },
    '.main{local@36}': { members: ['.twice'], calls: [] },
    '.register(fn)': { members: ['.main$1', '.twice'], calls: [] },
  });
  expect(blocked(p).sort()).toEqual([
    'the function-typed field less.f: it is passed on to the function-typed parameter f of keep, and its value is read here for something else than a call, a store in a group or a comparison with nil @24',
  ]);
});

test('a local variable declared with a function type joins the parameter it is passed to; one assigned from elsewhere keeps both', () => {
  const p = analyze({
    'main.go': `package main

import (
	"math/rand"
	"strings"
)

func apply(f func(string) string, s string) string { return f(s) }

func each(f func(int64), n int) {
	for i := 0; i < n; i++ {
		f(int64(i))
	}
}

func main() {
	var up func(s string) string
	up = func(s string) string {
		if s == "" {
			return apply(up, "x")
		}
		return strings.ToUpper(s)
	}
	apply(up, "a")
	var g func(string) string = strings.NewReplacer().Replace
	_ = g
	var h func(int64)
	h = rand.Seed
	each(h, 2)
}
`,
  });
  expect(groups(p)).toEqual({
    '.apply(f)': { members: ['.main$1'], calls: ['.apply@8'] },
    '.main{up@17}': { members: ['.main$1'], calls: [] },
  });
  expect(blocked(p).sort()).toEqual([
    'the function-typed parameter f of each: it is passed on to the function-typed variable h in main, and a value that is not a module function, a function literal or nil is stored in it @28',
  ]);
});

test('package variables: a map and a slice of functions, and a function variable, filled in their initializers, init and append', () => {
  const p = analyze({
    'main.go': `package main

import "strings"

var ops = map[string]func(int) int{"inc": inc, "neg": func(n int) int { return -n }}

var (
	steps []func(string) string
	hook  func()
)

var printed = []func(){hello}

func inc(n int) int { return n + 1 }
func up(s string) string { return strings.ToUpper(s) }
func hello() {}

func init() {
	ops["dec"] = dec
	steps = append(steps, up)
	hook = hello
}

func dec(n int) int { return n - 1 }

func main() {
	if ops["x"] != nil {
		return
	}
	for name := range ops {
		println(name, ops["inc"](1))
	}
	for _, s := range steps {
		s("a")
	}
	hook()
	println(len(printed))
	_ = printed[0]
}
`,
  });
  // `for _, s := range steps` reads the elements into s, which joins steps' group.
  expect(groups(p)).toEqual({
    '.hook{var}': { members: ['.hello'], calls: ['.main@36'] },
    '.main{s@33}': { members: ['.up'], calls: ['.main@34'] },
    '.ops{var}': { members: ['.dec', '.inc', '.init$1'], calls: ['.main@31'] },
    '.steps{var}': { members: ['.up'], calls: [] },
  });
  expect(blocked(p).sort()).toEqual([
    'the function-typed elements of printed: its value is read here for something else than a call, a store in a group or a comparison with nil @38',
  ]);
});

test('table[name](x) parses as a conversion to a generic type: read as the call through the table it is', () => {
  const p = analyze({
    'main.go': `package main

var ops = map[string]func(int) int{"inc": inc}

func inc(n int) int { return n + 1 }

func main() {
	name := "inc"
	println(ops[name](1))
}
`,
  });
  expect(groups(p)).toEqual({ '.ops{var}': { members: ['.inc'], calls: ['.main@9'] } });
  expect(blocked(p)).toEqual([]);
  // The context goes right after the `(` of the conversion, which is the call's argument list.
  const call = p.calls.find((c) => c.via === 'example.com/m.ops{var}')!;
  const text = p.files.get('main.go')!.text;
  expect(text.slice(call.args.open, call.args.close + 1)).toBe('(1)');
  expect(text.slice(call.callee!.start, call.callee!.end)).toBe('ops[name]');
});

test('a named function type without methods: every position declared with it is one group, changed at the declaration once', () => {
  const p = analyze({
    'main.go': `package main

type handler func(args []string) int

type cmd struct{ run handler }

var byName = map[string]handler{}

func register(name string, fn handler) { byName[name] = fn }

func a(args []string) int { return len(args) }
func b(args []string) int { return 0 }

func main() {
	register("a", a)
	c := cmd{run: b}
	var h handler = a
	c.run(nil)
	h(nil)
	byName["a"](nil)
}
`,
  });
  const g = groups(p);
  expect(Object.keys(g).sort()).toEqual(['(.cmd).run', '.byName{var}', '.main{h@17}', '.register(fn)']);
  for (const x of Object.values(g)) expect(x.members).toEqual(['.a', '.b']);
  // One pseudo method edits `type handler func(...)`; the others name it.
  const named = [...p.funcs.values()].map(([f]) => f).filter((f) => f.group);
  expect(new Set(named.map((f) => f.start)).size).toBe(1);
  expect(named.filter((f) => !f.typeEditedBy)).toHaveLength(1);
  expect(blocked(p)).toEqual([]);
});

test('a named function type converted to, with methods, or exported is grouped; one named in a result, converted for something else or with a pointer receiver keeps its type', () => {
  const p = analyze({
    'main.go': `package main

type conv func(s string) string
type withMethod func(s string) string
type Exported func(s string) string
type result func(s string) string
type escapes func(s string) string
type pointer func(s string) string

func (w withMethod) call(s string) string { return w(s) }
func (p *pointer) call(s string) string   { return (*p)(s) }

func useConv(f conv) string         { return f("x") }
func useMethod(f withMethod) string { return f("x") }
func useExported(f Exported) string { return f("x") }
func useResult(f result) string     { return f("x") }
func make2() result                 { return trim }
func useEscapes(f escapes) string   { return f("x") }
func usePointer(f pointer) string   { return f("x") }

func trim(s string) string { return s }
func low(s string) string  { return s }

func main() {
	useConv(conv(trim))
	useMethod(trim)
	withMethod(low).call("y")
	useExported(trim)
	useResult(trim)
	var v interface{} = escapes(low)
	_ = v
	useEscapes(trim)
	usePointer(trim)
}
`,
  });
  expect(groups(p)).toEqual({
    '.useConv(f)': { members: ['.trim'], calls: ['.useConv@13'] },
    '.useExported(f)': { members: ['.trim'], calls: ['.useExported@15'] },
    '.useMethod(f)': { members: ['.low', '.trim'], calls: ['.useMethod@14'] },
    '.withMethod.call{recv}': { members: ['.low', '.trim'], calls: ['.withMethod.call@10'] },
  });
  expect(blocked(p).sort()).toEqual([
    'the function-typed parameter f of useEscapes (of type escapes): a value converted to escapes here is used for something else than a call of its methods or a store in a group @30',
    'the function-typed parameter f of usePointer (of type pointer): its type pointer is named here, where instrgen does not follow it @11',
    'the function-typed parameter f of useResult (of type result): its type result is named here, where instrgen does not follow it @17',
  ]);
});

test('variables of inferred type join the group of what they hold: f := g, h := t.run, op, ok := ops[name], var f = func...', () => {
  const p = analyze({
    'main.go': `package main

import "sort"

type cmd struct{ run func(n int) int }

var ops = map[string]func(n int) int{"inc": inc}

func inc(n int) int { return n + 1 }
func dec(n int) int { return n - 1 }
func neg(n int) int { return -n }
func less(a, b int) bool { return a < b }

func main() {
	f := inc
	f(1)
	c := cmd{run: dec}
	h := (c.run)
	h(2)
	if op, ok := ops["inc"]; ok {
		op(3)
	}
	var g = func(n int) int { return n }
	g, err := neg, error(nil)
	g(4)
	_ = err
	l := less
	sort.Slice([]int{}, l)
	l(1, 2)
}
`,
  });
  expect(groups(p)).toEqual({
    '(.cmd).run': { members: ['.dec'], calls: [] },
    '.main{f@15}': { members: ['.inc'], calls: ['.main@16'] },
    '.main{g@23}': { members: ['.main$1', '.neg'], calls: ['.main@25'] },
    '.main{h@18}': { members: ['.dec'], calls: ['.main@19'] },
    '.main{op@20}': { members: ['.inc'], calls: ['.main@21'] },
    '.ops{var}': { members: ['.inc'], calls: [] },
  });
  // A variable passed to the standard library keeps its type: less keeps its signature (an adapter, as before).
  expect(blocked(p)).toEqual([
    'the function-typed variable l in main: its value is read here for something else than a call, a store in a group or a comparison with nil @28',
  ]);
  // The variables have no type written to edit.
  const inferred = [...p.funcs.values()].map(([x]) => x).filter((x) => x.id.includes('{') && !x.id.endsWith('{var}'));
  expect(inferred.map((x) => short(x.typeEditedBy!)).sort()).toEqual(['.dec', '.inc', '.inc', '.main$1']);
});

test("a method's parameter is grouped like a function's, unless a module interface names the method, or the method is a value or called through an interface", () => {
  const p = analyze({
    'main.go': `package main

type route struct{ handle func(n int) int }

type router struct{ routes []route }

func (r *router) add(h func(n int) int) { r.routes = append(r.routes, route{handle: h}) }
func (r *router) each(visit func(n int)) {
	for i := range r.routes {
		n := r.routes[i].handle(i)
		visit(n)
	}
}
func (r *router) keep(f func()) { f() }
func (r *router) valued(f func()) { f() }
func (r *router) expr(f func()) { f() }

type keeper interface{ keep(f func()) }

func inc(n int) int { return n + 1 }
func show(n int) {}
func hello() {}

func main() {
	r := &router{}
	r.add(inc)
	r.each(show)
	var k keeper = r
	k.keep(hello)
	v := r.valued
	v(hello)
	(*router).expr(r, hello)
}
`,
  });
  expect(groups(p)).toEqual({
    '(.route).handle': { members: ['.inc'], calls: ['.(*router).each@10'] },
    '.(*router).add(h)': { members: ['.inc'], calls: [] },
    '.(*router).each(visit)': { members: ['.show'], calls: ['.(*router).each@11'] },
  });
  expect(blocked(p).sort()).toEqual([
    'the function-typed parameter f of (*router).expr: a call passes it in a way instrgen does not follow @32',
    'the function-typed parameter f of (*router).keep: (*router).keep may implement example.com/m.keeper, whose keep would keep the old parameter type @14',
    'the function-typed parameter f of (*router).valued: (*router).valued is used as a method value @30',
  ]);
});

test('exported package variables are grouped, their uses from other packages followed; an unfollowed use keeps them', () => {
  const p = analyze({
    'lib/lib.go': `package lib

var Hooks = map[string]func(n int) int{"inc": inc}
var OnDone func()
var Kept []func()

func inc(n int) int { return n + 1 }

func Call(name string, n int) int { return Hooks[name](n) }
`,
    'main.go': `package main

import (
	"fmt"
	"example.com/m/lib"
)

func dec(n int) int { return n - 1 }
func done() {}

func main() {
	lib.Hooks["dec"] = dec
	lib.OnDone = done
	name := "dec"
	lib.Hooks[name](1)
	h := lib.Hooks["inc"]
	h(2)
	if lib.OnDone != nil {
		lib.OnDone()
	}
	lib.Call(name, 3)
	lib.Kept = append(lib.Kept, done)
	fmt.Println(lib.Kept)
	lib.Kept[0]()
}
`,
  });
  expect(groups(p)).toEqual({
    'lib.Hooks{var}': { members: ['.dec', 'lib.inc'], calls: ['lib.Call@9', '.main@15'] },
    'lib.OnDone{var}': { members: ['.done'], calls: ['.main@19'] },
    '.main{h@16}': { members: ['.dec', 'lib.inc'], calls: ['.main@17'] },
  });
  expect(blocked(p)).toEqual([
    'the function-typed elements of Kept: lib.Kept is used here for something else than calling, setting or counting its elements @23',
  ]);
});

test('an exported named function type is one group across packages; a conversion to it in another package keeps it', () => {
  const p = analyze({
    'lib/lib.go': `package lib

type Handler func(args []string) int

type Other func(s string) string

var handlers = map[string]Handler{}

func Register(name string, h Handler) { handlers[name] = h }

func Run(name string) int { return handlers[name](nil) }

func Use(f Other) string { return f("x") }
`,
    'main.go': `package main

import "example.com/m/lib"

type cmd struct{ run lib.Handler }

func count(args []string) int { return len(args) }
func trim(s string) string { return s }

func main() {
	lib.Register("count", count)
	c := cmd{run: count}
	c.run(nil)
	var h lib.Handler = count
	h(nil)
	lib.Run("count")
	var v interface{} = lib.Other(trim)
	_ = v
	lib.Use(trim)
}
`,
  });
  const g = groups(p);
  expect(Object.keys(g).sort()).toEqual(['(.cmd).run', '.main{h@14}', 'lib.Register(h)', 'lib.handlers{var}']);
  for (const x of Object.values(g)) expect(x.members).toEqual(['.count']);
  // One pseudo method edits `type Handler func(...)` in lib; the others, in main too, name it.
  const named = [...p.funcs.values()].map(([f]) => f).filter((f) => f.group);
  expect(named.filter((f) => !f.typeEditedBy).map((f) => f.file)).toEqual(['lib/lib.go']);
  expect(blocked(p)).toEqual([
    'the function-typed parameter f of Use (of type Other): a value converted to lib.Other here is used for something else than a call of its methods or a store in a group @17',
  ]);
});

test('a named function type with methods: receivers are positions, a method called on a value is a use; one satisfying a standard library interface keeps its type', () => {
  const p = analyze({
    'main.go': `package main

import "fmt"

type Handler func(s string) string

func (h Handler) Serve(s string) string { return h(s) }

type namer func() string

func (n namer) String() string { return n() }

var table = map[string]Handler{}

func home(s string) string { return s }
func greet() string         { return "hi" }

func main() {
	table["/"] = home
	h := table["/"]
	fmt.Println(h.Serve("x"), Handler(home).Serve("y"))
	n := namer(greet)
	n()
}
`,
  });
  expect(groups(p)).toEqual({
    '.Handler.Serve{recv}': { members: ['.home'], calls: ['.Handler.Serve@7'] },
    '.main{h@20}': { members: ['.home'], calls: [] },
    '.table{var}': { members: ['.home'], calls: [] },
  });
  expect(blocked(p)).toEqual([
    'the receiver n of namer.String (of type namer): its type namer satisfies fmt.Stringer, so the standard library may hold and call a value of it @9',
  ]);
});

test('ranging over a grouped table reads its elements into a variable of inferred type, which joins the group', () => {
  const p = analyze({
    'main.go': `package main

import "fmt"

var steps = []func(n int) int{inc}
var kept = []func(n int) int{inc}

func inc(n int) int { return n + 1 }

func main() {
	n := 0
	for _, step := range steps {
		n = step(n)
	}
	for _, k := range kept {
		fmt.Println(k)
	}
}
`,
  });
  expect(groups(p)).toEqual({
    '.main{step@12}': { members: ['.inc'], calls: ['.main@13'] },
    '.steps{var}': { members: ['.inc'], calls: [] },
  });
  expect(blocked(p)).toEqual([
    'the function-typed variable k in main: its value is read here for something else than a call, a store in a group or a comparison with nil @16',
  ]);
});
