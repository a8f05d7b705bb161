// Defines TraceSummary, the aggregate of a traces file that is too large to print span by span: counts per function, longest spans, traces and roots.
import type { Span } from './spans';
import { formatDurationMs } from './tree';

/** Aggregates of the spans of one function name. */
export interface FunctionStats {
  name: string;
  count: number;
  totalMs: number;
  maxMs: number;
  /** Spans with status Error. */
  errors: number;
}

/** One of the longest spans, with the ids to find it. */
export interface LongSpan {
  name: string;
  durationMs: number;
  traceId: string;
  spanId: string;
}

/** How many of the longest spans a summary keeps. */
export const LONGEST_KEPT = 10;

/**
 * Folds spans in one at a time, keeping only aggregates: memory grows with the number of distinct function
 * names and traces, not with the number of spans.
 */
export class TraceSummary {
  spans = 0;
  roots = 0;
  errors = 0;
  readonly traceIds = new Set<string>();
  readonly rootNames = new Map<string, number>();
  readonly byName = new Map<string, FunctionStats>();
  /** The longest spans, longest first, at most LONGEST_KEPT. */
  readonly longest: LongSpan[] = [];
  firstStartNs?: bigint;
  lastEndNs?: bigint;

  add(span: Span): void {
    this.spans++;
    this.traceIds.add(span.traceId);
    if (span.parentSpanId === undefined) {
      this.roots++;
      this.rootNames.set(span.name, (this.rootNames.get(span.name) ?? 0) + 1);
    }
    const isError = span.statusCode === 'Error';
    if (isError) this.errors++;
    let stats = this.byName.get(span.name);
    if (!stats) {
      stats = { name: span.name, count: 0, totalMs: 0, maxMs: 0, errors: 0 };
      this.byName.set(span.name, stats);
    }
    stats.count++;
    stats.totalMs += span.durationMs;
    if (span.durationMs > stats.maxMs) stats.maxMs = span.durationMs;
    if (isError) stats.errors++;
    if (this.firstStartNs === undefined || span.startNs < this.firstStartNs) this.firstStartNs = span.startNs;
    if (this.lastEndNs === undefined || span.endNs > this.lastEndNs) this.lastEndNs = span.endNs;
    const n = this.longest.length;
    if (n < LONGEST_KEPT || span.durationMs > this.longest[n - 1].durationMs) {
      // A sorted insert into at most LONGEST_KEPT entries.
      let i = Math.min(n, LONGEST_KEPT - 1);
      if (n < LONGEST_KEPT) this.longest.push(undefined as unknown as LongSpan);
      while (i > 0 && this.longest[i - 1].durationMs < span.durationMs) {
        this.longest[i] = this.longest[i - 1];
        i--;
      }
      this.longest[i] = { name: span.name, durationMs: span.durationMs, traceId: span.traceId, spanId: span.spanId };
    }
  }

  /** Functions by total time spent in their spans, largest first (names break ties). */
  functionsByTotal(): FunctionStats[] {
    return [...this.byName.values()].sort(
      (a, b) => b.totalMs - a.totalMs || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
  }
}

/** Renders the summary as text: a headline, the functions (at most `maxFunctions`) and the longest spans. */
export function formatTraceSummary(s: TraceSummary, maxFunctions = 40): string {
  const lines: string[] = [];
  const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
  const roots = [...s.rootNames.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([n, c]) => (c === 1 ? n : `${n} ×${c}`));
  lines.push(
    `${plural(s.spans, 'span')} in ${plural(s.traceIds.size, 'trace')}, ${plural(s.roots, 'root span')}` +
      (roots.length ? ` (${roots.join(', ')}${s.rootNames.size > roots.length ? ', …' : ''})` : '') +
      (s.errors ? `, ${plural(s.errors, 'error span')}` : ''),
  );
  if (s.firstStartNs !== undefined && s.lastEndNs !== undefined)
    lines.push(`from first start to last end: ${formatDurationMs(Number(s.lastEndNs - s.firstStartNs) / 1e6)}`);
  lines.push('', 'spans per function, by total time:');
  const rows = s.functionsByTotal();
  const table = [['count', 'total', 'mean', 'max', 'errors', 'function']];
  for (const f of rows.slice(0, maxFunctions)) {
    table.push([
      f.count.toLocaleString('en-US'),
      formatDurationMs(f.totalMs),
      formatDurationMs(f.totalMs / f.count),
      formatDurationMs(f.maxMs),
      String(f.errors),
      f.name,
    ]);
  }
  const widths = table[0].map((_, c) => Math.max(...table.map((r) => r[c].length)));
  for (const r of table)
    lines.push('  ' + r.map((cell, c) => (c === r.length - 1 ? cell : cell.padStart(widths[c]))).join('  '));
  if (rows.length > maxFunctions) lines.push(`  … and ${rows.length - maxFunctions} more functions`);
  lines.push('', 'longest spans:');
  for (const l of s.longest)
    lines.push(`  ${formatDurationMs(l.durationMs).padStart(9)}  ${l.name}  trace ${l.traceId} span ${l.spanId}`);
  return lines.join('\n') + '\n';
}
