// Defines renderTraceHtml, a self-contained HTML page showing a span waterfall and, optionally, instrgen's call graph as a layered SVG.
import type { Span } from './spans';
import type { FunctionStats } from './summary';
import { formatDurationMs, spanForest, type SpanNode } from './tree';

/** The call graph as the instrumenter exports it for display. */
export interface CallGraphJson {
  nodes: Array<{
    id: string;
    name: string;
    /** An entry point: a function that calls rtlib.AutotelEntryPoint (or main). */
    root: boolean;
    /** Reachable from a root, so instrumented. */
    reachable: boolean;
    /** Why the function's signature was kept unchanged (no context parameter added), if it was. */
    kept?: string;
    /** Source position, e.g. "main.go:12:6". */
    pos?: string;
  }>;
  edges: Array<{ from: string; to: string; pos: string }>;
}

/** One waterfall row as the page script receives it, already in tree order. */
export interface WaterfallRow {
  name: string;
  library: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  depth: number;
  orphan: boolean;
  /** Milliseconds from the start of the span's trace (its earliest span). */
  offsetMs: number;
  durationMs: number;
  duration: string;
  statusCode: string;
  hasChildren: boolean;
  attributes: Record<string, unknown>;
}

/** One trace's rows and extent. */
export interface WaterfallTrace {
  traceId: string;
  totalMs: number;
  total: string;
  rows: WaterfallRow[];
}

/** Where callGraphLayout put the nodes, and the route of every drawn edge. */
export interface CallGraphLayout {
  width: number;
  height: number;
  nodes: Array<{ id: string; name: string; layer: number; x: number; y: number; w: number; h: number }>;
  /**
   * One entry per distinct (from, to) pair; `pos` lists every call site. `points` runs from the
   * arrow's tail to its head, through one bend per skipped layer. `back` marks calls that go
   * against the layering (recursion cycles, calls into a root); `self` marks direct recursion.
   */
  edges: Array<{ from: string; to: string; pos: string[]; back: boolean; self: boolean; points: Array<[number, number]> }>;
}

const NODE_H = 26;
/** Long edges pass through thin placeholders in the layers they skip, so they go around nodes. */
const DUMMY_H = 4;
const NODE_GAP_Y = 14;
const LAYER_GAP_X = 70;
const MARGIN = 20;
const CHAR_W = 7.2;
const ORDER_SWEEPS = 6;

/** Groups spans by trace, orders each trace's spans depth-first by start time, and offsets them from the trace start. */
export function waterfallTraces(spans: readonly Span[]): WaterfallTrace[] {
  const byTrace = new Map<string, SpanNode[]>();
  for (const root of spanForest(spans)) {
    const list = byTrace.get(root.span.traceId) ?? [];
    list.push(root);
    byTrace.set(root.span.traceId, list);
  }
  const traces: WaterfallTrace[] = [];
  for (const [traceId, roots] of byTrace) {
    const members = spans.filter((s) => s.traceId === traceId);
    const t0 = members.reduce((m, s) => (s.startNs < m ? s.startNs : m), members[0].startNs);
    const t1 = members.reduce((m, s) => (s.endNs > m ? s.endNs : m), members[0].endNs);
    const rows: WaterfallRow[] = [];
    const visit = (node: SpanNode, depth: number): void => {
      const s = node.span;
      rows.push({
        name: s.name,
        library: s.library,
        traceId: s.traceId,
        spanId: s.spanId,
        ...(s.parentSpanId === undefined ? {} : { parentSpanId: s.parentSpanId }),
        depth,
        orphan: node.orphan,
        // Subtract as bigint first: epoch nanoseconds do not fit a double exactly.
        offsetMs: Number(s.startNs - t0) / 1e6,
        durationMs: s.durationMs,
        duration: formatDurationMs(s.durationMs),
        statusCode: s.statusCode,
        hasChildren: node.children.length > 0,
        attributes: s.attributes,
      });
      for (const c of node.children) visit(c, depth + 1);
    };
    roots.forEach((r) => visit(r, 0));
    const totalMs = Number(t1 - t0) / 1e6;
    traces.push({ traceId, totalMs, total: formatDurationMs(totalMs), rows });
  }
  return traces;
}

