// Planning rules on small in-memory modules: which signatures change, which are kept and why, and what is written.
import { Codes } from '../diagnostics/diagnostic';
import { injectModule, moduleFs } from '../testing/injectFixture';
import { runInject, runPrune } from '../pipeline';
import { explainText } from './report';

const mod = moduleFs;
const inject = injectModule;

const entry = (body: string, extra = '') => `package main
import "instrgen.dev/rtlib"
${extra}
func main() {
	rtlib.AutotelEntryPoint()
${body}
}
`;

test('an interface method changes together with all its implementations, or none does', () => {
  const changes = inject({
    'main.go': entry(
      '\tvar s S = A{}\n\ts.Do()',
      'type S interface{ Do() }\ntype A struct{}\nfunc (A) Do() {}\ntype B struct{}\nfunc (B) Do() {}',
    ),
  });
  expect(
    ['(example.com/m.S).Do', 'example.com/m.A.Do', 'example.com/m.B.Do'].map(
      (id) => changes.r.decisions.byId.get(id)!.addParam,
    ),
  ).toEqual([true, true, true]);
  expect(changes.out('main.go')).toContain('type S interface{ Do(__atel_tracing_ctx __atel_context.Context) }');

  const kept = inject({
    'main.go': entry(
      '\tvar s S = A{}\n\ts.String()',
      'import "fmt"\nvar _ = fmt.Sprint\ntype S interface{ String() string }\ntype A struct{}\nfunc (A) String() string { return "a" }',
    ),
  });
  expect(kept.r.decisions.byId.get('(example.com/m.S).String')!.addParam).toBe(false);
  expect(kept.d('A.String').kept?.code).toBe(Codes.ExternalInterface);
  // The interface a reader expects comes first, not the first one in the table with that shape (expvar.Var).
  expect(kept.d('A.String').kept?.reason).toMatch(/implements fmt\.Stringer \(also expvar\.Var\)/);
});

test('a type satisfying sort.Interface keeps Len, Less and Swap; a lone Len does not', () => {
  const body = '\tx := byLen{}\n\tx.Len()\n\tx.Less(0, 1)\n\tx.Swap(0, 1)\n\ty := lone{}\n\ty.Len()';
  const { d } = inject({
    'main.go': entry(
      body,
      'type byLen []string\nfunc (b byLen) Len() int { return len(b) }\nfunc (b byLen) Less(i, j int) bool { return false }\nfunc (b byLen) Swap(i, j int) {}\ntype lone struct{}\nfunc (lone) Len() int { return 0 }',
    ),
  });
  expect([d('byLen.Len').addParam, d('byLen.Less').addParam, d('byLen.Swap').addParam, d('lone.Len').addParam]).toEqual(
    [false, false, false, true],
  );
  expect(d('byLen.Less').kept?.reason).toContain('sort.Interface');
  // Kept, and called directly from main: its twin takes main's context (src/plan/twins.ts).
  expect(d('byLen.Len').span).toBe('twin');
});

test('standard library interfaces match on parameter types: any is itself and interface{}, not *T; variadic is not one value', () => {
  const types = [
    'import "fmt"\nvar _ = fmt.Sprint',
    'type row struct{ v string }',
    // database/sql.Scanner is Scan(src any) error.
    'type byAny struct{}\nfunc (byAny) Scan(src any) error { return nil }',
    'type byEmpty struct{}\nfunc (byEmpty) Scan(src interface{}) error { return nil }',
    'type byRow struct{}\nfunc (byRow) Scan(dst *row) error { return nil }',
    'type byMany struct{}\nfunc (byMany) Scan(dst ...any) error { return nil }',
    // io.Writer is Write(p []byte) (n int, err error); uint8 is byte.
    'type bytesW struct{}\nfunc (bytesW) Write(p []uint8) (int, error) { return 0, nil }',
    'type lineW struct{}\nfunc (lineW) Write(s string) (int, error) { return 0, nil }',
  ].join('\n');
  const body =
    ['byAny', 'byEmpty', 'byRow', 'byMany'].map((t) => `\t_ = ${t}{}.Scan(nil)`).join('\n') +
    '\n\t_, _ = bytesW{}.Write(nil)\n\t_, _ = lineW{}.Write("")';
  const { d } = inject({ 'main.go': entry(body, types) });
  const kept = (id: string) => d(id).kept?.code ?? 'changes';
  expect(['byAny.Scan', 'byEmpty.Scan', 'byRow.Scan', 'byMany.Scan', 'bytesW.Write', 'lineW.Write'].map(kept)).toEqual([
    Codes.ExternalInterface,
    Codes.ExternalInterface,
    'changes',
    'changes',
    Codes.ExternalInterface,
    'changes',
  ]);
  expect(d('byAny.Scan').kept?.reason).toContain('database/sql.Scanner');
});

