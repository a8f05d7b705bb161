// Helper for scripts/real-programs.sh: checks the traces.txt files an instrumented real program wrote, streaming them.
//
//   npx tsx scripts/real-programs.ts traces [--tsv] [--root NAME] <traces.txt>...
//
// Prints one line per file: JSON {file, ok, bytes, spans, roots, mainRoots, orphans, traces, otherRoots, orphanNames,
// truncated, error}, or with --tsv the tab-separated fields file, ok (1 or 0), spans, roots, orphans, bytes, error,
// other roots. ok is true when the file parses, holds at least one span, exactly one root is named expected-root
// (--root, default main.main) and every span's parent is present (no orphans). Other roots (spans of functions whose
// signature instrgen kept, which start a trace of their own) are listed but do not fail the check.
// A file is read in chunks and only each span's ids and name are kept, so a run that wrote gigabytes of spans is
// still counted (instrumented interpreters write a span per evaluated builtin) instead of exhausting the heap.
// Exit code: 0 when every file is ok, 1 when one is not, 2 on usage errors.
import { nodeFileSystem } from '../src/load/fileSystem';
import { TracesReader } from '../src/traces/spans';

interface TraceCheck {
  file: string;
  ok: boolean;
  bytes: number;
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

/** What is kept of one span: enough to count roots, orphans and traces. */
interface SpanIds {
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
}

/**
 * Calls onSpan for every complete span of the file (either traces format), in file order; returns the bytes read
 * and whether the file ended inside a record (a program that died while its exporter wrote).
 */
function streamSpans(file: string, onSpan: (s: SpanIds) => void): { bytes: number; truncated: boolean } {
  let bytes = 0;
  const reader = new TracesReader((s) =>
    onSpan({ name: s.name, traceId: s.traceId, spanId: s.spanId, parentSpanId: s.parentSpanId }),
  );
  for (const chunk of nodeFileSystem.readChunks!(file, 8 << 20)) {
    bytes += Buffer.byteLength(chunk, 'utf8');
    reader.push(chunk);
  }
  return { bytes, truncated: reader.end().truncatedTail !== undefined };
}

function checkTraces(file: string, expectedRoot: string): TraceCheck {
  const result: TraceCheck = {
    file,
    ok: false,
    bytes: 0,
    spans: 0,
    roots: 0,
    mainRoots: 0,
    orphans: 0,
    traces: 0,
    otherRoots: [],
    orphanNames: [],
    truncated: false,
  };
  const present = new Set<string>();
  const traceIds = new Set<string>();
  const children: Array<{ name: string; parentKey: string }> = [];
  const rootNames: string[] = [];
  try {
    const read = streamSpans(file, (s) => {
      result.spans++;
      present.add(`${s.traceId}/${s.spanId}`);
      traceIds.add(s.traceId);
      if (s.parentSpanId === undefined) rootNames.push(s.name);
      else children.push({ name: s.name, parentKey: `${s.traceId}/${s.parentSpanId}` });
    });
    result.bytes = read.bytes;
    result.truncated = read.truncated;
  } catch (e) {
    result.error = (e as Error).message;
    return result;
  }
  const orphanNames = children.filter((c) => !present.has(c.parentKey)).map((c) => c.name);
  result.roots = rootNames.length;
  result.mainRoots = rootNames.filter((n) => n === expectedRoot).length;
  result.orphans = orphanNames.length;
  result.traces = traceIds.size;
  result.otherRoots = summarise(rootNames.filter((n) => n !== expectedRoot));
  result.orphanNames = summarise(orphanNames);
  const problems: string[] = [];
  if (result.spans === 0) problems.push('no spans');
  if (result.mainRoots !== 1) problems.push(`${result.mainRoots} roots named ${expectedRoot}`);
  if (result.orphans > 0) problems.push(`${result.orphans} orphans (${result.orphanNames.slice(0, 4).join(', ')})`);
  if (result.truncated) problems.push('truncated last span');
  if (problems.length) result.error = problems.join(', ');
  result.ok = problems.length === 0;
  return result;
}

/** Distinct names with their counts, e.g. "main.Usage x2", most frequent first, then in first-seen order. */
function summarise(names: string[]): string[] {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([n, c]) => (c > 1 ? `${n} x${c}` : n));
}

/**
 * One tab-separated line; empty fields are written as '-' (a shell `read` collapses consecutive tabs), and only the
 * most frequent other roots are named.
 */
function tsvLine(c: TraceCheck): string {
  const clean = (text: string) => text.replace(/[\t\n]+/g, ' ') || '-';
  const shown =
    c.otherRoots.slice(0, 6).join(', ') + (c.otherRoots.length > 6 ? `, … (${c.otherRoots.length} names)` : '');
  const fields = [c.file, c.ok ? '1' : '0', c.spans, c.roots, c.orphans, c.bytes, c.error ?? '', shown];
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
    let check: TraceCheck;
    if (nodeFileSystem.stat(file)?.isFile) {
      check = checkTraces(file, expectedRoot);
    } else {
      check = {
        file,
        ok: false,
        bytes: 0,
        spans: 0,
        roots: 0,
        mainRoots: 0,
        orphans: 0,
        traces: 0,
        otherRoots: [],
        orphanNames: [],
        truncated: false,
        error: 'no traces file',
      };
    }
    process.stdout.write((tsv ? tsvLine(check) : JSON.stringify(check)) + '\n');
    allOk &&= check.ok;
  }
  return allOk ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