/**
 * Lays the call graph out left to right in the Sugiyama style: calls that close a cycle (or
 * enter a root) are reversed so the rest is acyclic, each function goes in the layer after its
 * deepest caller (roots first), edges that skip layers get placeholders there, and nodes in a
 * layer are ordered by the mean position of their neighbours to keep crossings down.
 */
export function callGraphLayout(cg: CallGraphJson): CallGraphLayout {
  const info = new Map(cg.nodes.map((n) => [n.id, n] as const));
  const merged = new Map<string, { from: string; to: string; pos: string[] }>();
  for (const e of cg.edges) {
    if (!info.has(e.from) || !info.has(e.to)) continue;
    const key = JSON.stringify([e.from, e.to]);
    const m = merged.get(key) ?? { from: e.from, to: e.to, pos: [] };
    m.pos.push(e.pos);
    merged.set(key, m);
  }
  const calls = [...merged.values()];
  const callees = new Map<string, string[]>(cg.nodes.map((n) => [n.id, []]));
  for (const c of calls) if (c.from !== c.to) callees.get(c.from)!.push(c.to);

  // Depth-first search from the roots, then from uncalled functions, then from whatever is left
  // (pure cycles); a call to a function still on the stack closes a cycle and is reversed.
  const onStack = new Set<string>();
  const visited = new Set<string>();
  const discovery: string[] = [];
  const backKeys = new Set<string>();
  const dfs = (start: string): void => {
    // Iterative, so deep call chains cannot overflow the JS stack.
    const stack: Array<{ id: string; next: number }> = [{ id: start, next: 0 }];
    visited.add(start);
    onStack.add(start);
    discovery.push(start);
    while (stack.length) {
      const top = stack[stack.length - 1];
      const outs = callees.get(top.id)!;
      if (top.next >= outs.length) {
        onStack.delete(top.id);
        stack.pop();
        continue;
      }
      const to = outs[top.next++];
      if (info.get(to)!.root || onStack.has(to)) backKeys.add(JSON.stringify([top.id, to]));
      else if (!visited.has(to)) {
        visited.add(to);
        onStack.add(to);
        discovery.push(to);
        stack.push({ id: to, next: 0 });
      }
    }
  };
  const called = new Set(calls.filter((c) => c.from !== c.to).map((c) => c.to));
  for (const n of cg.nodes) if (n.root && !visited.has(n.id)) dfs(n.id);
  for (const n of cg.nodes) if (!called.has(n.id) && !visited.has(n.id)) dfs(n.id);
  for (const n of cg.nodes) if (!visited.has(n.id)) dfs(n.id);

  // The acyclic graph to lay out: each call as [upstream, downstream].
  const dagEdges = calls
    .filter((c) => c.from !== c.to)
    .map((c) => {
      const back = backKeys.has(JSON.stringify([c.from, c.to]));
      return { call: c, back, up: back ? c.to : c.from, down: back ? c.from : c.to };
    });

  // Longest-path layering, in topological order (Kahn's algorithm seeded in discovery order).
  const preds = new Map<string, string[]>(cg.nodes.map((n) => [n.id, []]));
  const succs = new Map<string, string[]>(cg.nodes.map((n) => [n.id, []]));
  for (const e of dagEdges) {
    preds.get(e.down)!.push(e.up);
    succs.get(e.up)!.push(e.down);
  }
  const layerOf = new Map<string, number>();
  const remaining = new Map(cg.nodes.map((n) => [n.id, preds.get(n.id)!.length] as const));
  const ready = discovery.filter((id) => remaining.get(id) === 0);
  for (let i = 0; i < ready.length; i++) {
    const id = ready[i];
    layerOf.set(id, Math.max(0, ...preds.get(id)!.map((p) => layerOf.get(p)! + 1)));
    for (const s of succs.get(id)!) {
      remaining.set(s, remaining.get(s)! - 1);
      if (remaining.get(s) === 0) ready.push(s);
    }
  }

  // Unreachable in theory (the reversed graph is acyclic); kept so a bug cannot crash the page.
  for (const id of discovery) if (!layerOf.has(id)) layerOf.set(id, 0);

  // Layers hold real nodes and, for long edges, placeholder ids.
  const layerCount = cg.nodes.length ? Math.max(...layerOf.values()) + 1 : 0;
  const layers: string[][] = Array.from({ length: layerCount }, () => []);
  for (const id of discovery) layers[layerOf.get(id)!].push(id);
  const up = new Map<string, string[]>(); // neighbours in the previous layer
  const down = new Map<string, string[]>(); // neighbours in the next layer
  const link = (a: string, b: string): void => {
    (down.get(a) ?? down.set(a, []).get(a)!).push(b);
    (up.get(b) ?? up.set(b, []).get(b)!).push(a);
  };
  const chains = dagEdges.map((e, k) => {
    const chain = [e.up];
    for (let l = layerOf.get(e.up)! + 1; l < layerOf.get(e.down)!; l++) {
      const dummy = `\u0000${k}@${l}`;
      layers[l].push(dummy);
      chain.push(dummy);
    }
    chain.push(e.down);
    for (let i = 1; i < chain.length; i++) link(chain[i - 1], chain[i]);
    return { ...e, chain };
  });

  const index = new Map<string, number>();
  const reindex = (): void => layers.forEach((l) => l.forEach((id, i) => index.set(id, i)));
  reindex();
  const reorder = (li: number, neighbours: Map<string, string[]>): void => {
    const weight = new Map<string, number>();
    for (const id of layers[li]) {
      const ns = neighbours.get(id) ?? [];
      weight.set(id, ns.length ? ns.reduce((sum, n) => sum + index.get(n)!, 0) / ns.length : index.get(id)!);
    }
    // Array.prototype.sort is stable, so ties keep their current order.
    layers[li].sort((a, b) => weight.get(a)! - weight.get(b)!);
    layers[li].forEach((id, i) => index.set(id, i));
  };
  for (let sweep = 0; sweep < ORDER_SWEEPS; sweep++) {
    if (sweep % 2 === 0) for (let li = 1; li < layers.length; li++) reorder(li, up);
    else for (let li = layers.length - 2; li >= 0; li--) reorder(li, down);
  }

  const isDummy = (id: string): boolean => id.startsWith('\u0000');
  const heightOf = (id: string): number => (isDummy(id) ? DUMMY_H : NODE_H);
  const widthOf = (id: string): number =>
    isDummy(id) ? 0 : Math.max(70, Math.ceil(info.get(id)!.name.length * CHAR_W) + 20);
  const columnHeight = (l: string[]): number =>
    l.reduce((h, id) => h + heightOf(id), 0) + Math.max(0, l.length - 1) * NODE_GAP_Y;
  const tallest = Math.max(0, ...layers.map(columnHeight));
  const height = MARGIN * 2 + tallest;
  const box = new Map<string, { x: number; y: number; w: number; h: number; layer: number }>();
  let x = MARGIN;
  layers.forEach((l, li) => {
    const colW = Math.max(0, ...l.map(widthOf));
    let y = (height - columnHeight(l)) / 2;
    for (const id of l) {
      box.set(id, { x, y, w: colW, h: heightOf(id), layer: li });
      y += heightOf(id) + NODE_GAP_Y;
    }
    x += colW + LAYER_GAP_X;
  });
  const width = Math.max(x - LAYER_GAP_X + MARGIN, MARGIN * 2);

  const nodes = discovery.map((id) => ({ id, name: info.get(id)!.name, ...box.get(id)! }));
  const edges: CallGraphLayout['edges'] = chains.map((e) => {
    const points: Array<[number, number]> = [];
    e.chain.forEach((id, i) => {
      const b = box.get(id)!;
      const midY = b.y + b.h / 2;
      // Enter each column on its left side and leave on its right.
      if (i > 0) points.push([b.x, midY]);
      if (i < e.chain.length - 1) points.push([b.x + b.w, midY]);
    });
    // Reversed calls were laid out downstream-first; the arrow still points at the callee.
    if (e.back) points.reverse();
    return { from: e.call.from, to: e.call.to, pos: e.call.pos, back: e.back, self: false, points };
  });
  for (const c of calls) {
    if (c.from !== c.to) continue;
    const b = box.get(c.from)!;
    const cx = b.x + b.w / 2;
    edges.push({ from: c.from, to: c.to, pos: c.pos, back: true, self: true, points: [[cx - 10, b.y], [cx + 10, b.y]] });
  }
  return { width, height, nodes, edges };
}

