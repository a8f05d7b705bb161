// Defines the parent/child view of parsed spans: the span forest, its indented text rendering, and the trace's shape for assertions.
import type { Span } from './spans';

/** A span with its children, ordered by start time. */
export interface SpanNode {
  span: Span;
  children: SpanNode[];
  /** True when the span names a parent that is not among the spans (e.g. lost in a crash). */
  orphan: boolean;
}

/** The structure of a set of spans, independent of ids and timings, for tests to compare. */
export interface TraceShape {
  traceIds: string[];
  /** Spans without a parent, in start order. */
  roots: Span[];
  /** Spans whose parent id is not present, in start order. */
  orphans: Span[];
  /** Unique [parentName, childName] pairs, sorted. */
  edges: Array<[string, string]>;
}

/**
 * Builds the span forest: roots are parentless spans and orphans, each list of siblings
 * (and the roots) sorted by start time, then name, so the output is deterministic.
 */
export function spanForest(spans: readonly Span[]): SpanNode[] {
  const nodes = new Map<string, SpanNode>();
  for (const span of spans) {
    // Span ids are unique per trace, not globally, so key by both.
    nodes.set(spanKey(span.traceId, span.spanId), { span, children: [], orphan: false });
  }
  const roots: SpanNode[] = [];
  for (const node of nodes.values()) {
    const pid = node.span.parentSpanId;
    const parent = pid === undefined ? undefined : nodes.get(spanKey(node.span.traceId, pid));
    if (parent && parent !== node) {
      parent.children.push(node);
    } else {
      node.orphan = pid !== undefined;
      roots.push(node);
    }
  }
  // A parent cycle (only possible in a corrupted file) would hide its spans from every root
  // and make recursive walks loop; cut each cycle at its earliest span.
  const reached = new Set<SpanNode>();
  const mark = (n: SpanNode): void => {
    if (reached.has(n)) return;
    reached.add(n);
    for (const c of n.children) mark(c);
  };
  roots.forEach(mark);
  for (const node of [...nodes.values()].sort(compareNodes)) {
    if (reached.has(node)) continue;
    const parent = nodes.get(spanKey(node.span.traceId, node.span.parentSpanId ?? ''));
    if (parent) parent.children = parent.children.filter((c) => c !== node);
    node.orphan = true;
    roots.push(node);
    mark(node);
  }
  const sortTree = (list: SpanNode[]): void => {
    list.sort(compareNodes);
    for (const n of list) sortTree(n.children);
  };
  sortTree(roots);
  return roots;
}

/**
 * Renders the forest one span per line, two spaces of indent per level: `name  duration  library`, then where the
 * function is (its code attributes) and the error of a span with status Error, with orphans flagged:
 *   main.priceOrder  8.2µs  example.com/shop  main.go:52  error: unknown item: kiwi
 */
export function formatSpanTree(spans: readonly Span[]): string {
  const lines: string[] = [];
  const visit = (node: SpanNode, depth: number): void => {
    const s = node.span;
    const orphanNote = node.orphan ? `  (orphan: parent ${s.parentSpanId} missing)` : '';
    const where = codeLocationText(s);
    const error = s.statusCode === 'Error' ? `  error${s.statusDescription ? `: ${s.statusDescription}` : ''}` : '';
    lines.push(
      `${'  '.repeat(depth)}${s.name}  ${formatDurationMs(s.durationMs)}  ${s.library}${where ? `  ${where}` : ''}${error}${orphanNote}`,
    );
    for (const c of node.children) visit(c, depth + 1);
  };
  for (const root of spanForest(spans)) visit(root, 0);
  return lines.join('\n') + (lines.length ? '\n' : '');
}

/**
 * `file:line` from a span's code.filepath and code.lineno, the file relative to the span's package when it is in it
 * (`example.com/shop/catalog/catalog.go` of scope `example.com/shop/catalog` is `catalog.go`); '' without them.
 */
function codeLocationText(s: Span): string {
  const file = s.attributes['code.filepath'];
  const line = s.attributes['code.lineno'];
  if (typeof file !== 'string' || typeof line !== 'number') return '';
  const rel = s.library && file.startsWith(`${s.library}/`) ? file.slice(s.library.length + 1) : file;
  return `${rel}:${line}`;
}

/** Summarises which traces, roots, orphans and parent→child name pairs the spans contain. */
export function traceShape(spans: readonly Span[]): TraceShape {
  const present = new Set(spans.map((s) => spanKey(s.traceId, s.spanId)));
  const byStart = [...spans].sort(compareSpans);
  const nameOf = new Map(spans.map((s) => [spanKey(s.traceId, s.spanId), s.name] as const));
  const edgeKeys = new Set<string>();
  const edges: Array<[string, string]> = [];
  for (const s of byStart) {
    if (s.parentSpanId === undefined) continue;
    const parentName = nameOf.get(spanKey(s.traceId, s.parentSpanId));
    if (parentName === undefined) continue;
    const key = JSON.stringify([parentName, s.name]);
    if (!edgeKeys.has(key)) {
      edgeKeys.add(key);
      edges.push([parentName, s.name]);
    }
  }
  edges.sort((a, b) => compareStrings(a[0], b[0]) || compareStrings(a[1], b[1]));
  return {
    traceIds: [...new Set(spans.map((s) => s.traceId))].sort(),
    roots: byStart.filter((s) => s.parentSpanId === undefined),
    orphans: byStart.filter((s) => s.parentSpanId !== undefined && !present.has(spanKey(s.traceId, s.parentSpanId))),
    edges,
  };
}

/** Formats a duration for people: `12.3µs` below 0.1 ms, `1.23ms` below a second, else `1.23s`. */
export function formatDurationMs(ms: number): string {
  if (ms < 0.1) return `${(ms * 1000).toFixed(1)}µs`;
  if (ms < 1000) return `${ms.toFixed(2)}ms`;
  return `${(ms / 1000).toFixed(2)}s`;
}

function spanKey(traceId: string, spanId: string): string {
  return `${traceId}/${spanId}`;
}

function compareNodes(a: SpanNode, b: SpanNode): number {
  return compareSpans(a.span, b.span);
}

function compareSpans(a: Span, b: Span): number {
  if (a.startNs !== b.startNs) return a.startNs < b.startNs ? -1 : 1;
  return compareStrings(a.name, b.name) || compareStrings(a.spanId, b.spanId);
}

// Plain code-unit order (not localeCompare) so results do not depend on the machine's locale.
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
