// Helper for scripts/real-programs.sh: checks the traces.txt an instrumented real program wrote.
//
//   npx tsx scripts/real-programs.ts traces <traces.txt> [expected-root]
//
// Prints one line of JSON: {ok, spans, roots, mainRoots, orphans, traces, otherRoots, orphanNames, truncated,
// error}. ok is true when the file parses, holds at least one span, exactly one root is named expected-root
// (default main.main) and every span's parent is present (no orphans). Other roots (spans of functions whose
// signature instrgen kept, which start a trace of their own) are listed but do not fail the check.
// Exit code: 0 when ok, 1 when not, 2 on usage errors.
import * as fs from 'fs';
import { parseTracesDetailed } from '../src/traces/spans';
import { traceShape } from '../src/traces/tree';

interface TraceCheck {
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
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    result.error = `cannot read ${file}: ${(e as Error).message}`;
    return result;
  }
  try {
    const parsed = parseTracesDetailed(text);
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

function main(argv: string[]): number {
  const [command, file, expectedRoot = 'main.main'] = argv;
  if (command !== 'traces' || !file) {
    process.stderr.write('usage: npx tsx scripts/real-programs.ts traces <traces.txt> [expected-root]\n');
    return 2;
  }
  const check = checkTraces(file, expectedRoot);
  process.stdout.write(JSON.stringify(check) + '\n');
  return check.ok ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
