// The volume rules: how globs match package paths and function ids, and what each rule leaves out of a real plan.
import { Codes, InstrgenError } from '../diagnostics/diagnostic';
import { VolumeSettings } from '../load/config';
import { memoryFileSystem } from '../load/fileSystem';
import { runInject } from '../pipeline';
import { explainText } from './report';
import { globRegExp, volumeOf } from './volume';

const M = 'example.com/app';
const matches = (pattern: string, subject: string) => {
  const r = globRegExp(pattern, M);
  if (!(r instanceof RegExp)) throw new Error(r.error);
  return r.test(subject);
};

test.each([
  // * stays within a segment, ** crosses them
  ['example.com/app/*', 'example.com/app/store', true],
  ['example.com/app/*', 'example.com/app/store/mem', false],
  ['example.com/app/**', 'example.com/app/store/mem', true],
  // a /** segment also matches no segment: the package itself
  ['example.com/app/store/**', 'example.com/app/store', true],
  ['example.com/app/store/**', 'example.com/app/storage', false],
  ['example.com/**/mem', 'example.com/mem', true],
  ['example.com/**/mem', 'example.com/app/store/mem', true],
  ['**/mem', 'mem', true],
  ['**/mem', 'example.com/app/mem', true],
  // Go's /... at the end, and ./ for the module path
  ['./store/...', 'example.com/app/store/mem', true],
  ['./store/...', 'example.com/app/store', true],
  ['./store', 'example.com/app/store', true],
  ['.', 'example.com/app', true],
  // function ids: the part after the package path holds no /, so * covers receivers and names
  ['example.com/app.(*Server).*', 'example.com/app.(*Server).Handle', true],
  ['example.com/app.*', 'example.com/app.(*Server).Handle', true],
  ['example.com/app.*', 'example.com/app/store.Get', false],
  ['**.Handle', 'example.com/app/api.(*Server).Handle', true],
  ['**.Handle', 'example.com/app/api.(*Server).HandleAll', false],
  ['example.com/app.main$?', 'example.com/app.main$1', true],
  // . ( ) $ are literal; \ quotes a wildcard
  ['example.com/app.main', 'example.com/appxmain', false],
  ['example.com/app.(\\*Server).Handle', 'example.com/app.(*Server).Handle', true],
  ['example.com/app.(\\*Server).Handle', 'example.com/app.(xServer).Handle', false],
  ['example.com/app.(*Server).Handle', 'example.com/app.(xServer).Handle', true],
])('%s matches %s: %s', (pattern, subject, want) => {
  expect(matches(pattern, subject)).toBe(want);
});

test('bad globs say what is wrong and where in the pattern', () => {
  expect(globRegExp('', M)).toEqual({ error: 'an empty pattern', at: 0 });
  expect(globRegExp('a/***', M)).toEqual({ error: "'***': use * within a path segment or ** across segments", at: 2 });
  expect(globRegExp('a\\', M)).toEqual({ error: 'a pattern cannot end with \\', at: 1 });
  expect(globRegExp('./x\\', M)).toEqual({ error: 'a pattern cannot end with \\', at: 3 });
  expect(globRegExp('a b', M)).toMatchObject({ at: 1 });
});

test("flags replace the file's value key by key; a bad glob from the file is an error at its column", () => {
  const file: VolumeSettings = {
    exclude: [{ pattern: 'a/**', source: 'instrgen.yaml:2:5' }],
    maxDepth: 3,
    skipTrivial: 1,
  };
  const v = volumeOf({ exclude: [{ pattern: 'b', source: '--exclude' }], maxDepth: undefined }, file, M)!;
  expect(v.exclude.map((g) => g.pattern)).toEqual(['b']);
  expect([v.maxDepth, v.skipTrivial]).toEqual([3, 1]);
  expect(volumeOf(undefined, undefined, M)).toBeUndefined();
  expect(volumeOf({ include: [] }, {}, M)).toBeUndefined();
  try {
    volumeOf(
      undefined,
      { include: [{ pattern: 'x/***', source: 'instrgen.yaml:4:5', pos: { file: 'instrgen.yaml', line: 4, col: 5 } }] },
      M,
    );
    throw new Error('no error');
  } catch (e) {
    expect(e).toBeInstanceOf(InstrgenError);
    expect((e as InstrgenError).message).toBe(
      "instrgen.yaml:4:5: error IG1013: 'x/***': '***': use * within a path segment or ** across segments (at character 3)",
    );
  }
});

const SOURCES: Record<string, string> = {
  'go.mod': `module ${M}\n\ngo 1.19\n`,
  'main.go': `package main

import (
	"fmt"

	"example.com/app/store"
)

//instrgen:entry
func main() {
	s := store.New()
	handle(s, "a")
	debug(s)
	go func() { work(3) }()
	fmt.Println(get(s), countdown(2))
}

func handle(s *store.Store, k string) {
	s.Put(k, deep(1))
}

func get(s *store.Store) int { return s.Get("a") }

func deep(n int) int { return deeper(n) + 1 }

func deeper(n int) int { return deepest(n) * 2 }

func deepest(n int) int {
	x := n
	return x
}

func debug(s *store.Store) { fmt.Println(onlyFromDebug(s)) }

func onlyFromDebug(s *store.Store) int { return s.Get("a") }

func work(n int) { fmt.Println(n) }

func countdown(n int) int {
	if n == 0 {
		return 0
	}
	return countdown(n - 1)
}
`,
  'store/store.go': `package store

type Store struct{ m map[string]int }

func New() *Store { return &Store{m: map[string]int{}} }

func (s *Store) Get(k string) int { return s.m[k] }

func (s *Store) Put(k string, v int) {
	s.m[k] = v
}

//instrgen:entry
func Loader() { New().Put("x", 1) }
`,
};

