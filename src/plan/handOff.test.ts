// Hand-off rules on small in-memory modules: which methods take a lent span, which functions lend theirs, what is written, and that prune takes it out.
import { injectModule, moduleFs } from '../testing/injectFixture';
import { runPrune } from '../pipeline';

const mod = moduleFs;
const inject = injectModule;

const main = (body: string, extra = '') => `package main
import "instrgen.dev/rtlib"
${extra}
func main() {
	rtlib.AutotelEntryPoint()
${body}
}
`;

// Blank lines between the one-line declarations, so that gofmt aligns none (prune restores gofmt's layout).
const sortable =
  'type byLen []string\n\nfunc (b byLen) Len() int { return len(b) }\n\nfunc (b byLen) Less(i, j int) bool { return shorter(b[i], b[j]) }\n\nfunc (b byLen) Swap(i, j int) { b[i], b[j] = b[j], b[i] }\n\nfunc shorter(a, b string) bool { return len(a) < len(b) }\n';

test('a method the standard library calls that sees no context is reached where its value is handed over, and takes the span of the function that handed it', () => {
  const { d, out, r } = inject({
    'main.go': main(
      '\torder([]string{"bb", "a"})',
      `import "sort"\n${sortable}\nfunc order(xs []string) { sort.Sort(byLen(xs)) }`,
    ),
  });
  expect([d('byLen.Less').reached, d('byLen.Less').span, d('shorter').addParam]).toEqual([true, 'new-root', true]);
  expect([...r.decisions.handOffs!.lenders.keys()]).toEqual(['example.com/m.order']);
  const text = out('main.go');
  expect(text).toContain(
    '__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.byLen.Less")',
  );
  expect(text).toContain('return shorter(__atel_child_tracing_ctx, b[i], b[j])');
  // order lends its span: registered after its span starts, handed back after it ends.
  expect(text).toMatch(
    /"main\.order"\)\n\t_ = __atel_child_tracing_ctx\n\tdefer __atel_rtlib\.HandBack\(__atel_rtlib\.HandOff\(__atel_child_tracing_ctx\)\)\n\tdefer __atel_span\.End\(\)/,
  );
  // main hands nothing over: it lends nothing.
  expect(text).not.toMatch(/"main\.main"\)\n\t_ = __atel_child_tracing_ctx\n\tdefer __atel_rtlib\.HandBack/);
  const warning = r.diagnostics.find((g) => g.message.startsWith('byLen.Less keeps its signature'))!;
  expect(warning.message).toContain(
    "its span's parent is the span of the function that handed its value to the standard library, while that runs on the same goroutine (main.order), else it starts a new trace",
  );
  expect(warning.related?.map((x) => x.message)).toContain(
    'a value of its type is handed to the standard library here',
  );
});

test('a kept method with a twin passes its twin context through HandOffParent, so direct calls keep their caller and the delegate takes the lent span', () => {
  const { d, out, r } = inject({
    'main.go': main(
      '\tw := &shout{}\n\tgreet(w)\n\tw.Write([]byte("x"))',
      'import "fmt"\ntype shout struct{ n int }\nfunc (s *shout) Write(p []byte) (int, error) { s.n += len(p); return len(p), nil }\nfunc greet(s *shout) { fmt.Fprintf(s, "hi") }',
    ),
  });
  expect(d('(*shout).Write').span).toBe('twin');
  const text = out('main.go');
  expect(text).toContain('return s.__atel_twin_Write(__atel_context.Background(), p)');
  expect(text).toContain('__atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_tracing_ctx), "main.(*shout).Write")');
  expect(text).toContain('w.__atel_twin_Write(__atel_child_tracing_ctx, []byte("x"))');
  expect(r.diagnostics.find((g) => g.message.startsWith('(*shout).Write keeps'))!.message).toMatch(
    /other callers take the span of the function that handed its value to the standard library on their goroutine \(main\.greet\), else start a new trace$/,
  );
});

