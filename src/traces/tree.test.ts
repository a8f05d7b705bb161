// Proves the span forest, its text rendering and traceShape on synthetic spans and on real runs, including orphans left by os.Exit.
import { buildAndRun, goRunReport, handInstrumentedModule } from '../testing/goToolchain';
import type { Span } from './spans';
import { formatDurationMs, formatSpanTree, spanForest, traceShape } from './tree';

const T = 'a'.repeat(32);
const U = 'b'.repeat(32);

/** A span starting `startUs` microseconds after an arbitrary epoch and lasting `durUs`. */
function span(
  name: string,
  id: string,
  parent: string | undefined,
  startUs: number,
  durUs: number,
  opts: Partial<Span> = {},
): Span {
  const base = 1_700_000_000_000_000_000n;
  const startNs = base + BigInt(startUs) * 1000n;
  const endNs = startNs + BigInt(durUs) * 1000n;
  return {
    name,
    traceId: T,
    spanId: id.padStart(16, '0'),
    ...(parent === undefined ? {} : { parentSpanId: parent.padStart(16, '0') }),
    start: new Date(Number(startNs / 1_000_000n)),
    end: new Date(Number(endNs / 1_000_000n)),
    startNs,
    endNs,
    durationMs: durUs / 1000,
    library: 'example.com/app',
    kind: 'internal',
    statusCode: 'Unset',
    statusDescription: '',
    attributes: {},
    events: [],
    line: 1,
    ...opts,
  };
}

describe('formatSpanTree', () => {
  test('indents children under parents, sorted by start time', () => {
    const spans = [
      span('lib.B', '3', '1', 500, 100, { library: 'example.com/app/lib' }),
      span('main.A', '2', '1', 10, 1230),
      span('main.main', '1', undefined, 0, 2_500_000),
      span('lib.C', '4', '2', 20, 50, { library: 'example.com/app/lib' }),
    ];
    expect(formatSpanTree(spans)).toBe(
      [
        'main.main  2.50s  example.com/app',
        '  main.A  1.23ms  example.com/app',
        '    lib.C  50.0µs  example.com/app/lib',
        '  lib.B  0.10ms  example.com/app/lib',
        '',
      ].join('\n'),
    );
  });

  test('flags orphans and keeps them as roots', () => {
    const spans = [span('main.main', '1', undefined, 0, 10), span('lost.Child', '5', '9', 3, 2)];
    expect(formatSpanTree(spans)).toBe(
      'main.main  10.0µs  example.com/app\nlost.Child  2.0µs  example.com/app  (orphan: parent 0000000000000009 missing)\n',
    );
  });

  test("shows where each function is, from its code attributes, and a span's error", () => {
    const code = (file: string, line: number) => ({ 'code.filepath': file, 'code.lineno': line });
    const spans = [
      span('main.main', '1', undefined, 0, 10, { attributes: code('example.com/app/main.go', 20) }),
      span('lib.Load', '2', '1', 1, 5, {
        library: 'example.com/app/lib',
        attributes: code('example.com/app/lib/load.go', 7),
        statusCode: 'Error',
        statusDescription: 'no such file',
      }),
      span('other.X', '3', '1', 2, 1, { attributes: code('example.com/other/x.go', 3), statusCode: 'Error' }),
    ];
    expect(formatSpanTree(spans)).toBe(
      [
        'main.main  10.0µs  example.com/app  main.go:20',
        '  lib.Load  5.0µs  example.com/app/lib  load.go:7  error: no such file',
        '  other.X  1.0µs  example.com/app  example.com/other/x.go:3  error',
        '',
      ].join('\n'),
    );
  });

  test('is empty for no spans', () => {
    expect(formatSpanTree([])).toBe('');
  });
});

describe('spanForest', () => {
  test('keys by trace as well as span id', () => {
    const spans = [
      span('t1.root', '1', undefined, 0, 10),
      span('t2.root', '1', undefined, 1, 10, { traceId: U }),
      span('t2.child', '2', '1', 2, 1, { traceId: U }),
    ];
    const forest = spanForest(spans);
    expect(forest.map((n) => [n.span.name, n.children.map((c) => c.span.name)])).toEqual([
      ['t1.root', []],
      ['t2.root', ['t2.child']],
    ]);
  });

  test('breaks parent cycles from a corrupted file instead of losing or looping on spans', () => {
    const spans = [span('x', '1', '2', 0, 5), span('y', '2', '1', 1, 5), span('self', '3', '3', 2, 1)];
    const forest = spanForest(spans);
    expect(forest.map((n) => n.span.name)).toEqual(['x', 'self']);
    expect(forest[0].children.map((c) => c.span.name)).toEqual(['y']);
    expect(forest.every((n) => n.orphan)).toBe(true);
    expect(formatSpanTree(spans).split('\n')).toHaveLength(4);
  });

  test('orders equal start times by name for determinism', () => {
    const forest = spanForest([span('b', '2', undefined, 0, 1), span('a', '1', undefined, 0, 1)]);
    expect(forest.map((n) => n.span.name)).toEqual(['a', 'b']);
  });
});