test('main, init and tests never change; test files get TODO contexts at changed call sites', () => {
  const { d, out } = inject({
    'main.go': entry('\thelp()', 'func init() { help() }\nfunc help() {}'),
    'main_test.go': 'package main\nimport "testing"\nfunc TestHelp(t *testing.T) { help() }\n',
  });
  expect(d('help').addParam).toBe(true);
  expect(out('main.go')).toContain('func init() { help(__atel_context.TODO()) }');
  expect(out('main_test.go')).toContain('help(__atel_context.TODO())');
  expect(d('TestHelp').addParam).toBe(false);
});

test('a call passing another call’s results to a package function calls a closure that takes them, and both get the context', () => {
  const { d, out } = inject({
    'main.go': entry('\tpair(two())', 'func two() (int, int) { return 1, 2 }\nfunc pair(a, b int) {}'),
  });
  expect(d('pair').addParam).toBe(true);
  expect(d('two').addParam).toBe(true);
  expect(out('main.go')).toContain(
    'func(__atel_p0 int, __atel_p1 int) { pair(__atel_child_tracing_ctx, __atel_p0, __atel_p1) }(two(__atel_child_tracing_ctx))',
  );
});

test('a method passed another call’s results keeps its signature: its receiver would be evaluated after the call', () => {
  const { d } = inject({
    'main.go': entry(
      '\tvar p pt\n\tp.pair(two())',
      'type pt struct{}\nfunc two() (int, int) { return 1, 2 }\nfunc (pt) pair(a, b int) {}',
    ),
  });
  expect(d('pt.pair').addParam).toBe(false);
  expect(d('pt.pair').kept?.code).toBe(Codes.MultiValueArgument);
  expect(d('two').addParam).toBe(true);
});

test('functions used as values get adapters where a context is in scope, and keep their signature elsewhere', () => {
  const { d, out } = inject({
    'main.go': entry('\t_ = strings.Map(rot, "a")', 'import "strings"\nfunc rot(r rune) rune { return r }'),
  });
  expect(d('rot').addParam).toBe(true);
  expect(out('main.go')).toContain(
    'strings.Map(func(__atel_p0 rune) rune { return rot(__atel_child_tracing_ctx, __atel_p0) }, "a")',
  );

  // A package variable whose type is inferred is no function-typed group (src/symbols/functionGroups.ts).
  const pkgLevel = inject({
    'main.go': entry("\t_ = f('a')\n\trot('b')", 'var f = rot\nfunc rot(r rune) rune { return r }'),
  });
  expect(pkgLevel.d('rot').kept?.code).toBe(Codes.UsedAsValue);
  // A table with its function type written out changes type with what it holds.
  const table = inject({
    'main.go': entry(
      "\t_ = table[\"r\"]('a')\n\trot('b')",
      'var table = map[string]func(rune) rune{"r": rot}\nfunc rot(r rune) rune { return r }',
    ),
  });
  expect(table.d('rot').addParam).toBe(true);
  expect(table.out('main.go')).toContain('var table = map[string]func(__atel_context.Context, rune) rune{"r": rot}');
  expect(table.out('main.go')).toContain(`table["r"](__atel_child_tracing_ctx, 'a')`);
});

test('//instrgen:ignore stops the walk; generated files are never edited and fix what they call', () => {
  const { d, r } = inject({
    'main.go': entry('\tskip()\n\tgen()', '//instrgen:ignore\nfunc skip() { deep() }\nfunc deep() {}\nfunc used() {}'),
    'gen.go': '// Code generated by x. DO NOT EDIT.\n\npackage main\n\nfunc gen() { used() }\n',
  });
  expect([d('skip').span, d('deep').reached, d('gen').span]).toEqual(['none', false, 'none']);
  expect(r.after.has('gen.go')).toBe(false);
  expect(d('used').addParam).toBe(false);
});

test('functions that already take a context reuse it and pass the child context on', () => {
  const { out, d } = inject({
    'main.go': entry('\twork(context.Background())', 'import "context"\nfunc work(ctx context.Context) { _ = ctx }'),
  });
  expect(d('work').span).toBe('own-context');
  expect(out('main.go')).toContain('Start(ctx, "main.work")\n\tctx = __atel_child_tracing_ctx\n');
});

test('os.Exit and log.Fatal get rtlib.EndAll() on the line before', () => {
  const { out } = inject({ 'main.go': entry('\tos.Exit(2)', 'import "os"') });
  expect(out('main.go')).toContain('\t__atel_rtlib.EndAll()\n\tos.Exit(2)');
  expect(out('main.go')).toContain('\t__atel_rtlib "instrgen.dev/rtlib"\n');
});

test('no entry point is an error with a hint, and nothing is planned', () => {
  expect(() => inject({ 'main.go': 'package main\nfunc main() {}\n' })).toThrow(/IG1002.*AutotelEntryPoint/);
});