test('a value returned as a standard library interface lends nothing: its methods run after the function returns', () => {
  const { r } = inject({
    'main.go': main(
      '\tf, _ := parser.ParseFile(token.NewFileSet(), "x.go", "package x", 0)\n\tcount(f)',
      'import (\n\t"go/ast"\n\t"go/parser"\n\t"go/token"\n)\ntype v struct{ n *int }\nfunc (x v) Visit(n ast.Node) ast.Visitor { *x.n++; return x }\nfunc count(f *ast.File) int { n := 0; ast.Walk(v{&n}, f); return n }',
    ),
  });
  expect([...r.decisions.handOffs!.parented.keys()]).toEqual(['example.com/m.v.Visit']);
  expect([...r.decisions.handOffs!.lenders.keys()]).toEqual(['example.com/m.count']);
});

test('values handed over at package level or in init reach no method that sees no context: no instrumented function runs there', () => {
  const { d, r } = inject({
    'main.go': main(
      '\tfmt.Println(len(names))',
      `import (\n\t"fmt"\n\t"sort"\n)\n${sortable}\nvar names = byLen{"b", "a"}\nfunc init() { sort.Sort(names) }`,
    ),
  });
  expect(d('byLen.Less').reached).toBe(false);
  expect(r.decisions.handOffs).toBeUndefined();
});

test('explain says which span a method takes and which function lends it', () => {
  const { explain } = inject({
    'main.go': main(
      '\torder([]string{"bb", "a"})',
      `import "sort"\n${sortable}\nfunc order(xs []string) { sort.Sort(byLen(xs)) }`,
    ),
  });
  expect(explain('byLen.Less')).toContain(
    "takes its span's parent from a hand-off (rtlib.HandOffParent): the span of the innermost function still running on its goroutine that handed a value to the standard library, such as main.order (main.go:",
  );
  expect(explain('order')).toMatch(
    /lends its span to its goroutine while it runs \(rtlib\.HandOff\), as it hands values whose methods see no context to the standard library: main\.go:\d+:\d+: main\.byLen\.Len, main\.byLen\.Less, main\.byLen\.Swap/,
  );
});

test('prune takes hand-offs out and restores the input byte for byte', () => {
  const input = {
    'main.go': main(
      '\torder([]string{"bb", "a"})\n\tfmt.Println(celsius(3))',
      `import (\n\t"fmt"\n\t"sort"\n)\n${sortable}\nfunc order(xs []string) { sort.Sort(byLen(xs)) }\n\ntype celsius float64\n\nfunc (c celsius) String() string { return fmt.Sprintf("%.1f", float64(c)) }`,
    ),
  };
  const { out } = inject(input);
  expect(out('main.go')).toContain('HandOff(');
  const pruned = runPrune({ fs: mod({ 'main.go': out('main.go') }), cwd: '/m', patterns: ['./...'] });
  expect(pruned.after.get('main.go')).toBe(input['main.go']);
});

test('a call through a standard library interface value, or such a value handed to the standard library, lends when it may reach a method that takes a lent span', () => {
  const { r, out } = inject({
    'main.go': main(
      '\tfmt.Println(describe(parse("x")))\n\tshow(parse("y"))',
      'import "fmt"\n\ntype parseError struct{ at string }\n\nfunc (e *parseError) Error() string { return "bad " + e.at }\n\nfunc parse(s string) error { return &parseError{s} }\n\nfunc describe(err error) string { return err.Error() }\n\nfunc show(err error) { fmt.Println(err) }\n\nfunc quiet(err error) bool { return err != nil }\n',
    ),
  });
  const lenders = [...r.decisions.handOffs!.lenders.keys()].sort();
  // parse returns the value (lends nothing); describe calls Error through the interface; show hands it to fmt.
  expect(lenders).toEqual(['example.com/m.describe', 'example.com/m.show']);
  expect(out('main.go')).toMatch(/"main\.describe"\)\n\t_ = __atel_child_tracing_ctx\n\tdefer __atel_rtlib\.HandBack/);
});
