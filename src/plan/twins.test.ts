// Twins of kept functions on small in-memory modules: which get one, what is written, and that prune undoes it exactly.
import { Codes } from '../diagnostics/diagnostic';
import { injectModule, moduleFs } from '../testing/injectFixture';
import { runInject, runPrune } from '../pipeline';
import { explainText } from './report';

const mod = moduleFs;
const inject = injectModule;

/** Inject, then prune the output: every file must come back byte for byte, and inject on the output changes nothing. */
function roundTrip(files: Record<string, string>) {
  const { r } = inject(files);
  const injected = { ...files, ...Object.fromEntries(r.after) };
  const pruned = runPrune({ fs: mod(injected), cwd: '/m', patterns: ['./...'] });
  expect({ ...injected, ...Object.fromEntries(pruned.after) }).toEqual(files);
  expect([...runInject({ fs: mod(injected), cwd: '/m', patterns: ['./...'] }).after.keys()]).toEqual([]);
  return injected;
}

const entry = (body: string, extra = '') => `package main

import (
	"fmt"
	"os"

	"instrgen.dev/rtlib"
)

${extra}

func main() {
	rtlib.AutotelEntryPoint()
${body}
}
`;

const writer = `type w struct{ n int }

// Write counts.
//
//go:noinline
func (x *w) Write(p []byte) (int, error) {
	x.n += len(p)
	return len(p), nil
}`;

test('a kept method called directly gets a twin: the kept method delegates with a new root, the call passes its context', () => {
  const { d, out, r } = inject({
    'main.go': entry('\tx := &w{}\n\tx.Write(nil)\n\tfmt.Fprint(x, "a")\n\t_ = os.Stdout', writer),
  });
  expect(d('(*w).Write').kept?.code).toBe(Codes.ExternalInterface);
  expect(d('(*w).Write').addParam).toBe(false);
  expect(d('(*w).Write').span).toBe('twin');
  const text = out('main.go');
  // The doc comment and the directive stay with the kept method, right above it.
  expect(text).toContain(
    '// Write counts.\n//\n//go:noinline\nfunc (x *w) Write(p []byte) (int, error) {\n\treturn x.__atel_twin_Write(__atel_context.Background(), p)\n}\n\nfunc (x *w) __atel_twin_Write(__atel_tracing_ctx __atel_context.Context, p []byte) (__atel_ret0 int, __atel_ret1 error) {\n\t__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "main.(*w).Write")',
  );
  expect(text).toContain('\tx.__atel_twin_Write(__atel_child_tracing_ctx, nil)\n\tfmt.Fprint(x, "a")');
  const warning = r.diagnostics.find((g) => g.code === Codes.ExternalInterface)!;
  expect(warning.message).toMatch(
    /keeps its signature: .*; its twin __atel_twin_Write carries the context from 1 direct call in its package, other callers take the span of the function that handed its value to the standard library on their goroutine \(main\.main\), else start a new trace$/,
  );
  expect(explainText(r.program, r.decisions, r.reached, 'example.com/m.(*w).Write')).toMatch(
    /delegates to its twin __atel_twin_Write.*linked to the caller's through the twin/,
  );
});

test('prune removes twins byte for byte: one-line and multi-line signatures, unnamed and blank parameters, variadic, generic, CRLF, byte-order mark', () => {
  const extra = `type v struct{}

func (v) Len() int                  { return 1 }
func (v) Write([]byte) (int, error) { return 0, nil }
func (_ v) Close() error            { return nil }

func sum(
	a int,
	_ string,
	rest ...int,
) (total int) {
	defer func() {
		if recover() != nil {
			total = -1
		}
	}()
	return a + len(rest)
}

func first[T any, S ~[]T](s S, _ int) T { return s[0] }

func two() ([]int, int) { return []int{5}, 0 }

var observed = []interface{}{sum}`;
  const body =
    '\tvar x v\n\t_ = x.Len()\n\tx.Write(nil)\n\tx.Close()\n\tfmt.Fprint(x, sum(1, "", 2, 3), first([]int{4}, 0), first(two()), observed)\n\t_ = os.Stdout';
  const src = entry(body, extra);
  for (const text of [src, src.replace(/\n/g, '\r\n'), '\uFEFF' + src]) {
    const out = roundTrip({ 'main.go': text })['main.go'];
    const nl = text.includes('\r\n') ? '\r\n' : '\n';
    expect(out).toContain(
      `func (__atel_r v) Write(__atel_u0 []byte) (int, error) {${nl}\treturn __atel_r.__atel_twin_Write(__atel_context.Background(), __atel_u0)${nl}}`,
    );
    expect(out).toContain(
      `func (__atel_r v) Close() error {${nl}\treturn __atel_r.__atel_twin_Close(__atel_context.Background())${nl}}`,
    );
    expect(out).toContain(`\treturn __atel_twin_sum(__atel_context.Background(), a, __atel_u1, rest...)${nl}`);
    expect(out).toContain(`\treturn __atel_twin_first[T, S](__atel_context.Background(), s, __atel_u1)${nl}`);
    expect(out).toContain(
      'fmt.Fprint(x, __atel_twin_sum(__atel_child_tracing_ctx, 1, "", 2, 3), __atel_twin_first(__atel_child_tracing_ctx, []int{4}, 0), first(two(__atel_child_tracing_ctx)), observed)',
    );
  }
});

