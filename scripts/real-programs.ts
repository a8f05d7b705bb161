// Helper for scripts/real-programs.sh: checks the traces.txt an instrumented real program wrote.
//
//   npx tsx scripts/real-programs.ts traces [--tsv] [--root NAME] <traces.txt>...
//
// Prints one line per file: JSON {file, ok, spans, roots, mainRoots, orphans, traces, otherRoots, orphanNames,
// truncated, error}, or with --tsv the tab-separated fields file, ok (1 or 0), spans, roots, orphans, error, other
// roots. ok is true when the file parses, holds at least one span, exactly one root is named expected-root
// (--root, default main.main) and every span's parent is present (no orphans). Other roots (spans of functions whose
// signature instrgen kept, which start a trace of their own) are listed but do not fail the check.
// Exit code: 0 when every file is ok, 1 when one is not, 2 on usage errors.
import { nodeFileSystem } from '../src/load/fileSystem';
import { TracesReader, type Span } from '../src/traces/spans';
import { traceShape } from '../src/traces/tree';

interface TraceCheck {
  file: string;
  ok: boolean;
  spans: number;
  roots: number;
  mainRoots: number;
  orphans: number;
  traces: number;
  otherRoots: string[];
  orphanNames: string[];
  truncated: boolean;
  error?: string;
}

function checkTraces(file: string, expectedRoot: string): TraceCheck {
  const result: TraceCheck = {
    file,
    ok: false,
    spans: 0,
    roots: 0,
    mainRoots: 0,
    orphans: 0,
    traces: 0,
    otherRoots: [],
    orphanNames: [],
    truncated: false,
  };
  // Streamed: a traces file can be larger than the longest string Node can hold.
  const parsed: { spans: Span[]; truncatedTail?: string } = { spans: [] };
  try {
    const reader = new TracesReader((s) => parsed.spans.push(s));
    for (const chunk of nodeFileSystem.readChunks!(file)) reader.push(chunk);
    parsed.truncatedTail = reader.end().truncatedTail;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    result.error = err.code ? `cannot read ${file}: ${err.message}` : err.message;
    return result;
  }
  try {
    const shape = traceShape(parsed.spans);
    result.spans = parsed.spans.length;
    result.truncated = parsed.truncatedTail !== undefined;
    result.roots = shape.roots.length;
    result.mainRoots = shape.roots.filter((s) => s.name === expectedRoot).length;
    result.orphans = shape.orphans.length;
    result.traces = shape.traceIds.length;
    result.otherRoots = summarise(shape.roots.filter((s) => s.name !== expectedRoot).map((s) => s.name));
    result.orphanNames = summarise(shape.orphans.map((s) => s.name));
    const problems: string[] = [];
    if (result.spans === 0) problems.push('no spans');
    if (result.mainRoots !== 1) problems.push(`${result.mainRoots} roots named ${expectedRoot}`);
    if (result.orphans > 0) problems.push(`${result.orphans} orphans`);
    if (result.truncated) problems.push('truncated last span');
    if (problems.length) result.error = problems.join(', ');
    result.ok = problems.length === 0;
  } catch (e) {
    result.error = (e as Error).message;
  }
  return result;
}

/** Distinct names with their counts, e.g. "main.Usage x2", in first-seen order. */
function summarise(names: string[]): string[] {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts].map(([n, c]) => (c > 1 ? `${n} x${c}` : n));
}

/**
 * One tab-separated line; empty fields are written as '-' (a shell `read` collapses consecutive tabs), and only the
 * most frequent other roots are named.
 */
function tsvLine(c: TraceCheck): string {
  const clean = (text: string) => text.replace(/[\t\n]+/g, ' ') || '-';
  const count = (entry: string) => Number(/ x(\d+)$/.exec(entry)?.[1] ?? 1);
  const others = [...c.otherRoots].sort((a, b) => count(b) - count(a));
  const shown = others.slice(0, 6).join(', ') + (others.length > 6 ? `, … (${others.length} names)` : '');
  const fields = [c.file, c.ok ? '1' : '0', c.spans, c.roots, c.orphans, c.error ?? '', shown];
  return fields.map((f) => clean(String(f))).join('\t');
}

function main(argv: string[]): number {
  const args = [...argv];
  const command = args.shift();
  let expectedRoot = 'main.main';
  let tsv = false;
  for (;;) {
    if (args[0] === '--tsv') {
      args.shift();
      tsv = true;
    } else if (args[0] === '--root') {
      args.shift();
      expectedRoot = args.shift() ?? '';
    } else {
      break;
    }
  }
  if (command !== 'traces' || !expectedRoot || args.length === 0) {
    process.stderr.write('usage: npx tsx scripts/real-programs.ts traces [--tsv] [--root NAME] <traces.txt>...\n');
    return 2;
  }
  let allOk = true;
  for (const file of args) {
    const check = checkTraces(file, expectedRoot);
    process.stdout.write((tsv ? tsvLine(check) : JSON.stringify(check)) + '\n');
    allOk &&= check.ok;
  }
  return allOk ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