test('prune is the inverse of inject for multi-line lists, one-line bodies, CRLF and a byte-order mark', () => {
  const src = entry(
    '\tsum(\n\t\t1,\n\t\t2,\n\t)\n\tone()',
    'func sum(\n\ta int,\n\tb int,\n) int {\n\treturn a + b\n}\nfunc one() int { return 1 }',
  );
  for (const text of [src, src.replace(/\n/g, '\r\n'), '\uFEFF' + src]) {
    const injected = inject({ 'main.go': text }).out('main.go');
    expect(injected).not.toEqual(text);
    expect(injected.includes('\r\n')).toBe(text.includes('\r\n'));
    const pruned = runPrune({ fs: mod({ 'main.go': injected }), cwd: '/m', patterns: ['./...'] });
    expect(pruned.after.get('main.go')).toEqual(text);
  }
});

test('a method value becomes an adapter that binds its receiver where the value is made', () => {
  const { d, out, r } = inject({
    'main.go': entry(
      '\tp := P{}\n\tf := p.Inc\n\tq := &p\n\tg := q.Get\n\tf(1)\n\t_ = g()',
      'type P struct{ n int }\n\nfunc (p *P) Inc(d int) { p.n += d }\n\nfunc (p P) Get() int { return p.n }',
    ),
  });
  expect([d('(*P).Inc').addParam, d('P.Get').addParam]).toEqual([true, true]);
  // &p for a pointer method taken from a value, *q for a value method taken through a pointer.
  expect(out('main.go')).toContain(
    '\tf := func(__atel_r *P) func(int) {\n\t\treturn func(__atel_p0 int) { __atel_r.Inc(__atel_child_tracing_ctx, __atel_p0) }\n\t}(&p)\n',
  );
  expect(out('main.go')).toContain(
    'g := func(__atel_r P) func() int { return func() int { return __atel_r.Get(__atel_child_tracing_ctx) } }(*q)',
  );
  const back = runPrune({ fs: mod({ 'main.go': out('main.go') }), cwd: '/m', patterns: ['./...'] });
  expect(back.after.get('main.go')).toBe(r.before.get('main.go'));
});

test('a method value keeps the signature when its receiver cannot be bound as written, with the reason', () => {
  const types =
    'type P struct{ n int }\nfunc (p *P) Inc() { p.n++ }\nfunc newP() *P { return &P{} }\ntype W struct{ P }\ntype V struct{ *P }\ntype I interface{ Run() }\ntype R struct{}\nfunc (R) Run() {}';
  const reason = (body: string, id: string) => inject({ 'main.go': entry(body, types) }).d(id).kept?.reason;
  expect(reason('\tf := newP().Inc\n\tf()', '(*P).Inc')).toBe(
    'it is used as a method value and its receiver expression is not a plain variable or field',
  );
  expect(reason('\tw := W{}\n\tf := w.Inc\n\tf()', '(*P).Inc')).toBeUndefined();
  expect(reason('\tw := V{&P{}}\n\tf := w.Inc\n\tf()', '(*P).Inc')).toBe(
    'it is used as a method value and it is promoted through an embedded pointer or interface',
  );
  expect(reason('\tvar i I = R{}\n\tf := i.Run\n\tf()', 'R.Run')).toContain(
    'it is used as a method value and it is taken from an interface value',
  );
  expect(reason('\tp := &P{}\n\tP := 1\n\t_ = P\n\tf := p.Inc\n\tf()', '(*P).Inc')).toBe(
    'it is used as a method value and its receiver type cannot be spelled here',
  );
});

test('an adapter in another package qualifies the declaring package’s types, unless a local name shadows the import', () => {
  const geo =
    'package geo\ntype Unit int\ntype P struct{}\nfunc (p *P) Move(u Unit) Unit { return u }\ntype hidden struct{}\nfunc (h *hidden) Run() {}\nfunc New() *hidden { return &hidden{} }\n';
  const use = (body: string) => inject({ 'geo/geo.go': geo, 'main.go': entry(body, 'import "example.com/m/geo"') });
  const ok = use('\tp := &geo.P{}\n\tf := p.Move\n\t_ = f(1)');
  expect(ok.r.decisions.byId.get('example.com/m/geo.(*P).Move')!.addParam).toBe(true);
  expect(ok.out('main.go')).toContain('func(__atel_r *geo.P) func(geo.Unit) geo.Unit {');
  const shadowed = use('\tp := &geo.P{}\n\tif geo := 1; geo > 0 {\n\t\tf := p.Move\n\t\t_ = f(1)\n\t}');
  expect(shadowed.r.decisions.byId.get('example.com/m/geo.(*P).Move')!.kept?.reason).toBe(
    'it is used as a method value and its receiver type cannot be spelled here',
  );
  const unexported = use('\th := geo.New()\n\tf := h.Run\n\tf()');
  expect(unexported.r.decisions.byId.get('example.com/m/geo.(*hidden).Run')!.kept?.reason).toBe(
    'it is used as a method value and its receiver type cannot be spelled here',
  );
});

