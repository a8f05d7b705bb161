// Defines what the trace page shows, as data: the call graph as the instrumenter exports it, the span waterfall's rows per trace, and the note for large traces.
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

/** What the page says when the file held more spans than it draws: the note, and aggregates over every span. */
export interface LargeTraceNote {
  note: string;
  functions: FunctionStats[];
}