/** Draws the call graph as a standalone SVG element (the legend is separate HTML). */
export function callGraphSvg(cg: CallGraphJson): string {
  const layout = callGraphLayout(cg);
  const info = new Map(cg.nodes.map((n) => [n.id, n] as const));
  const nameOf = (id: string): string => info.get(id)!.name;

  const edgeSvg = layout.edges.map((e) => {
    const title = `<title>${escapeHtml(`${nameOf(e.from)} → ${nameOf(e.to)}\n${e.pos.join('\n')}`)}</title>`;
    if (e.self) {
      const [[x1, y], [x2]] = e.points;
      return `<path class="edge self" d="M${x1},${y} C${x1 - 15},${y - 22} ${x2 + 15},${y - 22} ${x2},${y}" marker-end="url(#arrow)">${title}</path>`;
    }
    return `<path class="edge${e.back ? ' back' : ''}" d="${smoothPath(e.points)}" marker-end="url(#arrow)">${title}</path>`;
  });

  const nodeSvg = layout.nodes.map((p) => {
    const n = info.get(p.id)!;
    const cls = ['node', n.root ? 'root' : n.reachable ? 'reachable' : 'unreachable', n.kept ? 'kept' : '']
      .filter(Boolean)
      .join(' ');
    const tip = [
      n.name,
      n.id !== n.name ? n.id : '',
      n.pos ?? '',
      n.root ? 'root' : '',
      n.reachable ? 'reachable' : 'not reachable',
      n.kept ? `signature kept: ${n.kept}` : '',
    ]
      .filter(Boolean)
      .join('\n');
    return (
      `<g class="${cls}" data-id="${escapeHtml(n.id)}"><title>${escapeHtml(tip)}</title>` +
      `<rect x="${p.x}" y="${p.y}" width="${p.w}" height="${p.h}" rx="5"/>` +
      `<text x="${p.x + p.w / 2}" y="${p.y + p.h / 2 + 4}" text-anchor="middle">${escapeHtml(n.name)}</text></g>`
    );
  });

  // The extra 24px on top leave room for self-loops over the first row.
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="callgraph" width="${layout.width}" height="${layout.height + 24}" viewBox="0 -24 ${layout.width} ${layout.height + 24}">` +
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#64748b"/></marker></defs>` +
    edgeSvg.join('') +
    nodeSvg.join('') +
    `</svg>`
  );
}

