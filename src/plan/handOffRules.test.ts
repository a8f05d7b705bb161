// Hand-offs to methods a template calls on its data, to methods kept for an interface the module writes out, and to functions stored in a package variable outside the module, on small in-memory modules: who takes, who lends, what explain says, and that prune takes them out.
import { injectModule, moduleFs } from '../testing/injectFixture';
import { runPrune } from '../pipeline';

const lendsIn = (fn: string) =>
  new RegExp(
    `"${fn.replace(/[.$()*]/g, '\\$&')}"\\)\\n\\t_ = __atel_child_tracing_ctx\\n\\tdefer __atel_rtlib\\.HandBack\\(__atel_rtlib\\.HandOff\\(__atel_child_tracing_ctx\\)\\)`,
  );

const template = (execute: string) => `package main

import (
	"os"
	"text/template"

	"instrgen.dev/rtlib"
)

type Row struct{ Name string }

func (r Row) Title() string { return upper(r.Name) }

func upper(s string) string { return s }

var tmpl = template.Must(template.New("row").Parse("{{.Title}}\\n"))

func render(r Row) {
${execute}
}

func main() {
	rtlib.AutotelEntryPoint()
	render(Row{"a"})
}
`;

test('the methods a template calls on its data are reached from the function that executes it, which lends its span', () => {
  const { r, out, explain } = injectModule({ 'main.go': template('\t_ = tmpl.Execute(os.Stdout, r)') });
  expect(r.decisions.byId.get('example.com/m.Row.Title')!.span).toBe('new-root');
  expect(r.decisions.byId.get('example.com/m.upper')!.span).toBe('param');
  expect([...r.decisions.handOffs!.lenders.keys()]).toEqual(['example.com/m.render']);
  expect(out('main.go')).toMatch(lendsIn('main.render'));
  expect(out('main.go')).toContain(
    '__atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.Row.Title")',
  );
  expect(explain('Row.Title')).toContain('-> (stdlib via (*template.Template).Execute at main.go:19:');
  expect(explain('Row.Title')).toContain("takes its span's parent from a hand-off (rtlib.HandOffParent)");
});

test('a template given a value whose type cannot be worked out reaches no method', () => {
  const files = { 'main.go': template('\tvar v interface{} = r\n\t_ = tmpl.Execute(os.Stdout, v)') };
  const { r } = injectModule(files);
  expect(r.decisions.byId.get('example.com/m.Row.Title')?.span ?? 'none').toBe('none');
  expect(r.decisions.handOffs?.lenders.has('example.com/m.render') ?? false).toBe(false);
});

const literal = (call: string) => `package main

import (
	"fmt"

	"instrgen.dev/rtlib"
)

type Ident struct{ At int }

func (i *Ident) Pos() int { return i.At }

type Poser interface{ Pos() int }

func start(v interface{}) int {
${call}
	return -1
}

func main() {
	rtlib.AutotelEntryPoint()
	fmt.Println(start(&Ident{3}), (&Ident{4}).Pos())
}
`;

test('a call through a value of an interface literal lends its span to the methods kept for that literal', () => {
  const { r, out, explain } = injectModule({
    'main.go': literal('\tif p, ok := v.(interface{ Pos() int }); ok {\n\t\treturn p.Pos()\n\t}'),
  });
  expect(r.decisions.byId.get('example.com/m.(*Ident).Pos')!.span).toBe('twin');
  expect([...r.decisions.handOffs!.lenders.keys()]).toEqual(['example.com/m.start']);
  expect(out('main.go')).toMatch(lendsIn('main.start'));
  expect(explain('(*Ident).Pos')).toContain(
    'that calls it through a value of an interface the module writes out, such as main.start',
  );
  expect(explain('start')).toContain(
    'as it calls methods kept for an interface the module writes out (IG2011) through a value of it: main.go:17:10: main.(*Ident).Pos',
  );
  const warning = r.diagnostics.find((g) => g.message.startsWith('(*Ident).Pos keeps its signature'))!;
  expect(warning.related?.map((x) => x.message)).toContain(
    'it is called through a value of an interface the module writes out here',
  );
});