test('an unresolved selector keeps the methods of that name it could reach: an unexported name only in its own package', () => {
  // `x.run()` on a value of unknown type (a std package outside the table) could be either method in package main,
  // but in package geo only geo's own: an unexported method is selectable only where it is declared.
  const { r, d } = inject({
    'geo/geo.go': `package geo
import "golang.org/x/unknown"
type P struct{}
func (*P) run() {}
func (*P) Run() {}
func Use() { unknown.Get().run(); unknown.Get().Run(); var p P; p.run(); p.Run() }
`,
    'main.go': entry(
      '\tgeo.Use()\n\tvar t T\n\tt.run()',
      'import "example.com/m/geo"\ntype T struct{}\nfunc (T) run() {}',
    ),
  });
  const geo = (name: string) => r.decisions.byId.get(`example.com/m/geo.${name}`)!;
  expect(geo('(*P).run').kept?.code).toBe(Codes.UnresolvedReference);
  expect(geo('(*P).Run').kept?.code).toBe(Codes.UnresolvedReference);
  expect(d('T.run').kept).toBeUndefined();
  expect(d('T.run').addParam).toBe(true);
});

test('unnamed parameters get names when the context parameter is added, and prune takes them away again', () => {
  const files = {
    'main.go': entry(
      '\tfmt.Println(pair(1, "a"), tail(2, 3, 4))',
      'import "fmt"\nfunc pair(int, string) int { return 7 }\nfunc tail(int, ...int) int { return 9 }',
    ),
  };
  const { d, out } = inject(files);
  expect(d('pair').addParam).toBe(true);
  expect(out('main.go')).toContain(
    'func pair(__atel_tracing_ctx __atel_context.Context, __atel_u0 int, __atel_u1 string) int {',
  );
  expect(out('main.go')).toContain(
    'func tail(__atel_tracing_ctx __atel_context.Context, __atel_u0 int, __atel_u1 ...int) int {',
  );
  const pruned = runPrune({ fs: mod({ 'main.go': out('main.go') }), cwd: '/m', patterns: ['./...'] });
  expect(pruned.after.get('main.go')).toBe(files['main.go']);
});

describe('a module interface that a type from outside the module may be in keeps its methods (IG2012)', () => {
  const iface =
    'import (\n\t"bufio"\n\t"io"\n\t"os"\n)\ntype flusher interface{ Flush() error }\ntype own struct{}\nfunc (*own) Flush() error { return nil }\n';
  const kept = (body: string) =>
    inject({ 'main.go': entry(body, iface + 'var _ = os.Stdout\nvar _ io.Writer\nvar _ = bufio.NewWriter') }).d(
      '(*own).Flush',
    );

  test('assigned, passed, returned or stored: kept, naming the type and where it enters', () => {
    for (const body of [
      '\tvar f flusher = bufio.NewWriter(os.Stdout)\n\tf.Flush()',
      '\tvar f flusher = &own{}\n\tf = bufio.NewWriter(os.Stdout)\n\tf.Flush()',
      '\tuse(bufio.NewWriter(os.Stdout))\n}\nfunc use(f flusher) {\n\tf.Flush()',
      '\tfs := []flusher{&own{}, bufio.NewWriter(os.Stdout)}\n\tfs[0].Flush()',
      '\tmk().Flush()\n}\nfunc mk() flusher {\n\treturn bufio.NewWriter(os.Stdout)',
    ]) {
      const d = kept(body);
      expect({ body, addParam: d.addParam, code: d.kept?.code }).toEqual({
        body,
        addParam: false,
        code: Codes.OutsideImplementation,
      });
      expect(d.kept!.reason).toContain('*bufio.Writer');
    }
  });

  test('asserted from an io.Writer, or to *bufio.Writer: kept; only module types enter: changes', () => {
    const asserted = kept('\tvar w io.Writer = os.Stdout\n\tif f, ok := w.(flusher); ok {\n\t\tf.Flush()\n\t}');
    expect([asserted.addParam, asserted.kept?.code]).toEqual([false, Codes.OutsideImplementation]);
    const holds = kept('\tvar f flusher = &own{}\n\tf.Flush()\n\t_, _ = f.(*bufio.Writer)');
    expect([holds.addParam, holds.kept?.reason.includes('*bufio.Writer')]).toEqual([false, true]);
    expect(kept('\tvar f flusher = &own{}\n\tf.Flush()').addParam).toBe(true);
  });

  test('a value of unknown type blocks only an interface some outside type could satisfy', () => {
    const { d } = inject({
      'main.go': entry(
        '\tvar s shape = pick(0)\n\ts.Area()\n\tvar f flusher = table[1].(flusher)\n\tf.Flush()\n\tvar g flusher2 = pick(1).(flusher2)\n\tg.Flush2()',
        'type shape interface{ Area() float64 }\ntype sq struct{}\nfunc (sq) Area() float64 { return 1 }\nfunc (sq) Flush() error { return nil }\nvar table = map[int]interface{}{0: sq{}, 1: sq{}}\nfunc pick(i int) shape { return table[i].(shape) }\ntype flusher interface{ Flush() error }\ntype flusher2 interface{ Flush2() error }\nfunc (sq) Flush2() error { return nil }',
      ),
    });
    // A shape holds only module types (no type from outside has Area), so what is asserted from it does too.
    expect(d('sq.Flush2').addParam).toBe(true);
    expect(d('sq.Area').addParam).toBe(true);
    expect([d('sq.Flush').addParam, d('sq.Flush').kept?.code]).toEqual([false, Codes.OutsideImplementation]);
  });

  test('a module type whose method is promoted from a standard library type counts as outside', () => {
    const d = kept(
      '\tvar f flusher = wrapped{bufio.NewWriter(os.Stdout)}\n\tf.Flush()\n}\ntype wrapped struct{ *bufio.Writer }\nfunc unused() {',
    );
    expect([d.addParam, d.kept?.code]).toEqual([false, Codes.OutsideImplementation]);
  });
});

