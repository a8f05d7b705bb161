// Hand-offs through kept module groups and untracked function values on small in-memory modules: who lends, who takes, what explain and the warnings say, that go statements lend nothing and that prune takes it out.
import { injectModule, moduleFs } from '../testing/injectFixture';
import { runPrune } from '../pipeline';
import { explainText } from './report';

// The interface also holds a *bufio.Reader: its ReadString keeps its signature; List is in another package, which
// the interface's dispatch helper cannot reach with a context.
const groupFiles = (call: string) => ({
  'main.go': `package main

import (
	"bufio"
	"fmt"
	"strings"

	"example.com/m/words"
	"instrgen.dev/rtlib"
)

type lineSource interface {
	ReadString(delim byte) (string, error)
}

func first(src lineSource) string {
${call}
}

func main() {
	rtlib.AutotelEntryPoint()
	fmt.Println(first(words.New("a")), first(bufio.NewReader(strings.NewReader("x\\n"))))
}
`,
  'words/words.go': `package words

import "strings"

type List struct{ list []string }

func New(ws ...string) *List { return &List{list: ws} }

func (w *List) ReadString(delim byte) (string, error) { return strings.Join(w.list, "") + string(delim), nil }
`,
});

const lendsIn = (name: string) =>
  new RegExp(
    `"main\\.${name}"\\)\\n\\t_ = __atel_child_tracing_ctx\\n\\tdefer __atel_rtlib\\.HandBack\\(__atel_rtlib\\.HandOff\\(__atel_child_tracing_ctx\\)\\)`,
  );

test('a call through a kept module interface lends the caller its span; the kept implementation takes it', () => {
  const { r, out, explain } = injectModule(groupFiles("\ts, _ := src.ReadString('\\n')\n\treturn s"));
  expect(r.decisions.byId.get('example.com/m/words.(*List).ReadString')!.span).toBe('new-root');
  expect(r.decisions.handOffs!.lenders.get('example.com/m.first')!.map((e) => e.target)).toEqual([
    'example.com/m/words.(*List).ReadString',
  ]);
  expect(out('main.go')).toMatch(lendsIn('first'));
  expect(out('words/words.go')).toContain(
    '__atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "words.(*List).ReadString")',
  );
  const warning = r.diagnostics.find((g) => g.message.startsWith('(*List).ReadString keeps its signature'))!;
  expect(warning.message).toContain(
    "its span's parent is the span of the function that called it through a module interface or function-typed value that keeps its signature, while that runs on the same goroutine (main.first)",
  );
  expect(explainText(r.program, r.decisions, r.reached, 'example.com/m/words.(*List).ReadString')).toContain(
    "takes its span's parent from a hand-off (rtlib.HandOffParent)",
  );
  expect(explain('first')).toContain(
    'lends its span to its goroutine while it runs (rtlib.HandOff), as it calls through a module interface or function-typed value whose implementations keep their signatures: main.go:17:10: words.(*List).ReadString',
  );
});

test('a call through a kept module interface in a go statement lends nothing', () => {
  const { r, out } = injectModule(groupFiles('\tgo src.ReadString(\'\\n\')\n\treturn ""'));
  expect(r.decisions.handOffs?.lenders.has('example.com/m.first') ?? false).toBe(false);
  expect(out('words/words.go')).toContain(
    '__atel_tracer.Start(__atel_context.Background(), "words.(*List).ReadString")',
  );
});

const tableSource = (call: string) => `package main

import (
	"fmt"

	"instrgen.dev/rtlib"
)

var table = map[string]interface{}{}

func init() {
	table["double"] = double
	table["triple"] = triple
}

func double(x int) int { return scale(x, 2) }

func triple(x int) int { return scale(x, 3) }

func scale(x, by int) int { return x * by }

func eval(name string, x int) int {
${call}
}

func main() {
	rtlib.AutotelEntryPoint()
	fmt.Println(eval("double", 1), triple(1))
}
`;

