// Proves renderTraceHtml: the page is self-contained and escapes names, its layout is sane, and headless Chromium really runs its script to draw the spans.
import { promises as fsp } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildAndRun, goRunReport, handInstrumentedModule, REPO_ROOT, runCommand } from '../testing/goToolchain';
import type { Span } from './spans';
import { renderTraceHtml } from './html';
import { callGraphLayout } from './htmlLayout';
import { waterfallTraces, type CallGraphJson } from './htmlModel';
import { callGraphSvg } from './htmlSvg';

/** The call graph of handInstrumentedModule, plus an unreachable caller, a kept signature and a back edge. */
const handCallGraph: CallGraphJson = {
  nodes: [
    { id: 'example.com/handapp.main', name: 'main.main', root: true, reachable: true, pos: 'main.go:36:6' },
    { id: 'example.com/handapp.work', name: 'main.work', root: false, reachable: true, pos: 'main.go:15:6' },
    {
      id: 'example.com/handapp.background',
      name: 'main.background',
      root: false,
      reachable: true,
      kept: 'started with go',
      pos: 'main.go:28:6',
    },
    { id: 'example.com/handapp/lib.Fib', name: 'lib.Fib', root: false, reachable: true, pos: 'lib/lib.go:10:6' },
    { id: 'example.com/handapp.unused', name: 'main.unused', root: false, reachable: false },
    { id: 'example.com/handapp/lib.helper', name: 'lib.helper', root: false, reachable: true },
  ],
  edges: [
    { from: 'example.com/handapp.main', to: 'example.com/handapp.work', pos: 'main.go:47:22' },
    { from: 'example.com/handapp.main', to: 'example.com/handapp.background', pos: 'main.go:46:5' },
    { from: 'example.com/handapp.work', to: 'example.com/handapp/lib.Fib', pos: 'main.go:20:7' },
    { from: 'example.com/handapp/lib.Fib', to: 'example.com/handapp/lib.Fib', pos: 'lib/lib.go:16:9' },
    { from: 'example.com/handapp/lib.Fib', to: 'example.com/handapp/lib.Fib', pos: 'lib/lib.go:16:46' },
    { from: 'example.com/handapp/lib.Fib', to: 'example.com/handapp/lib.helper', pos: 'lib/lib.go:17:2' },
    { from: 'example.com/handapp/lib.helper', to: 'example.com/handapp.work', pos: 'lib/lib.go:30:2' },
    { from: 'example.com/handapp.unused', to: 'example.com/handapp/lib.Fib', pos: 'main.go:60:2' },
    { from: 'example.com/handapp.unused', to: 'nowhere', pos: 'main.go:61:2' },
  ],
};

let realSpans: Span[] = [];

beforeAll(async () => {
  const r = await buildAndRun(handInstrumentedModule());
  if (!r.traces || r.traces.length !== 12) throw new Error(`hand-instrumented run failed\n${goRunReport(r)}`);
  realSpans = r.traces;
});