describe('methods that reflection calls by name or index keep their signatures (IG2013)', () => {
  const types =
    'import "reflect"\ntype A struct{}\nfunc (*A) Pos() int { return 1 }\nfunc (*A) hidden() int { return 2 }\ntype B struct{}\nfunc (*B) Pos() int { return 3 }\n';
  const byName =
    'func span(x interface{}) int64 {\n\treturn reflect.ValueOf(x).MethodByName("Pos").Call(nil)[0].Int()\n}\n';

  test('the exported methods of the types passed on to reflect.ValueOf, and no others', () => {
    const { d } = inject({
      'main.go': entry('\ta, b := &A{}, &B{}\n\ta.Pos()\n\ta.hidden()\n\tb.Pos()\n\tspan(a)', types + byName),
    });
    expect([d('(*A).Pos').addParam, d('(*A).Pos').kept?.code]).toEqual([false, Codes.CalledByReflection]);
    expect(d('(*A).Pos').kept!.reason).toMatch(/reflect\.Value\.MethodByName.*values of m\.A reach it$/);
    // Where the call is and where the value enters are data, not text pasted into the reason.
    expect(d('(*A).Pos').kept!.related!.map((r) => `${r.pos.file} ${r.message}`)).toEqual([
      'main.go reflect.Value.MethodByName is called here',
      'main.go a value of m.A enters reflection here',
    ]);
    expect([d('(*A).hidden').addParam, d('(*B).Pos').addParam]).toEqual([true, true]);
  });

  test('reflect.ValueOf alone calls no method; a value of unknown type counts every module type', () => {
    const alone = inject({ 'main.go': entry('\ta := &A{}\n\ta.Pos()\n\t_ = reflect.ValueOf(a).Kind()', types) });
    expect(alone.d('(*A).Pos').addParam).toBe(true);
    const unknown = inject({
      'main.go': entry(
        '\ta, b := &A{}, &B{}\n\ta.Pos()\n\tb.Pos()\n\tvar xs []interface{}\n\tspan(xs[0])',
        types + byName,
      ),
    });
    expect([unknown.d('(*A).Pos').addParam, unknown.d('(*B).Pos').addParam]).toEqual([false, false]);
  });

  test('a template calls the exported methods of its data, and of what the data holds', () => {
    const { d } = inject({
      'main.go': entry(
        '\ta := &A{}\n\ta.Pos()\n\tb := &B{}\n\tb.Pos()\n\tt.Execute(os.Stdout, page{Items: []*A{a}})',
        'import (\n\t"os"\n\t"text/template"\n)\nvar t = template.Must(template.New("").Parse("{{range .Items}}{{.Pos}}{{end}}"))\ntype page struct{ Items []*A }\n' +
          types.replace('import "reflect"\n', ''),
      ),
    });
    expect([d('(*A).Pos').addParam, d('(*A).Pos').kept?.code, d('(*B).Pos').addParam]).toEqual([
      false,
      Codes.CalledByReflection,
      true,
    ]);
  });
});

test('standard library interfaces match on result types too: Get returning string is no tls.ClientSessionCache', () => {
  const cache = (get: string) =>
    inject({
      'main.go': entry(
        '\tc := &cache{}\n\tc.Get("k")\n\tc.Put("k", nil)',
        `import "crypto/tls"\ntype cache struct{}\nfunc (c *cache) Get(key string) ${get} { var z ${get.slice(1, get.indexOf(','))}; return z, false }\nfunc (c *cache) Put(key string, s *tls.ClientSessionState) {}`,
      ),
    }).d('(*cache).Get');
  expect(cache('(string, bool)').addParam).toBe(true);
  const real = cache('(*tls.ClientSessionState, bool)');
  expect([real.addParam, real.kept?.reason]).toEqual([false, expect.stringContaining('crypto/tls.ClientSessionCache')]);
});