test('a call through a type-asserted function value lends; kept value-used functions take, unreached ones pass the lent span', () => {
  const { r, out, explain } = injectModule({
    'main.go': tableSource('\treturn table[name].(func(int) int)(x)'),
  });
  expect(r.decisions.byId.get('example.com/m.double')!.span).toBe('none');
  expect(r.decisions.byId.get('example.com/m.triple')!.span).toBe('twin');
  expect(r.decisions.handOffs!.lenders.has('example.com/m.eval')).toBe(true);
  expect(r.decisions.handOffs!.parented.has('example.com/m.triple')).toBe(true);
  expect(r.decisions.handOffs!.todoTakers).toEqual(new Set(['example.com/m.double']));
  expect(out('main.go')).toMatch(lendsIn('eval'));
  expect(out('main.go')).toContain('func double(x int) int { return scale(__atel_rtlib.Lent(), x, 2) }');
  expect(out('main.go')).toContain(
    '__atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "main.triple")',
  );
  expect(explain('eval')).toContain(
    'as it calls through a function value instrgen could not follow (a type assertion, a function-typed value that keeps its type, a method called by reflection)',
  );
  expect(explain('double')).toContain('is not reached, but may run below a call through a function value');
  const pruned = runPrune({ fs: moduleFs({ 'main.go': out('main.go') }), cwd: '/m', patterns: ['./...'] });
  expect(pruned.after.get('main.go')).toBe(tableSource('\treturn table[name].(func(int) int)(x)'));
});

test('without a call through an untracked function value in instrumented code nothing lends and TODO stays', () => {
  for (const call of ['\tgo table[name].(func(int) int)(x)\n\treturn 0', '\treturn x']) {
    const { r, out } = injectModule({ 'main.go': tableSource(call) });
    expect(r.decisions.handOffs?.lenders.has('example.com/m.eval') ?? false).toBe(false);
    expect(out('main.go')).toContain('func double(x int) int { return scale(__atel_context.TODO(), x, 2) }');
  }
});

test('an unreached function passing another call’s results passes the lent span through the closure, laid out as with TODO(), and prune takes it out', () => {
  const input = {
    'main.go': tableSource('\treturn table[name].(func(int) int)(x)')
      .replace('func double(x int) int { return scale(x, 2) }', 'func double(x int) int {\n\treturn scale(two(x))\n}')
      .replace('func main() {', 'func two(x int) (int, int) { return x, 2 }\n\nfunc main() {')
      .replace('triple(1))', 'triple(1), scale(two(1)))'),
  };
  const { out } = injectModule(input);
  expect(out('main.go')).toContain(
    'func double(x int) int {\n\treturn func(__atel_p0 int, __atel_p1 int) int { return scale(__atel_context.TODO(), __atel_p0, __atel_p1) }(two(__atel_context.TODO(), x))\n}'.replace(
      /__atel_context\.TODO\(\)/g,
      '__atel_rtlib.Lent()',
    ),
  );
  const pruned = runPrune({ fs: moduleFs({ 'main.go': out('main.go') }), cwd: '/m', patterns: ['./...'] });
  expect(pruned.after.get('main.go')).toBe(input['main.go']);
});

test('a kept function an unreached function below the call calls takes the lent span too', () => {
  const files = {
    'main.go': tableSource('\treturn table[name].(func(int) int)(x)')
      .replace(
        'func double(x int) int { return scale(x, 2) }',
        'func double(x int) int { return len(num(x).String()) }',
      )
      .replace('func main() {', 'type num int\n\nfunc (n num) String() string { return "n" }\n\nfunc main() {')
      .replace('triple(1))', 'triple(1), num(1).String())'),
  };
  const { r, out } = injectModule(files);
  expect(r.decisions.byId.get('example.com/m.num.String')!.span).toBe('twin');
  expect(r.decisions.handOffs!.parented.get('example.com/m.num.String')!.map((e) => e.from)).toEqual([
    'example.com/m.eval',
  ]);
  expect(out('main.go')).toContain(
    '__atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "main.num.String")',
  );
});