describe('renderTraceHtml as text', () => {
  test('is self-contained: no external scripts, styles, images or fonts', () => {
    const html = renderTraceHtml(realSpans, handCallGraph);
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/\s(src|href)=/i);
    expect(html).not.toMatch(/@import|url\(\s*['"]?(https?:|\/\/)/i);
    // The SVG namespace is the only URL and it is never fetched.
    expect(html.match(/https?:\/\/[^\s"'<>]+/g) ?? []).toEqual(['http://www.w3.org/2000/svg']);
  });

  test('a hostile span name cannot close the data script or inject markup', () => {
    const evil = { ...realSpans[0], name: '</script><img id="pwned">' };
    const html = renderTraceHtml([evil]);
    expect(html).not.toContain('<img');
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    const nodeGraph: CallGraphJson = { nodes: [{ id: '<x>', name: '<b>&', root: true, reachable: true }], edges: [] };
    expect(callGraphSvg(nodeGraph)).toContain('&lt;b&gt;&amp;');
  });

  test('omits the call graph section when none is given', () => {
    expect(renderTraceHtml(realSpans)).not.toContain('callgraph-section');
    expect(renderTraceHtml(realSpans, handCallGraph)).toContain('callgraph-section');
  });
});

describe('waterfallTraces', () => {
  test('rows come in tree order with depths and offsets from the trace start', () => {
    const [trace] = waterfallTraces(realSpans);
    expect(trace.rows).toHaveLength(12);
    expect(trace.rows[0]).toMatchObject({ name: 'main.main', depth: 0, offsetMs: 0, hasChildren: true });
    for (let i = 1; i < trace.rows.length; i++) {
      // Depth-first order: a row is at most one level deeper than the one before it.
      expect(trace.rows[i].depth).toBeLessThanOrEqual(trace.rows[i - 1].depth + 1);
      expect(trace.rows[i].offsetMs + trace.rows[i].durationMs).toBeLessThanOrEqual(trace.totalMs + 1e-9);
    }
    expect(Math.max(...trace.rows.map((r) => r.depth))).toBe(5);
  });
});

describe('callGraphLayout', () => {
  test('layers each function after its deepest caller; cycles and unreachable code are handled', () => {
    const layout = callGraphLayout(handCallGraph);
    const layer = Object.fromEntries(layout.nodes.map((n) => [n.name, n.layer]));
    expect(layer).toEqual({
      'main.main': 0,
      'main.work': 1,
      'main.background': 1,
      'lib.Fib': 2,
      'lib.helper': 3,
      'main.unused': 0,
    });
    const edge = (from: string, to: string) =>
      layout.edges.find((e) => e.from === `example.com/handapp${from}` && e.to === `example.com/handapp${to}`)!;
    expect(edge('/lib.helper', '.work')).toMatchObject({ back: true, self: false });
    expect(edge('/lib.Fib', '/lib.Fib')).toMatchObject({
      back: true,
      self: true,
      pos: ['lib/lib.go:16:9', 'lib/lib.go:16:46'],
    });
    expect(edge('.main', '.work')).toMatchObject({ back: false, self: false });
    // main.unused skips a layer, so its edge bends through a placeholder there: 2 points per hop.
    expect(edge('.unused', '/lib.Fib').points).toHaveLength(4);
    expect(layout.edges).toHaveLength(7);
    // No two nodes overlap, and all fit the drawing.
    for (const a of layout.nodes) {
      expect(a.x + a.w).toBeLessThanOrEqual(layout.width);
      expect(a.y + a.h).toBeLessThanOrEqual(layout.height);
      for (const b of layout.nodes) {
        if (a === b) continue;
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        expect(apart).toBe(true);
      }
    }
  });

  test('handles an empty graph and a pure cycle', () => {
    expect(callGraphLayout({ nodes: [], edges: [] }).nodes).toEqual([]);
    const cycle = callGraphLayout({
      nodes: [
        { id: 'a', name: 'a', root: false, reachable: false },
        { id: 'b', name: 'b', root: false, reachable: false },
      ],
      edges: [
        { from: 'a', to: 'b', pos: '' },
        { from: 'b', to: 'a', pos: '' },
      ],
    });
    expect(cycle.nodes.map((n) => [n.name, n.layer])).toEqual([
      ['a', 0],
      ['b', 1],
    ]);
  });

  test('the SVG merges call sites and marks back edges and self loops', () => {
    const svg = callGraphSvg(handCallGraph);
    expect(svg.match(/class="edge self"/g)).toHaveLength(1);
    expect(svg).toContain('lib/lib.go:16:9\nlib/lib.go:16:46');
    expect(svg.match(/class="edge back"/g)).toHaveLength(1);
    expect(svg.match(/<g class="node/g)).toHaveLength(6);
    expect(svg).toContain('class="node reachable kept"');
    expect(svg).toContain('class="node unreachable"');
    expect(svg).toContain('class="node root"');
  });
});

describe('in headless Chromium', () => {
  let dir = '';

  beforeAll(async () => {
    const install = await runCommand('bash', [path.join(REPO_ROOT, 'scripts', 'install-chromium.sh')], {
      cwd: REPO_ROOT,
      timeoutMs: 600_000,
    });
    if (install.exitCode !== 0) throw new Error(`scripts/install-chromium.sh failed:\n${install.stderr}`);
    dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'instrgen-html-'));
  });

  afterAll(async () => {
    if (dir && process.env.INSTRGEN_KEEP_TMP !== '1') await fsp.rm(dir, { recursive: true, force: true });
  });

  /** Runs chromium headless on a file with a throwaway profile, so nothing is shared or fetched. */
  async function chromium(pagePath: string, extra: string[]) {
    const profile = await fsp.mkdtemp(path.join(dir, 'profile-'));
    return runCommand(
      'chromium',
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
        `--user-data-dir=${profile}`,
        ...extra,
        `file://${pagePath}`,
      ],
      { cwd: dir, timeoutMs: 120_000 },
    );
  }

  test('the page script draws one bar per span and the call graph shows', async () => {
    const page = path.join(dir, 'trace.html');
    await fsp.writeFile(page, renderTraceHtml(realSpans, handCallGraph));
    const r = await chromium(page, ['--dump-dom']);
    expect(r.exitCode).toBe(0);
    const dom = r.stdout;
    // These exist only if the inline script ran: the served HTML has an empty #waterfall.
    expect(dom).toContain('data-rendered="true"');
    expect(dom.match(/class="span-bar"/g)).toHaveLength(12);
    expect(dom.match(/class="span-row[^"]*"/g)).toHaveLength(12);
    expect(dom.match(/class="span-row[^"]*" data-depth="5"/g)?.length).toBeGreaterThan(0);
    expect(dom).toMatch(/<div class="label"[^>]*>.*?main\.main<\/div>/);
    expect(dom).toMatch(/class="tick"[^>]*>0</);
    expect(dom.match(/<g class="node/g)).toHaveLength(6);
  });

  test('an empty trace renders a message', async () => {
    const page = path.join(dir, 'empty.html');
    await fsp.writeFile(page, renderTraceHtml([]));
    const r = await chromium(page, ['--dump-dom']);
    expect(r.stdout).toContain('No spans were recorded.');
  });

  test('takes a screenshot', async () => {
    const page = path.join(dir, 'trace.html');
    await fsp.writeFile(page, renderTraceHtml(realSpans, handCallGraph));
    const png = path.join(dir, 'trace.png');
    const r = await chromium(page, [`--screenshot=${png}`, '--window-size=1280,900', '--hide-scrollbars']);
    expect(r.exitCode).toBe(0);
    const bytes = await fsp.readFile(png);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(10_000);
    if (process.env.INSTRGEN_KEEP_TMP === '1') console.log(`screenshot: ${png}`);
  });
});