test('calls from another package reach the twin through its exported forwarder; calls from outside any span or from a generated file keep calling the kept function; one kept for a generated caller has a twin', () => {
  const files = {
    'main.go': entry('\tvar b lib.B\n\t_ = b.String()\n\t_ = fmt.Sprint(b)\n\t_ = os.Stdout\n\tlib.Use()', ''),
    'lib/lib.go':
      'package lib\n\ntype B struct{}\n\nfunc (B) String() string { return "b" }\n\nfunc (B) lex() int { return 1 }\n\nfunc Use() {\n\tvar b B\n\t_ = b.String()\n\t_ = b.lex()\n}\n\nvar atInit = B{}.String()\n',
    'lib/gen.go':
      '// Code generated by hand. DO NOT EDIT.\n\npackage lib\n\nfunc Gen() string { return B{}.String() }\n\nfunc Lex() int { return B{}.lex() }\n',
  };
  const withImport = { ...files, 'main.go': files['main.go'].replace('"os"\n', '"os"\n\n\t"example.com/m/lib"\n') };
  const { r, out } = inject(withImport);
  const d = r.decisions.byId.get('example.com/m/lib.B.String')!;
  expect(d.span).toBe('twin');
  expect([...d.twin!.calls].map((c) => c.file)).toEqual(['lib/lib.go']);
  expect([...d.twin!.forwarded!.calls.keys()].map((c) => c.file)).toEqual(['main.go']);
  expect(out('main.go')).toContain('_ = lib.AtelTwinOf__B__String(b, __atel_child_tracing_ctx)\n\t_ = fmt.Sprint(b)');
  expect(out('lib/lib.go')).toContain(
    'func (__atel_r B) String() string {\n\treturn __atel_r.__atel_twin_String(__atel_context.Background())\n}\n\nfunc AtelTwinOf__B__String(__atel_r B, __atel_tracing_ctx __atel_context.Context) string {\n\treturn __atel_r.__atel_twin_String(__atel_tracing_ctx)\n}\n\nfunc (B) __atel_twin_String(',
  );
  expect(out('lib/lib.go')).toContain(
    '\t_ = b.__atel_twin_String(__atel_child_tracing_ctx)\n\t_ = b.__atel_twin_lex(__atel_child_tracing_ctx)\n}\n\nvar atInit = B{}.String()',
  );
  expect(r.after.has('lib/gen.go')).toBe(false);
  // Kept because a generated file calls it: the generated caller keeps calling it, instrumented code calls the twin.
  const lex = r.decisions.byId.get('example.com/m/lib.B.lex')!;
  expect(lex.kept?.code).toBe(Codes.GeneratedFile);
  expect(lex.span).toBe('twin');
  roundTrip(withImport);
});

test('no twin without a call that can use it, or for a body that reads the call stack', () => {
  const { d } = inject({
    'main.go': entry(
      '\tvar s s\n\tfmt.Print(s)\n\t_ = s.Caller()\n\tfmt.Print(caller{}, use(caller{}))\n\t_ = os.Stdout',
      'import "runtime"\n\ntype s struct{}\n\nfunc (s) String() string { return "s" }\n\nfunc (s) Caller() int { return 1 }\n\ntype caller struct{}\n\nfunc (caller) String() string {\n\t_, file, _, _ := runtime.Caller(1)\n\treturn file\n}\n\nfunc use(c caller) string { return c.String() }',
    ),
  });
  expect(d('s.String').twin).toBeUndefined();
  expect(d('caller.String').kept?.code).toBe(Codes.ExternalInterface);
  expect(d('caller.String').span).toBe('new-root');
  expect(d('caller.String').twin).toBeUndefined();
});