describe('a function value whose identity something may observe is passed as itself, not as an adapter (IG2014)', () => {
  const fns =
    'import (\n\t"fmt"\n\t"reflect"\n\t"strings"\n\t"sync"\n)\nvar _ = fmt.Sprint\nvar _ = reflect.ValueOf\nvar _ sync.Map\nfunc home(s string) string { return s }\nfunc other(s string) string { return s }\n';
  const decided = (body: string, extra = '') =>
    inject({ 'main.go': entry(`\thome("x")\n\tother("y")\n${body}`, fns + extra) }).d;

  test('directly, or through a parameter, a field and a slice, it keeps its signature and says where it is observed', () => {
    const direct = decided(
      '\tfmt.Printf("%p\\n", home)\n\t_ = strings.Map(func(r rune) rune { return r }, other("z"))',
    );
    expect([direct('home').addParam, direct('home').kept?.code]).toEqual([false, Codes.IdentityObserved]);
    expect(direct('home').kept!.reason).toContain('may reach fmt.Printf');
    expect(direct('home').kept!.related!.map((r) => `${r.pos.file} ${r.message}`)).toEqual([
      'main.go used as a function value here',
      'main.go it may reach fmt.Printf here',
    ]);
    const deep = decided(
      '\tvar t table\n\tt.add(home)\n\tt.show()',
      'type table struct{ fs []func(string) string }\nfunc (t *table) add(f func(string) string) { t.fs = append(t.fs, f) }\nfunc (t *table) show() {\n\tfor _, f := range t.fs {\n\t\tfmt.Println(reflect.ValueOf(f).Pointer() != 0)\n\t}\n}',
    );
    expect([deep('home').addParam, deep('home').kept?.code]).toEqual([false, Codes.IdentityObserved]);
  });

  test('a value nothing observes still becomes an adapter', () => {
    const d = decided(
      '\t_ = strings.Map(func(r rune) rune { return r }, apply(home, "s"))\n\tfmt.Println(other("z"))',
      'func apply(f func(string) string, s string) string { return f(s) }',
    );
    expect(d('home').addParam).toBe(true);
  });

  test('handed to code outside the module and back, it counts as observed where an observer gets a value of unknown origin', () => {
    const d = decided(
      '\tvar m sync.Map\n\tm.Store("h", home)\n\tv, _ := m.Load("h")\n\tfmt.Println(reflect.ValueOf(v).Pointer() != 0)',
    );
    expect([d('home').addParam, d('home').kept?.code]).toEqual([false, Codes.IdentityObserved]);
  });
});

test('an interface of one package that another package fills with a standard library type keeps its methods; a value from another module counts', () => {
  const files = {
    'out/out.go':
      'package out\ntype Flusher interface{ Flush() error }\ntype Own struct{}\nfunc (*Own) Flush() error { return nil }\nfunc Use(f Flusher) error { return f.Flush() }\n',
    'main.go': entry(
      '\tout.Use(&out.Own{})\n\tout.Use(bufio.NewWriter(os.Stdout))',
      'import (\n\t"bufio"\n\t"os"\n\t"example.com/m/out"\n)',
    ),
  };
  const r = runInject({ fs: mod(files), cwd: '/m', patterns: ['./...'] });
  const own = r.decisions.byId.get('example.com/m/out.(*Own).Flush')!;
  expect([own.addParam, own.kept?.code]).toEqual([false, Codes.OutsideImplementation]);
  expect(own.kept!.related!.map((r) => `${r.pos.file} ${r.message}`)).toEqual([
    'out/out.go Flusher.Flush is declared here',
    'main.go *bufio.Writer enters out.Flusher here',
  ]);

  // A value of unknown type from a package of another module may be any type: Shape keeps Area.
  const third = {
    'main.go': entry(
      '\tvar s shape = sq{}\n\ts.Area()\n\ts = lib.Make().(shape)\n\ts.Area()',
      'import "example.org/lib"\ntype shape interface{ Area() float64 }\ntype sq struct{}\nfunc (sq) Area() float64 { return 1 }',
    ),
  };
  const t = runInject({ fs: mod(third), cwd: '/m', patterns: ['./...'] });
  expect(t.decisions.byId.get('example.com/m.sq.Area')!.kept?.code).toBe(Codes.OutsideImplementation);
});

test('result types: interface{} is any, a module type is never a standard library one', () => {
  const { d } = inject({
    'main.go': entry(
      '\tq := &pq{}\n\theap.Push(q, 1)\n\t_ = heap.Pop(q)\n\t_ = q.Pop()\n\tvar m mine\n\t_ = m.Error()',
      'import "container/heap"\ntype pq []int\nfunc (q pq) Len() int { return len(q) }\nfunc (q pq) Less(i, j int) bool { return q[i] < q[j] }\nfunc (q pq) Swap(i, j int) { q[i], q[j] = q[j], q[i] }\nfunc (q *pq) Push(x interface{}) { *q = append(*q, x.(int)) }\nfunc (q *pq) Pop() interface{} { old := *q; x := old[len(old)-1]; *q = old[:len(old)-1]; return x }\ntype text string\ntype mine struct{}\nfunc (mine) Error() text { return "" }',
    ),
  });
  expect([d('(*pq).Pop').addParam, d('(*pq).Pop').kept?.reason]).toEqual([
    false,
    expect.stringContaining('container/heap.Interface'),
  ]);
  expect(d('mine.Error').addParam).toBe(true);
});

