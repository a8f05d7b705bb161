// `instrgen traces`: the span tree of a traces.txt, or a self-contained HTML page with the call graph.
import * as path from 'path';
import { callGraphJson } from '../callgraph/export';
import { Codes, InstrgenError } from '../diagnostics/diagnostic';
import { FileSystem } from '../load/fileSystem';
import { runInject } from '../pipeline';
import { renderTraceHtml } from '../traces/html';
import { parseTraces } from '../traces/spans';
import { formatSpanTree } from '../traces/tree';
import { Terminal } from './terminal';

export function runTraces(env: { fs: FileSystem; term: Terminal; cwd: string }, o: { file: string; html?: string; callgraph: boolean; C: string; quiet: boolean }): number {
  const cwd = path.resolve(env.cwd, o.C); // -C: as if started there
  const file = path.resolve(cwd, o.file);
  let text: string;
  try {
    text = env.fs.readFile(file);
  } catch (e) {
    throw new InstrgenError([{ code: Codes.Unreadable, severity: 'error', message: `${o.file}: cannot read: ${(e as Error).message}; run the instrumented program first (it writes traces.txt in its working directory)` }]);
  }
  let spans;
  try {
    spans = parseTraces(text);
  } catch (e) {
    throw new InstrgenError([{ code: Codes.Unreadable, severity: 'error', message: `${o.file}: not the stdout exporter's output: ${(e as Error).message}` }]);
  }
  if (!o.html) {
    env.term.out(formatSpanTree(spans));
    return 0;
  }
  let graph;
  if (o.callgraph) {
    try {
      const r = runInject({ fs: env.fs, cwd, patterns: ['./...'] });
      const kept = new Map<string, string>();
      for (const d of r.decisions!.byId.values()) if (d.kept) kept.set(d.id, d.kept.reason);
      graph = callGraphJson(r.graph!, { roots: new Set(r.roots), reached: new Set(r.reached.keys()), kept, reachedOnly: true });
    } catch (e) {
      if (!(e instanceof InstrgenError)) throw e;
      if (!o.quiet) env.term.err(`instrgen: no call graph on the page (${e.diagnostics[0]?.message})\n`);
    }
  }
  env.fs.writeFile(path.resolve(cwd, o.html), renderTraceHtml(spans, graph));
  if (!o.quiet) env.term.err(`instrgen: wrote ${o.html} (${spans.length} spans)\n`);
  return 0;
}
