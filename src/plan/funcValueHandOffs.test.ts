// Hand-offs of function values on small in-memory modules: which kept functions take a lent span, which functions lend theirs, what warnings and explain say, and that prune takes it out.
import { injectModule, moduleFs } from '../testing/injectFixture';
import { runPrune } from '../pipeline';

const mod = moduleFs;
const inject = injectModule;

// visit is also held at package level, where no context is in scope: it keeps its signature.
const source = (walk: string) => `package main

import (
	"fmt"
	"os"
	"path/filepath"

	"instrgen.dev/rtlib"
)

var walkers = []filepath.WalkFunc{visit}

func visit(path string, info os.FileInfo, err error) error {
	return err
}

func walk(root string) {
${walk}
}

func main() {
	rtlib.AutotelEntryPoint()
	walk(".")
	fmt.Println(len(walkers))
}
`;

const lends =
  /"main\.walk"\)\n\t_ = __atel_child_tracing_ctx\n\tdefer __atel_rtlib\.HandBack\(__atel_rtlib\.HandOff\(__atel_child_tracing_ctx\)\)\n\tdefer __atel_span\.End\(\)/;
const takes = '__atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.visit")';

test('a kept function handed to the standard library as a value takes the span of the function that handed it', () => {
  const { r, out, explain } = inject({ 'main.go': source('\tfilepath.Walk(root, visit)') });
  expect(r.decisions.byId.get('example.com/m.visit')!.span).toBe('new-root');
  expect([...r.decisions.handOffs!.lenders.keys()]).toEqual(['example.com/m.walk']);
  expect(out('main.go')).toMatch(lends);
  expect(out('main.go')).toContain(takes);
  const warning = r.diagnostics.find((g) => g.message.startsWith('visit keeps its signature'))!;
  expect(warning.message).toContain(
    "its span's parent is the span of the function that handed its value to the standard library, while that runs on the same goroutine (main.walk), else it starts a new trace",
  );
  expect(warning.related?.map((x) => x.message)).toContain('it is handed to the standard library as a value here');
  expect(explain('visit')).toContain("takes its span's parent from a hand-off (rtlib.HandOffParent)");
  expect(explain('walk')).toContain(
    'lends its span to its goroutine while it runs (rtlib.HandOff), as it hands functions that keep their signatures (and see no context) to the standard library as values: main.go:18:22: main.visit',
  );
});

test('prune takes a function-value hand-off out and restores the input byte for byte', () => {
  const input = { 'main.go': source('\tfilepath.Walk(root, visit)') };
  const { out } = inject(input);
  expect(out('main.go')).toContain(takes);
  const pruned = runPrune({ fs: mod({ 'main.go': out('main.go') }), cwd: '/m', patterns: ['./...'] });
  expect(pruned.after.get('main.go')).toBe(input['main.go']);
});

test('a value handed over in a go statement, or to fmt, which never calls it, lends nothing', () => {
  for (const walk of ['\tgo filepath.Walk(root, visit)', '\tfmt.Printf("%p\\n", visit)']) {
    const { r, out } = inject({ 'main.go': source(walk) });
    expect(r.decisions.byId.get('example.com/m.visit')!.span).toBe('new-root');
    expect(r.decisions.handOffs?.lenders.has('example.com/m.walk') ?? false).toBe(false);
    expect(out('main.go')).not.toContain('HandOff');
  }
});

test('a function that gets an adapter where it is handed over sees its caller context: no hand-off', () => {
  const files = {
    'main.go': source('\tfilepath.Walk(root, visit)').replace(
      'var walkers = []filepath.WalkFunc{visit}\n',
      'var walkers []int\n',
    ),
  };
  const { r, out } = inject(files);
  expect(r.decisions.byId.get('example.com/m.visit')!.span).toBe('param');
  expect(out('main.go')).not.toContain('HandOff');
});
