// Defines renderTraceHtml, a self-contained HTML page showing a span waterfall and, optionally, instrgen's call graph as a layered SVG.
import { callGraphSvg, escapeHtml } from './htmlSvg';
import { waterfallTraces, type CallGraphJson, type LargeTraceNote } from './htmlModel';
import type { FunctionStats } from './summary';
import type { Span } from './spans';
import { formatDurationMs } from './tree';

/** Renders the whole page; it needs no network: styles, data and script are inline. */
export function renderTraceHtml(spans: Span[], callgraph?: CallGraphJson, large?: LargeTraceNote): string {
  const traces = waterfallTraces(spans);
  // "<" is escaped so no span name can close the script element early.
  const data = JSON.stringify(traces).replace(/</g, '\\u003c');
  const traceWord = traces.length === 1 ? 'trace' : 'traces';
  const summary = large
    ? large.note
    : `${spans.length} span${spans.length === 1 ? '' : 's'} in ${traces.length} ${traceWord}`;
  const functions = large
    ? `<section id="functions-section"><h2>Spans per function</h2>${functionTable(large.functions)}</section>`
    : '';
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

function functionTable(functions: FunctionStats[]): string {
  const head = '<tr><th>function</th><th>count</th><th>total</th><th>mean</th><th>max</th><th>errors</th></tr>';
  const rows = functions
    .map(
      (f) =>
        `<tr><td><code>${escapeHtml(f.name)}</code></td><td>${f.count}</td><td>${formatDurationMs(f.totalMs)}</td><td>${formatDurationMs(f.totalMs / f.count)}</td><td>${formatDurationMs(f.maxMs)}</td><td>${f.errors}</td></tr>`,
    )
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