test('a call through a named interface of the module, or an assertion alone, is no interface-literal hand-off', () => {
  for (const call of [
    '\tif p, ok := v.(Poser); ok {\n\t\treturn p.Pos()\n\t}\n\t_, _ = v.(interface{ Pos() int })',
    '\tif _, ok := v.(interface{ Pos() int }); ok {\n\t\treturn 0\n\t}',
  ]) {
    const { r } = injectModule({ 'main.go': literal(call) });
    expect(r.decisions.handOffs?.lenders.has('example.com/m.start') ?? false).toBe(false);
  }
});

const packageVar = (body: string) => `package main

import (
	"flag"
	"fmt"
	"strings"

	"instrgen.dev/rtlib"
)

var Hooks struct{ Usage func() }

func init() { flag.Usage = usage }

func usage() { fmt.Println("usage: m name") }

func main() {
	rtlib.AutotelEntryPoint()
${body}
}
`;

test('a function stored in a package variable outside the module takes the span of the function calling into that package', () => {
  const { r, out, explain } = injectModule({ 'main.go': packageVar('\tflag.Parse()\n\tfmt.Println(flag.NArg())') });
  expect(r.decisions.byId.get('example.com/m.usage')!.span).toBe('new-root');
  expect([...r.decisions.handOffs!.lenders.keys()]).toEqual(['example.com/m.main']);
  expect(out('main.go')).toContain(
    '__atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.usage")',
  );
  expect(explain('usage')).toContain(
    'is stored in flag.Usage, which its package calls back: a call into that package reaches it, at main.go:19:2',
  );
  expect(explain('main')).toContain(
    'as it calls into a package that calls back functions the module stored in its variables (flag.Usage): main.go:19:2: main.usage',
  );
  const warning = r.diagnostics.find((g) => g.message.startsWith('usage keeps its signature'))!;
  expect(warning.message).toContain('the function that calls into the package that calls it back through flag.Usage');
});

test('calls into other packages, in go statements, or a store into a module variable, lend nothing', () => {
  for (const body of ['\tfmt.Println(strings.ToUpper("x"))', '\tgo flag.Parse()']) {
    const { r } = injectModule({ 'main.go': packageVar(body) });
    expect(r.decisions.handOffs?.lenders.has('example.com/m.main') ?? false).toBe(false);
  }
  const own = packageVar('\tflag.Parse()').replace('flag.Usage = usage', 'Hooks.Usage = usage');
  const { r } = injectModule({ 'main.go': own });
  expect(r.decisions.handOffs?.lenders.has('example.com/m.main') ?? false).toBe(false);
});

test('a function stored in a package variable by one program is reached from no other program of the module', () => {
  const a = packageVar('\tflag.Parse()');
  const b = a.replace('func init() { flag.Usage = usage }\n', '').replace('func usage()', 'func other()');
  const { r } = injectModule({ 'cmd/a/main.go': a, 'cmd/b/main.go': b });
  expect([...r.decisions.handOffs!.lenders.keys()]).toEqual(['example.com/m/cmd/a.main']);
  expect(r.decisions.byId.get('example.com/m/cmd/a.usage')!.span).toBe('new-root');
  expect(r.program.stdlibEntries.filter((e) => e.storedIn).map((e) => e.from)).toEqual(['example.com/m/cmd/a.main']);
});

test('prune takes template, interface-literal and package-variable hand-offs out byte for byte', () => {
  for (const src of [
    template('\t_ = tmpl.Execute(os.Stdout, r)'),
    literal('\tif p, ok := v.(interface{ Pos() int }); ok {\n\t\treturn p.Pos()\n\t}'),
    packageVar('\tflag.Parse()'),
  ]) {
    const { out } = injectModule({ 'main.go': src });
    expect(out('main.go')).toContain('HandOff');
    const pruned = runPrune({ fs: moduleFs({ 'main.go': out('main.go') }), cwd: '/m', patterns: ['./...'] });
    expect(pruned.after.get('main.go')).toBe(src);
  }
});