test('no twin for a function that calls recover() itself: behind a delegate it would not stop the panic', () => {
  const { d } = inject({
    'main.go': entry(
      '\tdefer handle()\n\tfmt.Print(run(func() {}))\n\t_ = os.Stdout',
      'func handle() {\n\tif r := recover(); r != nil {\n\t\tfmt.Println(r)\n\t}\n}\n\nvar handlers = []func(){handle}\n\nfunc run(f func()) (err error) {\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\terr = fmt.Errorf("%v", r)\n\t\t}\n\t}()\n\tf()\n\treturn nil\n}\n\nvar runners = []interface{}{run}',
    ),
  });
  expect(d('handle').kept?.code).toBe(Codes.UsedAsValue);
  expect(d('handle').twin).toBeUndefined();
  // recover() inside a deferred literal is fine: the literal is still deferred by the frame that panics.
  expect(d('run').kept?.code).toBe(Codes.UsedAsValue);
  expect(d('run').span).toBe('twin');
});

test('a kept function declared once per build target gets a twin in every file', () => {
  const files = {
    'main.go': entry('\tvar k k\n\t_ = k.String()\n\tfmt.Print(k)\n\t_ = os.Stdout', 'type k struct{}'),
    'k_linux.go': 'package main\n\nfunc (k) String() string { return "linux" }\n',
    'k_other.go': '//go:build !linux\n\npackage main\n\nfunc (k) String() string { return "other" }\n',
  };
  const { out, d } = inject(files);
  expect(d('k.String').span).toBe('twin');
  for (const f of ['k_linux.go', 'k_other.go'])
    expect(out(f)).toContain(
      'func (__atel_r k) String() string {\n\treturn __atel_r.__atel_twin_String(__atel_context.Background())\n}',
    );
  roundTrip(files);
});

