// End-to-end proof with the real toolchain: every case is instrumented, then built, vetted, tested and run with
// Go and the OpenTelemetry SDK; output and exit code must equal the uninstrumented run and the traces must connect.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { memoryFileSystem } from '../load/fileSystem';
import { runInject } from '../pipeline';
import { childContextInScope } from '../plan/decide';
import { spanName } from '../plan/inject';
import { listCases, TestCase } from '../testing/cases';
import { buildAndRun, goRunReport, requireGoToolchain } from '../testing/goToolchain';
import { codeAttributeProblems, errorSpanNames } from '../testing/spanChecks';
import { traceShape } from '../traces/tree';

const ROOT = '/m';

function instrument(c: TestCase) {
  const fsys = memoryFileSystem(Object.fromEntries(Object.entries(c.input).map(([p, t]) => [`${ROOT}/${p}`, t])));
  const result = runInject({ fs: fsys, cwd: ROOT, patterns: ['./...'] });
  const files = { ...c.input, ...Object.fromEntries(result.after) };
  // Spans that may start a trace of their own: roots, reached functions whose signature had to stay, functions
  // whose own context parameter the caller fills, and functions also called from code outside any span (TODO).
  const program = result.program!;
  const nameOf = (id: string) => spanName(program.funcs.get(id)![0]);
  const mayBeRoot = new Set<string>();
  for (const d of result.decisions!.byId.values()) if (['bootstrap', 'new-root', 'own-context'].includes(d.span)) mayBeRoot.add(nameOf(d.id));
  for (const c of program.calls) if (!childContextInScope(program, result.decisions!, c.from)) c.targets.forEach((t) => mayBeRoot.add(nameOf(t)));
  return { files, changed: [...result.after.keys()], mayBeRoot, result };
}

function gofmtUnclean(files: Record<string, string>, changed: string[]): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'instrgen-gofmt-'));
  try {
    const paths = changed.filter((f) => f.endsWith('.go')).map((f, i) => {
      const p = path.join(dir, `${i}.go`);
      fs.writeFileSync(p, files[f]);
      return p;
    });
    if (!paths.length) return [];
    const out = execFileSync('gofmt', ['-l', ...paths], { encoding: 'utf8' });
    return out.split('\n').filter(Boolean).map((p) => changed[Number(path.basename(p, '.go'))]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

beforeAll(() => requireGoToolchain());

const runnable = listCases().filter((c) => !c.spec.error && c.spec.runs.length > 0);

describe.each(runnable.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  test.concurrent('builds, vets, tests and runs as before, with one connected trace per run', async () => {
    const { files, changed, mayBeRoot, result } = instrument(c);
    expect(gofmtUnclean(files, changed)).toEqual([]);

    const allNames = new Set<string>();
    const errorNames = new Set<string>();
    const allEdges = new Set<string>();
    for (const [i, run] of c.spec.runs.entries()) {
      const checks = i === 0 && (c.spec.test ?? false);
      const opts = { modulePath: c.modulePath, mainPackage: run.mainPackage, args: run.args, stdin: run.stdin, vet: i === 0, test: checks };
      const [before, after] = await Promise.all([buildAndRun({ ...opts, files: c.input }), buildAndRun({ ...opts, files })]);
      const report = `\n--- uninstrumented\n${goRunReport(before)}\n--- instrumented\n${goRunReport(after)}`;

      expect({ build: before.build.exitCode, report: '' }).toEqual({ build: 0, report: '' });
      if (after.build.exitCode !== 0) throw new Error(`instrumented module does not build${report}`);
      if (after.vet && after.vet.exitCode !== 0) throw new Error(`go vet fails on the instrumented module${report}`);
      if (checks && (before.test!.exitCode !== 0 || after.test!.exitCode !== 0)) throw new Error(`go test fails${report}`);
      expect(after.run!.stdout).toBe(before.run!.stdout);
      expect(after.run!.exitCode).toBe(before.run!.exitCode);

      const spans = after.traces ?? [];
      expect(spans.length).toBeGreaterThan(0);
      const shape = traceShape(spans);
      expect(shape.orphans.map((s) => s.name)).toEqual([]);
      const expectedRoot = c.spec.roots?.[i] ?? 'main.main';
      expect(shape.roots.map((s) => s.name)).toContain(expectedRoot);
      if (c.spec.rootTraces) expect(shape.roots.filter((s) => s.name === expectedRoot).length).toBe(c.spec.rootTraces[i]);
      // Further traces only from functions whose signature had to stay (reported as new roots).
      expect(shape.roots.map((s) => s.name).filter((n) => n !== expectedRoot && !mayBeRoot.has(n))).toEqual([]);
      spans.forEach((s) => allNames.add(s.name));
      expect(codeAttributeProblems(spans, result.program!)).toEqual([]);
      errorSpanNames(spans).forEach((n) => errorNames.add(n));
      shape.edges.forEach(([p, ch]) => allEdges.add(`${p} -> ${ch}`));
    }
    for (const [p, ch] of c.spec.spanEdges ?? []) expect(allEdges).toContain(`${p} -> ${ch}`);
    for (const n of c.spec.notSpans ?? []) expect(allNames).not.toContain(n);
    if (c.spec.errorSpans) expect([...errorNames].sort()).toEqual([...c.spec.errorSpans].sort());
  });
});