test('result types compare what aliases stand for: Stat returning os.FileInfo is fs.File’s Stat', () => {
  const { d } = inject({
    'main.go': entry(
      '\tf := &file{}\n\tf.Stat()\n\tf.Read(nil)\n\tf.Close()',
      'import "os"\ntype file struct{}\nfunc (*file) Stat() (os.FileInfo, error) { return nil, nil }\nfunc (*file) Read(p []byte) (int, error) { return 0, nil }\nfunc (*file) Close() error { return nil }',
    ),
  });
  expect([d('(*file).Stat').addParam, d('(*file).Stat').kept?.reason]).toEqual([
    false,
    expect.stringContaining('io/fs.File'),
  ]);
});

test('a function value handed to another module, or to a call that cannot be resolved, is passed as itself', () => {
  const { d } = inject({
    'main.go': entry(
      '\thome("a")\n\tother("b")\n\tr := web.New()\n\tr.GET("/", home)\n\tweb.Handle("/x", other)',
      'import "example.org/web"\nfunc home(s string) {}\nfunc other(s string) {}',
    ),
  });
  expect([d('home').addParam, d('home').kept?.code, d('other').kept?.code]).toEqual([
    false,
    Codes.IdentityObserved,
    Codes.IdentityObserved,
  ]);
  expect(d('other').kept!.reason).toContain('example.org/web.Handle (code of another module)');
});

test('the added import block is sorted by path as gofmt sorts it; prune also takes out the unsorted block earlier versions wrote', () => {
  const rtlib = 'go.opentelemetry.io/contrib/instrgen/rtlib';
  const files = {
    'main.go':
      'package main\n\nimport "os"\n\n//instrgen:entry\nfunc run() {\n\tos.Exit(work())\n}\n\nfunc work() int { return 0 }\n\nfunc main() { run() }\n',
  };
  const r = runInject({ fs: mod(files), cwd: '/m', patterns: ['./...'], rtlibPath: rtlib });
  const out = r.after.get('main.go')!;
  const sorted = `import (\n\t__atel_context "context"\n\t__atel_rtlib "${rtlib}"\n\t__atel_otel "go.opentelemetry.io/otel"\n)`;
  expect(out).toContain(sorted);
  // Earlier versions wrote the runtime library last; prune still recognises that block.
  const legacy = out.replace(
    sorted,
    `import (\n\t__atel_context "context"\n\t__atel_otel "go.opentelemetry.io/otel"\n\t__atel_rtlib "${rtlib}"\n)`,
  );
  expect(legacy).not.toEqual(out);
  // Earlier versions also set the code attributes on every span from a variable per function.
  const perCall = out
    .replace(
      sorted,
      `import (\n\t__atel_context "context"\n\t__atel_rtlib "${rtlib}"\n\t__atel_otel "go.opentelemetry.io/otel"\n\t__atel_attribute "go.opentelemetry.io/otel/attribute"\n)`,
    )
    .replace(
      /(__atel_span := __atel_tracer\.Start\(\w+, "main\.(\w+)"\)\n)/g,
      '$1\t__atel_span.SetAttributes(__atel_attrs_$2...)\n',
    )
    .replace(
      /var __atel_code_(\w+) = [^\n]*/g,
      'var __atel_attrs_$1 = []__atel_attribute.KeyValue{__atel_attribute.String("code.function", "$1"), __atel_attribute.Int("code.lineno", 7)}',
    );
  expect(perCall).toContain('\t__atel_span.SetAttributes(__atel_attrs_work...)\n');
  expect(perCall).toContain('\nvar __atel_attrs_run = []__atel_attribute.KeyValue{');
  for (const text of [out, legacy, perCall])
    expect(runPrune({ fs: mod({ 'main.go': text }), cwd: '/m', patterns: ['./...'] }).after.get('main.go')).toEqual(
      files['main.go'],
    );
});

test('a comment after `(` stays on its line when the context goes first in a list broken over lines; prune restores it', () => {
  const files = {
    'main.go': entry(
      '\tfmt.Println(sum( // the numbers\n\t\t1,\n\t\t2,\n\t))',
      'import "fmt"\n\nfunc sum(a, b int) int { return a + b }\n',
    ),
  };
  const r = runInject({ fs: mod(files), cwd: '/m', patterns: ['./...'] });
  const out = r.after.get('main.go')!;
  expect(out).toContain('sum( // the numbers\n\t\t__atel_child_tracing_ctx,\n\t\t1,');
  expect(runPrune({ fs: mod({ 'main.go': out }), cwd: '/m', patterns: ['./...'] }).after.get('main.go')).toEqual(
    files['main.go'],
  );
});