/**
 * Joins route points with horizontal-tangent curves between columns and straight runs across
 * a column (points come in pairs: leave a column on the right, enter the next on the left).
 */
function smoothPath(points: Array<[number, number]>): string {
  const f = (n: number): string => String(Math.round(n * 10) / 10);
  let d = `M${f(points[0][0])},${f(points[0][1])}`;
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1];
    const [x1, y1] = points[i];
    if (y0 === y1) {
      d += ` L${f(x1)},${f(y1)}`;
    } else {
      const mx = (x0 + x1) / 2;
      d += ` C${f(mx)},${f(y0)} ${f(mx)},${f(y1)} ${f(x1)},${f(y1)}`;
    }
  }
  return d;
}

/** Renders the whole page; it needs no network: styles, data and script are inline. */
export function renderTraceHtml(spans: Span[], callgraph?: CallGraphJson, large?: LargeTraceNote): string {
  const traces = waterfallTraces(spans);
  // "<" is escaped so no span name can close the script element early.
  const data = JSON.stringify(traces).replace(/</g, '\\u003c');
  const traceWord = traces.length === 1 ? 'trace' : 'traces';
  const summary = large ? large.note : `${spans.length} span${spans.length === 1 ? '' : 's'} in ${traces.length} ${traceWord}`;
  const functions = large ? `<section id="functions-section"><h2>Spans per function</h2>${functionTable(large.functions)}</section>` : '';
  const graph = callgraph
    ? `<section id="callgraph-section"><h2>Call graph</h2>${callGraphLegend()}<div class="graph-scroll">${callGraphSvg(callgraph)}</div></section>`
    : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>instrgen trace</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<header><h1>instrgen trace</h1><p class="summary">${escapeHtml(summary)}</p></header>
${functions}
<section id="waterfall-section"><h2>Spans</h2>
<noscript><p>The span waterfall is drawn by JavaScript; enable it to see the spans.</p></noscript>
<div id="waterfall"></div>
<div id="details" hidden></div>
</section>
${graph}
<script type="application/json" id="trace-data">${data}</script>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}