test('calls from another package through forwarders: &x and *x receivers, functions, dot imports, interfaces, multi-line arguments; shadowed qualifiers import the package again; a method promoted by value into the struct a pointer points to goes through an interface parameter, one promoted through an embedded pointer keeps the plain call', () => {
  const lib = `package lib

import (
	"fmt"
	"io"
)

type T struct{ n int }

func (t *T) String() string { return fmt.Sprint(t.n) }

func (t *T) Write(p []byte) (int, error) {
	t.n += len(p)
	return len(p), nil
}

type V struct{ s string }

func (v V) Error() string { return v.s }

func Parse(s string) int { return len(s) }

var Parsers = []func(string) int{Parse}

type Shape interface {
	Area() int
	String() string
}

type sq struct{ n int }

func (s sq) Area() int      { return s.n * s.n }
func (s sq) String() string { return "sq" }

func NewSq(n int) Shape { return sq{n} }

type Outer struct{ *T }

var _ io.Writer = (*T)(nil)

type inner struct{}

func (*inner) String() string { return "inner" }

type Node struct {
	n int
	inner
}

var _ fmt.Stringer = (*inner)(nil)
`;
  const main = entry(
    [
      '\tvar t lib.T',
      '\t_ = t.String()',
      '\tp := &lib.V{}',
      '\t_ = p.Error()',
      '\t_ = lib.Parse("ab")',
      '\ts := lib.NewSq(2)',
      '\t_ = s.String()',
      '\to := lib.Outer{T: &t}',
      '\t_ = o.String()',
      '\tnode := &lib.Node{}',
      '\t_ = node.String()',
      '\tt.Write(',
      '\t\t[]byte("a"),',
      '\t)',
      '\tfunc() {',
      '\t\tlib := p',
      '\t\t_ = lib.Error()',
      '\t\t_ = t.String()',
      '\t}()',
      '\t_, _ = fmt.Fprint(&t, *p, s, lib.Parsers), os.Stdout',
      '\tdotted()',
    ].join('\n'),
  ).replace('"os"\n', '"os"\n\n\t"example.com/m/lib"\n');
  const dot = `package main

import . "example.com/m/lib"

func dotted() {
	var u T
	_ = u.String()
	_ = Parse("x")
}
`;
  const files = { 'main.go': main, 'dot.go': dot, 'lib/lib.go': lib };
  const { out } = inject(files);
  const m = out('main.go');
  expect(m).toContain('\t_ = lib.AtelTwinOf__T__String(&t, __atel_child_tracing_ctx)\n');
  expect(m).toContain('\t_ = lib.AtelTwinOf__V__Error(*p, __atel_child_tracing_ctx)\n');
  expect(m).toContain('\t_ = lib.AtelTwin__Parse(__atel_child_tracing_ctx, "ab")\n');
  expect(m).toContain('\t_ = lib.AtelVia__Shape__String(s, __atel_child_tracing_ctx)\n');
  expect(m).toContain('\t_ = o.String()\n');
  // Promoted through an unexported embedded value: the pointer's method set holds the twin too.
  expect(m).toContain('\t_ = lib.AtelTwinIn__inner__String(node, __atel_child_tracing_ctx)\n');
  expect(m).toContain('\tlib.AtelTwinOf__T__Write(&t, __atel_child_tracing_ctx,\n\t\t[]byte("a"),\n\t)\n');
  // `lib` is a local variable there: the package is imported again, under a name of instrgen's.
  expect(m).toContain(
    '\t\t_ = __atel_pkg_lib.AtelTwinOf__V__Error(*lib, __atel_child_tracing_ctx)\n\t\t_ = __atel_pkg_lib.AtelTwinOf__T__String(&t, __atel_child_tracing_ctx)\n',
  );
  expect(m).toContain('\t__atel_rtlib "instrgen.dev/rtlib"\n)\n\nimport __atel_pkg_lib "example.com/m/lib"\n');
  const d = out('dot.go');
  expect(d).toContain(
    '\t_ = AtelTwinOf__T__String(&u, __atel_child_tracing_ctx)\n\t_ = AtelTwin__Parse(__atel_child_tracing_ctx, "x")\n',
  );
  const l = out('lib/lib.go');
  expect(l).toContain(
    'func AtelTwinOf__T__Write(t *T, __atel_tracing_ctx __atel_context.Context, p []byte) (int, error) {\n\treturn t.__atel_twin_Write(__atel_tracing_ctx, p)\n}\n',
  );
  expect(l).toContain(
    'func AtelTwin__Parse(__atel_tracing_ctx __atel_context.Context, s string) int {\n\treturn __atel_twin_Parse(__atel_tracing_ctx, s)\n}\n',
  );
  expect(l).toContain(
    'func AtelVia__Shape__String(__atel_v Shape, __atel_tracing_ctx __atel_context.Context) string {\n\treturn __atel_dispatch_Shape{__atel_v}.__atel_twin_String(__atel_tracing_ctx)\n}',
  );
  expect(l).toContain(
    'func AtelTwinIn__inner__String(__atel_r interface {\n\t__atel_twin_String(__atel_context.Context) string\n}, __atel_tracing_ctx __atel_context.Context) string {\n\treturn __atel_r.__atel_twin_String(__atel_tracing_ctx)\n}\n',
  );
  roundTrip(files);
});

test('forwarded calls nest, and go and defer statements keep evaluating the receiver where they did; prune restores them', () => {
  const lib = `package lib

import "fmt"

type T struct{ n int }

func (t *T) Next() *T { return &T{t.n + 1} }

func (t *T) String() string { return fmt.Sprint(t.n) }

var _ = []interface{}{(*T).Next, fmt.Stringer(nil)}

var _ fmt.Stringer = (*T)(nil)
`;
  const main = entry(
    [
      '\tt := &lib.T{}',
      '\t_ = t.Next().Next().String()',
      '\tdefer t.Next()',
      '\tgo t.String()',
      '\t_ = os.Stdout',
      '\tfmt.Println()',
    ].join('\n'),
  ).replace('"os"\n', '"os"\n\n\t"example.com/m/lib"\n');
  const files = { 'main.go': main, 'lib/lib.go': lib };
  const { out } = inject(files);
  expect(out('main.go')).toContain(
    '\t_ = lib.AtelTwinOf__T__String(lib.AtelTwinOf__T__Next(lib.AtelTwinOf__T__Next(t, __atel_child_tracing_ctx), __atel_child_tracing_ctx), __atel_child_tracing_ctx)\n\tdefer lib.AtelTwinOf__T__Next(t, __atel_child_tracing_ctx)\n\tgo lib.AtelTwinOf__T__String(t, __atel_child_tracing_ctx)\n',
  );
  roundTrip(files);
});