describe('methods the standard library calls through its interfaces', () => {
  const api =
    'type api struct{}\nfunc (a *api) ServeHTTP(w http.ResponseWriter, r *http.Request) { a.log() }\nfunc (a *api) log() {}';

  test('are reached where a value of their type is handed to it, and start their span from r.Context()', () => {
    const { r, d, out } = inject({ 'main.go': entry('\thttp.Handle("/", &api{})', `import "net/http"\n${api}`) });
    expect(d('(*api).ServeHTTP').span).toBe('request-context');
    expect(d('(*api).log').addParam).toBe(true);
    expect(out('main.go')).toContain('__atel_tracer.Start(__atel_rtlib.RequestContext(r), "main.(*api).ServeHTTP")');
    expect(r.reached.get('example.com/m.(*api).ServeHTTP')?.edge).toMatchObject({
      kind: 'stdlib',
      via: 'net/http.Handler',
    });
  });

  test('are reached from the entry point when handed over in init or at package level, not by a blank compile-time check', () => {
    const inInit = inject({
      'main.go': entry('', `import "net/http"\nfunc init() { http.Handle("/", &api{}) }\n${api}`),
    });
    expect(inInit.d('(*api).ServeHTTP').reached).toBe(true);
    const pkgLevel = inject({ 'main.go': entry('\t_ = h', `import "net/http"\nvar h http.Handler = &api{}\n${api}`) });
    expect(pkgLevel.d('(*api).ServeHTTP').reached).toBe(true);
    const check = inject({ 'main.go': entry('', `import "net/http"\nvar _ http.Handler = (*api)(nil)\n${api}`) });
    expect(check.d('(*api).ServeHTTP').reached).toBe(false);
  });
});

test('contexts the program makes are passed with the caller’s span, except the caller’s own context as it came in', () => {
  const src =
    'import "context"\nfunc run(ctx context.Context) {\n\tstep(ctx)\n\tstep(nil)\n\tctx = context.TODO()\n}\nfunc step(ctx context.Context) { again(ctx) }\n\nfunc again(ctx context.Context) {}';
  const { out, r } = inject({
    'main.go': entry('\trun(context.Background())', src),
  });
  const text = out('main.go');
  expect(text).toContain('run(__atel_rtlib.WithParentSpan(context.Background(), __atel_child_tracing_ctx))');
  // run assigns ctx, so what it passes may not carry its span; step passes its own ctx untouched; nil stays nil.
  expect(text).toContain('step(__atel_rtlib.WithParentSpan(ctx, __atel_child_tracing_ctx))');
  expect(text).toContain('step(nil)');
  expect(text).toContain('again(ctx)');
  const pruned = runPrune({
    fs: mod(Object.fromEntries([...r.after].map(([f, t]) => [f, t]))),
    cwd: '/m',
    patterns: ['./...'],
  });
  expect(pruned.after.get('main.go')).toBe(entry('\trun(context.Background())', src));
});

test('a handler stored in a field of a standard library struct, or assigned to one, is reached', () => {
  const api =
    'type api struct{}\nfunc (a *api) ServeHTTP(w http.ResponseWriter, r *http.Request) {}\ntype other struct{}\nfunc (o other) ServeHTTP(w http.ResponseWriter, r *http.Request) {}';
  const { d } = inject({
    'main.go': entry(
      '\tsrv := &http.Server{Handler: &api{}}\n\tsrv.Handler = other{}\n\t_ = srv',
      `import "net/http"\n${api}`,
    ),
  });
  expect(d('(*api).ServeHTTP').reached).toBe(true);
  expect(d('other.ServeHTTP').reached).toBe(true);
});

test('explain says which mechanism links a span: the standard library edge, r.Context(), WithParentSpan', () => {
  const api =
    'type api struct{}\nfunc (a *api) ServeHTTP(w http.ResponseWriter, r *http.Request) {}\nfunc run(ctx context.Context) {}';
  const { r } = inject({
    'main.go': entry(
      '\thttp.Handle("/", &api{})\n\trun(context.Background())',
      `import (\n\t"context"\n\t"net/http"\n)\n${api}`,
    ),
  });
  const serve = explainText(r.program, r.decisions, r.reached, 'example.com/m.(*api).ServeHTTP');
  expect(serve).toContain('-> (stdlib via net/http.Handler at main.go:');
  expect(serve).toContain('is called by the standard library through net/http.Handler');
  expect(serve).toContain("opens a span from its *http.Request's Context()");
  expect(explainText(r.program, r.decisions, r.reached, 'example.com/m.run')).toContain('rtlib.WithParentSpan');
});