/** What the page says when the file held more spans than it draws: the note, and aggregates over every span. */
export interface LargeTraceNote {
  note: string;
  functions: FunctionStats[];
}

function functionTable(functions: FunctionStats[]): string {
  const head = '<tr><th>function</th><th>count</th><th>total</th><th>mean</th><th>max</th><th>errors</th></tr>';
  const rows = functions
    .map((f) => `<tr><td><code>${escapeHtml(f.name)}</code></td><td>${f.count}</td><td>${formatDurationMs(f.totalMs)}</td><td>${formatDurationMs(f.totalMs / f.count)}</td><td>${formatDurationMs(f.maxMs)}</td><td>${f.errors}</td></tr>`)
    .join('');
  return `<table class="functions">${head}${rows}</table>`;
}

function callGraphLegend(): string {
  const item = (cls: string, label: string): string =>
    `<span class="legend-item"><svg width="22" height="14"><rect class="${cls}" x="1" y="1" width="20" height="12" rx="3"/></svg>${label}</span>`;
  return (
    `<div class="legend">` +
    item('swatch root', 'root (entry point)') +
    item('swatch reachable', 'reachable (instrumented)') +
    item('swatch unreachable', 'not reachable') +
    item('swatch kept', 'signature kept') +
    `<span class="legend-item"><svg width="30" height="14"><path class="edge back" d="M1,7 L29,7"/></svg>call back to an earlier layer</span>` +
    `</div>`
  );
}