function plan(volume: VolumeSettings, extra: Record<string, string> = {}) {
  const files = { ...SOURCES, ...extra };
  const r = runInject({
    fs: memoryFileSystem(Object.fromEntries(Object.entries(files).map(([p, t]) => [`/m/${p}`, t]))),
    cwd: '/m',
    patterns: ['./...'],
    volume,
  });
  const spans = [...r.decisions.byId.values()]
    .filter((d) => d.span !== 'none')
    .map((d) => d.id.replace(`${M}.`, '').replace(`${M}/`, ''));
  const params = [...r.decisions.byId.values()]
    .filter((d) => d.addParam)
    .map((d) => d.id.replace(`${M}.`, '').replace(`${M}/`, ''));
  const leftOut = Object.fromEntries(
    [...r.decisions.leftOut].map(([id, lo]) => [id.replace(`${M}.`, '').replace(`${M}/`, ''), lo.rule]),
  );
  return { r, spans: spans.sort(), params: params.sort(), leftOut };
}

const glob = (source: string, ...patterns: string[]) => patterns.map((pattern) => ({ pattern, source }));

test('without volume settings every reachable function gets a span, as before', () => {
  const { spans, leftOut } = plan({});
  expect(spans).toEqual([
    'countdown',
    'debug',
    'deep',
    'deeper',
    'deepest',
    'get',
    'handle',
    'main',
    'main$1',
    'onlyFromDebug',
    'store.(*Store).Get',
    'store.(*Store).Put',
    'store.Loader',
    'store.New',
    'work',
  ]);
  expect(leftOut).toEqual({});
});

test('--exclude: no span, no parameter, the walk stops there; callees reached otherwise keep theirs; roots win', () => {
  const { spans, params, leftOut, r } = plan({ exclude: glob('--exclude', `${M}.debug`, './store/**') });
  // onlyFromDebug is reached only through debug; store.Loader is an //instrgen:entry root inside the excluded package.
  expect(spans).toEqual([
    'countdown',
    'deep',
    'deeper',
    'deepest',
    'get',
    'handle',
    'main',
    'main$1',
    'store.Loader',
    'work',
  ]);
  expect(params).not.toContain('store.(*Store).Put');
  expect(leftOut).toEqual({
    debug: 'exclude',
    'store.(*Store).Get': 'exclude',
    'store.(*Store).Put': 'exclude',
    'store.New': 'exclude',
  });
  expect(r.reached.has(`${M}.onlyFromDebug`)).toBe(false);
  const explained = explainText(r.program, r.decisions, r.reached, `${M}.onlyFromDebug`);
  expect(explained).toContain('is not reached: the walk stops at its callers left out by --exclude');
  expect(explained).toContain(
    `called from ${M}.debug at main.go:33:42 (left out by --exclude '${M}.debug', where the walk stops)`,
  );
  expect(explainText(r.program, r.decisions, r.reached, `${M}.debug`)).toContain(
    `is left out by --exclude '${M}.debug': no span, no new parameter, and the walk stops here`,
  );
});

test('--include narrows spans but the walk goes on through what it leaves out; literals follow their function', () => {
  const { spans, leftOut } = plan({ include: glob('--include', './store/**', '**.deepest', '**.main') });
  expect(spans).toEqual([
    'deepest',
    'main',
    'main$1',
    'store.(*Store).Get',
    'store.(*Store).Put',
    'store.Loader',
    'store.New',
  ]);
  expect(leftOut.deeper).toBe('include');
  expect(leftOut.work).toBe('include');
});

test('--max-depth counts calls from the roots: 0 is the roots, 1 what they call; a literal is as deep as its function', () => {
  expect(plan({ maxDepth: 0 }).spans).toEqual(['main', 'main$1', 'store.Loader']);
  const one = plan({ maxDepth: 1 });
  expect(one.spans).toEqual([
    'countdown',
    'debug',
    'get',
    'handle',
    'main',
    'main$1',
    'store.(*Store).Put',
    'store.Loader',
    'store.New',
    'work',
  ]);
  expect(one.leftOut).toMatchObject({
    deep: 'max-depth',
    deeper: 'max-depth',
    deepest: 'max-depth',
    onlyFromDebug: 'max-depth',
    'store.(*Store).Get': 'max-depth',
  });
  const r = one.r;
  expect(explainText(r.program, r.decisions, r.reached, `${M}.deepest`)).toContain(
    `is not reached: --max-depth 1: it is 4 calls from root ${M}.main`,
  );
});

