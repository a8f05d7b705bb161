// Proves `instrgen traces` on a large traces file a real instrumented Go run wrote: read in chunks (never whole), summarised
// above the limit with exact counts per function, the whole tree with --full, and an HTML page capped with a note.
import { promises as fsp } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { nodeFileSystem, type FileSystem } from '../load/fileSystem';
import { buildAndRun, goRunReport, RTLIB_IMPORT_PATH } from '../testing/goToolchain';
import { runTraces, TREE_SPAN_LIMIT } from './traces';
import type { Terminal } from './terminal';

const MODULE = 'example.com/hotloop';
const ITERATIONS = 4000;
// main.main, main.loop, then per iteration main.middle and two main.leaf.
const SPANS = 2 + ITERATIONS * 3;

function span(tracer: string, name: string, ctx: string): string {
  return `__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("${tracer}").Start(${ctx}, "${name}")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()`;
}

/** The hot loop (loop → middle → leaf ×2), instrumented as instrgen writes it. */
const files: Record<string, string> = {
  'go.mod': `module ${MODULE}\n\ngo 1.19\n`,
  'main.go': `package main

import (
	__atel_context "context"
	"fmt"

	__atel_otel "go.opentelemetry.io/otel"
	"${RTLIB_IMPORT_PATH}"
)

func leaf(__atel_tracing_ctx __atel_context.Context, i int) int {
	${span(MODULE, 'main.leaf', '__atel_tracing_ctx')}
	return i & 7
}

func middle(__atel_tracing_ctx __atel_context.Context, i int) int {
	${span(MODULE, 'main.middle', '__atel_tracing_ctx')}
	return leaf(__atel_child_tracing_ctx, i) + leaf(__atel_child_tracing_ctx, i+1)
}

func loop(__atel_tracing_ctx __atel_context.Context, n int) int {
	${span(MODULE, 'main.loop', '__atel_tracing_ctx')}
	s := 0
	for i := 0; i < n; i++ {
		s += middle(__atel_child_tracing_ctx, i)
	}
	return s
}

func main() {
	__atel_ts := rtlib.NewTracingState()
	defer rtlib.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	${span(MODULE, 'main.main', '__atel_ctx')}
	fmt.Println(loop(__atel_child_tracing_ctx, ${ITERATIONS}))
}
`,
};

let dir = '';
let tracesText = '';

beforeAll(async () => {
  const r = await buildAndRun({ files, modulePath: MODULE });
  if (r.run?.exitCode !== 0 || !r.tracesText) throw new Error(`the hot loop did not run\n${goRunReport(r)}`);
  tracesText = r.tracesText;
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'instrgen-traces-cli-'));
  await fsp.writeFile(path.join(dir, 'traces.txt'), tracesText);
});

afterAll(async () => {
  if (dir) await fsp.rm(dir, { recursive: true, force: true });
});

/** The real file system, except that reading a whole file fails: the command must stream. */
function streamingOnlyFs(chunks: number[]): FileSystem {
  return {
    ...nodeFileSystem,
    readFile: (p) => {
      if (p.endsWith('traces.txt')) throw new Error('read whole');
      return nodeFileSystem.readFile(p);
    },
    readChunks: function* (p) {
      for (const c of nodeFileSystem.readChunks!(p, 16 * 1024)) {
        chunks.push(c.length);
        yield c;
      }
    },
  };
}

function capture(): Terminal & { stdout: string; stderr: string } {
  const t = {
    stdout: '',
    stderr: '',
    color: false,
    out: (s: string) => void (t.stdout += s),
    err: (s: string) => void (t.stderr += s),
    progress: () => undefined,
  };
  return t;
}

test('every call made is a span in the file', () => {
  expect(tracesText.trimEnd().split('\n')).toHaveLength(1 + SPANS);
});

test('above the limit it prints a summary with exact counts per function, read in chunks', () => {
  const chunks: number[] = [];
  const term = capture();
  expect(SPANS).toBeGreaterThan(TREE_SPAN_LIMIT);
  expect(
    runTraces(
      { fs: streamingOnlyFs(chunks), term, cwd: dir },
      { file: 'traces.txt', callgraph: false, C: '.', quiet: false },
    ),
  ).toBe(0);
  expect(chunks.length).toBeGreaterThan(10);
  expect(Math.max(...chunks)).toBeLessThanOrEqual(16 * 1024);
  const out = term.stdout;
  expect(out).toContain(
    `traces.txt: too many spans to print as a tree (more than ${TREE_SPAN_LIMIT.toLocaleString('en-US')}; --full prints it`,
  );
  expect(out).toContain(`${SPANS.toLocaleString('en-US')} spans in 1 trace, 1 root span (main.main)`);
  const countOf = (name: string) => {
    const row = out.split('\n').find((l) => l.trimEnd().endsWith(`  ${name}`) && /^\s+[\d,]+\s/.test(l));
    return row ? Number(row.trim().split(/\s+/)[0].replace(/,/g, '')) : undefined;
  };
  expect([countOf('main.main'), countOf('main.loop'), countOf('main.middle'), countOf('main.leaf')]).toEqual([
    1,
    1,
    ITERATIONS,
    2 * ITERATIONS,
  ]);
  // The longest spans are the root and the loop, in that order.
  const longest = out.slice(out.indexOf('longest spans:')).split('\n').slice(1, 3);
  expect(longest.map((l) => l.trim().split(/\s+/)[1])).toEqual(['main.main', 'main.loop']);
  expect(out.split('\n').length).toBeLessThan(100);
});

test('--full prints the whole tree; --limit moves the threshold', () => {
  const term = capture();
  runTraces(
    { fs: streamingOnlyFs([]), term, cwd: dir },
    { file: 'traces.txt', callgraph: false, C: '.', quiet: false, full: true },
  );
  const lines = term.stdout.trimEnd().split('\n');
  expect(lines).toHaveLength(SPANS);
  expect(lines.filter((l) => /^ {6}main\.leaf {2}/.test(l))).toHaveLength(2 * ITERATIONS);
  const small = capture();
  runTraces(
    { fs: streamingOnlyFs([]), term: small, cwd: dir },
    { file: 'traces.txt', callgraph: false, C: '.', quiet: false, limit: SPANS },
  );
  expect(small.stdout.trimEnd().split('\n')).toHaveLength(SPANS);
});

test('--html draws at most the limit, says so, and tabulates every span', async () => {
  const term = capture();
  runTraces(
    { fs: streamingOnlyFs([]), term, cwd: dir },
    { file: 'traces.txt', html: 'page.html', callgraph: false, C: '.', quiet: false, limit: 1000 },
  );
  expect(term.stderr).toBe(`instrgen: wrote page.html (1000 of ${SPANS} spans drawn)\n`);
  const html = await fsp.readFile(path.join(dir, 'page.html'), 'utf8');
  expect(html).toContain(
    `${SPANS.toLocaleString('en-US')} spans in 1 trace; the waterfall shows the first 1,000 in file order`,
  );
  expect(html).toMatch(new RegExp(`<td><code>main\\.leaf</code></td><td>${2 * ITERATIONS}</td>`));
  const data = JSON.parse(html.match(/<script type="application\/json" id="trace-data">(.*?)<\/script>/s)![1]);
  expect(data.reduce((n: number, t: { rows: unknown[] }) => n + t.rows.length, 0)).toBe(1000);
});
