// `instrgen traces`: the span tree of a traces file, a summary when it is large, or a self-contained HTML page with the call graph.
import * as path from 'path';
import { callGraphJson } from '../callgraph/export';
import { Codes, InstrgenError } from '../diagnostics/diagnostic';
import { FileSystem } from '../load/fileSystem';
import { keptText } from '../plan/report';
import { runInject } from '../pipeline';
import { renderTraceHtml } from '../traces/html';
import type { LargeTraceNote } from '../traces/htmlModel';
import { TracesReader, type Span } from '../traces/spans';
import { formatTraceSummary, TraceSummary } from '../traces/summary';
import { formatSpanTree } from '../traces/tree';
import { Terminal } from './terminal';

/** Above this many spans the text output is a summary, not the tree (--full prints the tree anyway). */
export const TREE_SPAN_LIMIT = 2000;
/** The HTML waterfall draws at most this many spans, the first in the file (--full draws all). */
export const HTML_SPAN_LIMIT = 5000;

export interface TracesOptions {
  file: string;
  html?: string;
  callgraph: boolean;
  C: string;
  quiet: boolean;
  /** Print every span even when there are more than the limit. */
  full?: boolean;
  /** Overrides TREE_SPAN_LIMIT / HTML_SPAN_LIMIT. */
  limit?: number;
}

export function runTraces(env: { fs: FileSystem; term: Terminal; cwd: string }, o: TracesOptions): number {
  const cwd = path.resolve(env.cwd, o.C); // -C: as if started there
  const file = path.resolve(cwd, o.file);
  const limit = o.full ? Infinity : (o.limit ?? (o.html ? HTML_SPAN_LIMIT : TREE_SPAN_LIMIT));

  // One streaming pass: spans are kept only up to the limit, the summary sees every one.
  const summary = new TraceSummary();
  let kept: Span[] = [];
  const reader = new TracesReader((span) => {
    summary.add(span);
    if (kept.length < limit) kept.push(span);
  });
  let chunks: Iterable<string>;
  try {
    chunks = env.fs.readChunks ? env.fs.readChunks(file) : [env.fs.readFile(file)];
    for (const chunk of chunks) reader.push(chunk);
    reader.end();
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code !== undefined) {
      throw new InstrgenError([
        {
          code: Codes.Unreadable,
          severity: 'error',
          message: `${o.file}: cannot read: ${err.message}; run the instrumented program first (it writes traces.txt in its working directory)`,
        },
      ]);
    }
    throw new InstrgenError([
      { code: Codes.Unreadable, severity: 'error', message: `${o.file}: not a traces file: ${err.message}` },
    ]);
  }
  const complete = summary.spans <= limit;

  if (!o.html) {
    if (complete) {
      env.term.out(formatSpanTree(kept));
    } else {
      kept = [];
      env.term.out(
        `${o.file}: too many spans to print as a tree (more than ${limit.toLocaleString('en-US')}; --full prints it, --limit N moves the limit)\n\n`,
      );
      env.term.out(formatTraceSummary(summary));
    }
    return 0;
  }
  let graph;
  if (o.callgraph) {
    try {
      const r = runInject({ fs: env.fs, cwd, patterns: ['./...'] });
      const keptSignatures = new Map<string, string>();
      for (const d of r.decisions.byId.values()) if (d.kept) keptSignatures.set(d.id, keptText(d.kept));
      graph = callGraphJson(r.graph, {
        roots: new Set(r.roots),
        reached: new Set(r.reached.keys()),
        kept: keptSignatures,
        reachedOnly: true,
      });
    } catch (e) {
      if (!(e instanceof InstrgenError)) throw e;
      if (!o.quiet) env.term.err(`instrgen: no call graph on the page (${e.diagnostics[0]?.message})\n`);
    }
  }
  const large: LargeTraceNote | undefined = complete
    ? undefined
    : {
        note:
          `${counted(summary.spans, 'span')} in ${counted(summary.traceIds.size, 'trace')}; the waterfall shows the first ` +
          `${kept.length.toLocaleString('en-US')} in file order (a span whose parent lies beyond them shows as an orphan); the table counts every span`,
        functions: summary.functionsByTotal(),
      };
  env.fs.writeFile(path.resolve(cwd, o.html), renderTraceHtml(kept, graph, large));
  if (!o.quiet)
    env.term.err(
      `instrgen: wrote ${o.html} (${complete ? `${summary.spans} spans` : `${kept.length} of ${summary.spans} spans drawn`})\n`,
    );
  return 0;
}

/** `1 span`, `12,345 spans`. */
function counted(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}