test('--skip-trivial: up from the leaves, never recursion, never an interface implementation, never a root', () => {
  const { spans, leftOut } = plan({ skipTrivial: 1 });
  // deepest has 2 statements; deeper and deep have one each but call deepest; get calls only the trivial Get.
  // get calls only the trivial Get, debug only onlyFromDebug, which calls only Get; main$1 only the trivial work.
  expect(leftOut).toEqual({
    debug: 'skip-trivial',
    get: 'skip-trivial',
    main$1: 'skip-trivial',
    onlyFromDebug: 'skip-trivial',
    'store.(*Store).Get': 'skip-trivial',
    'store.(*Store).Put': 'skip-trivial',
    'store.New': 'skip-trivial',
    work: 'skip-trivial',
  });
  // deepest has 2 statements, so deeper and deep (one each) call something instrumented; countdown calls itself.
  expect(spans).toEqual(['countdown', 'deep', 'deeper', 'deepest', 'handle', 'main', 'store.Loader']);
  expect(plan({ skipTrivial: 2 }).spans).toEqual(['countdown', 'main', 'store.Loader']);
  // A method implementing a module interface keeps its span: its signature must change with the interface's.
  const withIface = plan(
    { skipTrivial: 1 },
    { 'store/getter.go': 'package store\n\ntype Getter interface{ Get(k string) int }\n' },
  );
  expect(withIface.leftOut['store.(*Store).Get']).toBeUndefined();
  expect(withIface.spans).toContain('store.(*Store).Get');
});

test('a method left out keeps its interface group as it is, and every implementation instrumented says why (IG2015)', () => {
  const extra = {
    'store/getter.go': `package store

type Getter interface{ Get(k string) int }

type Mem struct{}

func (Mem) Get(k string) int { return len(k) }

func Lookup(g Getter) int { return g.Get("a") }
`,
    'main2.go': `package main

import "example.com/app/store"

func init() { _ = store.Lookup(store.Mem{}) }

func viaGetter() int { return store.Lookup(store.Mem{}) }
`,
  };
  const withMain = { ...extra, 'main.go': SOURCES['main.go'].replace('countdown(2))', 'countdown(2), viaGetter())') };
  const all = plan({}, withMain);
  expect(all.params).toEqual(expect.arrayContaining(['store.(*Store).Get', 'store.Mem.Get']));
  expect(all.r.diagnostics.filter((d) => d.code === Codes.LeftOutInGroup)).toEqual([]);

  const { r, params, spans } = plan({ exclude: glob('--exclude', `${M}/store.(*Store).Get`) }, withMain);
  // Mem.Get keeps its span but not a new parameter: (*Store).Get must keep its signature.
  expect(params).not.toContain('store.Mem.Get');
  expect(spans).toContain('store.Mem.Get');
  expect(spans).not.toContain('store.(*Store).Get');
  const warned = r.diagnostics.filter((d) => d.code === Codes.LeftOutInGroup);
  expect(warned.map((d) => [d.severity, d.pos?.file, d.pos?.line, d.message])).toEqual([
    [
      'warning',
      'store/getter.go',
      7,
      `Mem.Get keeps its signature: (*Store).Get implements the same interface method and is left out by --exclude '${M}/store.(*Store).Get'; its twin __atel_twin_Get carries the context from 1 call through an interface in its package, other callers start a new trace`,
    ],
  ]);
  expect(warned[0].related).toEqual([
    { pos: { file: 'store/store.go', line: 7, col: 17 }, message: '(*Store).Get is declared here' },
  ]);
  // The config file's rule is named with its position, as the flags' are.
  const fromFile = plan({}, { ...withMain, 'instrgen.yaml': `exclude:\n  - "${M}/store.(*Store).Get"\n` });
  expect(fromFile.r.diagnostics.filter((d) => d.code === Codes.LeftOutInGroup).map((d) => d.message)).toEqual([
    `Mem.Get keeps its signature: (*Store).Get implements the same interface method and is left out by exclude '${M}/store.(*Store).Get' (instrgen.yaml:2:5); its twin __atel_twin_Get carries the context from 1 call through an interface in its package, other callers start a new trace`,
  ]);
});

test('nested statements count, literal bodies do not', () => {
  const src = `package main

//instrgen:entry
func main() {
	a()
	b()
}

func a() {
	if true {
		println(1)
	}
}

func b() {
	f := func() {
		println(1)
		println(2)
		println(3)
	}
	f()
}
`;
  const files = { 'go.mod': 'module m\n', 'main.go': src };
  const run = (n: number) =>
    runInject({
      fs: memoryFileSystem(Object.fromEntries(Object.entries(files).map(([p, t]) => [`/m/${p}`, t]))),
      cwd: '/m',
      patterns: ['./...'],
      volume: { skipTrivial: n },
    }).decisions.leftOut;
  // a: the if and the println in it; b: two of its own, and it holds a literal of three that is instrumented.
  expect([...run(1).keys()]).toEqual([]);
  expect([...run(2).keys()]).toEqual(['m.a']);
  expect([...run(3).keys()].sort()).toEqual(['m.a', 'm.b', 'm.b$1']);
});