describe('traceShape', () => {
  test('lists traces, roots, orphans and unique sorted name edges', () => {
    const spans = [
      span('main.main', '1', undefined, 0, 100),
      span('f', '2', '1', 1, 10),
      span('f', '3', '1', 20, 10),
      span('g', '4', '3', 21, 1),
      span('g', '5', '2', 2, 1),
      span('other.root', '6', undefined, 50, 1, { traceId: U }),
      span('orphan', '7', 'dead', 60, 1),
    ];
    const shape = traceShape(spans);
    expect(shape.traceIds).toEqual([T, U]);
    expect(shape.roots.map((s) => s.name)).toEqual(['main.main', 'other.root']);
    expect(shape.orphans.map((s) => s.name)).toEqual(['orphan']);
    expect(shape.edges).toEqual([
      ['f', 'g'],
      ['main.main', 'f'],
    ]);
  });
});

describe('formatDurationMs', () => {
  test('picks a readable unit', () => {
    expect(formatDurationMs(0.0123)).toBe('12.3µs');
    expect(formatDurationMs(1.2345)).toBe('1.23ms');
    expect(formatDurationMs(999.994)).toBe('999.99ms');
    expect(formatDurationMs(61_000)).toBe('61.00s');
  });
});

describe('on real runs', () => {
  test('the hand-instrumented program forms one tree under main.main', async () => {
    const r = await buildAndRun(handInstrumentedModule());
    const spans = r.traces ?? [];
    expect(spans).toHaveLength(12);
    const text = formatSpanTree(spans);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^main\.main  \d+\.\d+ms  example\.com\/handapp$/);
    // Every other line is indented, and Fib(4) nests four deep below main.work.
    expect(lines.slice(1).every((l) => l.startsWith('  '))).toBe(true);
    expect(lines).toContainEqual(expect.stringMatching(/^ {10}lib\.Fib  \S+  example\.com\/handapp\/lib$/));
    expect(
      lines
        .filter((l) => /^ {2}\S/.test(l))
        .map((l) => l.trim().split(' ')[0])
        .sort(),
    ).toEqual(['main.background', 'main.work']);
    expect(text).not.toContain('orphan');
  });

  test('os.Exit after rtlib.EndAll (as instrgen writes it) still exports every span, the open ones ended', async () => {
    const mod = handInstrumentedModule();
    const main = mod.files['main.go'];
    expect(main).toContain('\t\tos.Exit(3)');
    mod.files['main.go'] = main.replace('\t\tos.Exit(3)', '\t\trtlib.EndAll()\n\t\tos.Exit(3)');
    const r = await buildAndRun({ ...mod, args: ['exit'] });
    expect(r.run?.exitCode).toBe(3);
    const spans = r.traces;
    if (!spans) throw new Error(`no traces\n${goRunReport(r)}`);
    const shape = traceShape(spans);
    expect(shape.orphans).toEqual([]);
    expect(shape.roots.map((s) => s.name)).toEqual(['main.main']);
    expect(spans.filter((s) => s.name === 'lib.Fib')).toHaveLength(9);
    // main.main and main.work were still open: EndAll ended them, children no later than parents.
    const byName = (n: string) => spans.find((s) => s.name === n)!;
    expect(byName('main.work').endNs).toBeLessThanOrEqual(byName('main.main').endNs);
  });

  test('os.Exit without EndAll loses the spans not yet exported, but leaves a readable file', async () => {
    const r = await buildAndRun({ ...handInstrumentedModule(), args: ['exit'] });
    expect(r.run?.exitCode).toBe(3);
    expect(r.tracesText).toMatch(/^\{"format":"instrgen-traces\/3"/);
    const shape = traceShape(r.traces ?? []);
    // Whatever was exported before the exit connects or is an orphan of an unexported parent; never garbage.
    expect(shape.roots).toEqual([]);
    expect(formatSpanTree(r.traces ?? [])).not.toContain('main.main');
  });
});