/** Escapes text for HTML and SVG content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const PAGE_CSS = `
:root { --label-w: 340px; --row-h: 22px; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #1e293b; }
body { margin: 0; padding: 16px 24px; background: #f8fafc; }
header h1 { margin: 0; font-size: 20px; }
.summary { margin: 4px 0 12px; color: #64748b; }
table.functions { border-collapse: collapse; background: #fff; font-size: 12px; }
table.functions th, table.functions td { border: 1px solid #e2e8f0; padding: 3px 8px; text-align: right; }
table.functions td:first-child, table.functions th:first-child { text-align: left; }
h2 { font-size: 16px; margin: 18px 0 8px; }
.trace { background: #fff; border: 1px solid #e2e8f0; border-radius: 6px; margin-bottom: 14px; overflow: hidden; }
.trace-head { display: flex; justify-content: space-between; padding: 6px 10px; background: #f1f5f9; font-size: 12px; color: #475569; }
.trace-head code { font-family: ui-monospace, monospace; }
.axis { position: relative; height: 18px; margin-left: var(--label-w); margin-right: 70px; border-bottom: 1px solid #e2e8f0; font-size: 10px; color: #94a3b8; }
.axis .tick { position: absolute; top: 2px; transform: translateX(-50%); white-space: nowrap; }
.axis .tick::after { content: ""; position: absolute; left: 50%; top: 14px; height: 4px; border-left: 1px solid #cbd5e1; }
.span-row { display: flex; align-items: center; height: var(--row-h); font-size: 12px; cursor: pointer; border-bottom: 1px solid #f1f5f9; }
.span-row:hover, .span-row.selected { background: #eef2ff; }
.span-row.hidden { display: none; }
.label { width: var(--label-w); flex: none; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; box-sizing: border-box; padding-right: 8px; font-family: ui-monospace, monospace; }
.caret { display: inline-block; width: 12px; color: #64748b; }
.orphan .label { color: #b45309; }
.track { position: relative; flex: 1; height: 14px; margin-right: 70px; }
.span-bar { position: absolute; top: 0; height: 14px; min-width: 2px; border-radius: 3px; opacity: 0.9; }
.span-bar.error { outline: 2px solid #dc2626; }
.dur { position: absolute; top: 0; font-size: 11px; color: #475569; white-space: nowrap; padding-left: 4px; }
#details { background: #fff; border: 1px solid #e2e8f0; border-radius: 6px; padding: 8px 12px; font-size: 12px; }
#details dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; }
#details dt { color: #64748b; }
#details dd { margin: 0; font-family: ui-monospace, monospace; }
.legend { display: flex; flex-wrap: wrap; gap: 14px; font-size: 12px; margin-bottom: 6px; }
.legend-item { display: inline-flex; align-items: center; gap: 5px; }
.graph-scroll { overflow: auto; background: #fff; border: 1px solid #e2e8f0; border-radius: 6px; padding: 6px; }
svg .node rect, .swatch { stroke: #475569; stroke-width: 1; }
svg .root rect, .swatch.root { fill: #fbbf24; }
svg .reachable rect, .swatch.reachable { fill: #86efac; }
svg .unreachable rect, .swatch.unreachable { fill: #e2e8f0; }
svg .kept rect, .swatch.kept { stroke: #7c3aed; stroke-width: 2.5; stroke-dasharray: 5 3; }
.swatch.kept { fill: #fff; }
svg .node text { font: 12px ui-monospace, monospace; fill: #0f172a; pointer-events: none; }
svg .edge { fill: none; stroke: #94a3b8; stroke-width: 1.3; }
svg .edge.back, svg .edge.self { stroke: #f97316; stroke-dasharray: 4 3; }
svg .edge:hover { stroke: #1d4ed8; stroke-width: 2.5; }
`;

// Plain ES2017 so any headless browser runs it; it builds every waterfall row from #trace-data.
const PAGE_SCRIPT = `
(function () {
  var traces = JSON.parse(document.getElementById('trace-data').textContent);
  var root = document.getElementById('waterfall');
  var details = document.getElementById('details');
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  // One stable colour per tracer (Go package), so a package's spans read as a group.
  function colour(library) {
    var h = 0;
    for (var i = 0; i < library.length; i++) h = (h * 31 + library.charCodeAt(i)) >>> 0;
    return 'hsl(' + (h % 360) + ', 62%, 58%)';
  }
  function niceStep(total) {
    var raw = total / 6, p = Math.pow(10, Math.floor(Math.log10(raw || 1)));
    var steps = [1, 2, 5, 10];
    for (var i = 0; i < steps.length; i++) if (raw <= steps[i] * p) return steps[i] * p;
    return 10 * p;
  }
  function fmt(ms) {
    if (ms === 0) return '0';
    if (ms < 0.1) return (ms * 1000).toFixed(1) + '\\u00b5s';
    if (ms < 1000) return (+ms.toFixed(2)) + 'ms';
    return (ms / 1000).toFixed(2) + 's';
  }
  function showDetails(row) {
    details.hidden = false;
    details.textContent = '';
    var dl = el('dl');
    var fields = [['name', row.name], ['library', row.library], ['duration', row.duration],
      ['start', '+' + fmt(row.offsetMs)], ['span id', row.spanId], ['parent id', row.parentSpanId || '(root)'],
      ['trace id', row.traceId], ['status', row.statusCode]];
    Object.keys(row.attributes).forEach(function (k) { fields.push([k, JSON.stringify(row.attributes[k])]); });
    if (row.orphan) fields.push(['note', 'parent span missing from traces.txt']);
    fields.forEach(function (f) { dl.appendChild(el('dt', '', f[0])); dl.appendChild(el('dd', '', f[1])); });
    details.appendChild(dl);
  }
  traces.forEach(function (trace) {
    var box = el('div', 'trace');
    box.dataset.traceId = trace.traceId;
    var head = el('div', 'trace-head');
    var id = el('span', '', 'trace ');
    id.appendChild(el('code', '', trace.traceId));
    head.appendChild(id);
    head.appendChild(el('span', '', trace.rows.length + ' spans, ' + trace.total));
    box.appendChild(head);
    var total = trace.totalMs > 0 ? trace.totalMs : 1;
    var axis = el('div', 'axis');
    var step = niceStep(total);
    for (var t = 0; t <= total + 1e-9; t += step) {
      var tick = el('span', 'tick', fmt(t));
      tick.style.left = (100 * t / total) + '%';
      axis.appendChild(tick);
    }
    box.appendChild(axis);
    var rowEls = [];
    // A row is hidden when any ancestor is folded; rows are in depth-first order, so one pass suffices.
    function refreshVisibility() {
      var foldedDepth = Infinity;
      trace.rows.forEach(function (row, j) {
        if (row.depth <= foldedDepth) foldedDepth = Infinity;
        var hide = row.depth > foldedDepth;
        rowEls[j].classList.toggle('hidden', hide);
        if (!hide && rowEls[j].classList.contains('folded')) foldedDepth = row.depth;
      });
    }
    trace.rows.forEach(function (row) {
      var r = el('div', 'span-row' + (row.orphan ? ' orphan' : ''));
      r.dataset.depth = String(row.depth);
      r.dataset.spanId = row.spanId;
      var label = el('div', 'label');
      label.style.paddingLeft = (8 + row.depth * 14) + 'px';
      label.appendChild(el('span', 'caret', row.hasChildren ? '\\u25be' : ''));
      label.appendChild(document.createTextNode(row.name));
      label.title = row.name + ' (' + row.library + ')';
      var track = el('div', 'track');
      var bar = el('div', 'span-bar' + (row.statusCode === 'Error' ? ' error' : ''));
      var left = 100 * row.offsetMs / total, width = 100 * row.durationMs / total;
      bar.style.left = left + '%';
      bar.style.width = width + '%';
      bar.style.background = colour(row.library);
      bar.title = row.name + ' ' + row.duration;
      var dur = el('span', 'dur', row.duration);
      dur.style.left = Math.min(left + width, 100) + '%';
      track.appendChild(bar);
      track.appendChild(dur);
      r.appendChild(label);
      r.appendChild(track);
      // Clicking shows details; clicking the caret folds the subtree (the following deeper rows).
      r.addEventListener('click', function (ev) {
        rowEls.forEach(function (o) { o.classList.remove('selected'); });
        r.classList.add('selected');
        showDetails(row);
        if (ev.target.className === 'caret' && row.hasChildren) {
          var folded = r.classList.toggle('folded');
          ev.target.textContent = folded ? '\\u25b8' : '\\u25be';
          refreshVisibility();
        }
      });
      rowEls.push(r);
      box.appendChild(r);
    });
    root.appendChild(box);
  });
  if (!traces.length) root.appendChild(el('p', 'empty', 'No spans were recorded.'));
  document.body.dataset.rendered = 'true';
})();
`;
