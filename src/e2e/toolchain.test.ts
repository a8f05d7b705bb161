// End-to-end proof with the real toolchain: every case is instrumented with the runtime library at each of the tests'
// import paths, checked gofmt-clean, then built, vetted, tested and run with Go and the OpenTelemetry SDK; output and
// exit code must equal the uninstrumented run and the traces must connect.
import { memoryFileSystem } from '../load/fileSystem';
import { runInject } from '../pipeline';
import { childContextInScope } from '../plan/decide';
import { spanName } from '../plan/inject';
import { listCases, TestCase } from '../testing/cases';
import {
  buildAndRun,
  gofmtUnclean,
  GoRunResult,
  goRunReport,
  requireGoToolchain,
  RTLIB_IMPORT_PATHS,
  withRtlibImportPath,
} from '../testing/goToolchain';
import { codeAttributeProblems, errorSpanNames } from '../testing/spanChecks';
import { traceShape } from '../traces/tree';

const ROOT = '/m';

/**
 * The case's module with the runtime library at `rtlibPath`, and its instrumented form. Where no file imports the
 * library (roots marked //instrgen:entry only), the path is passed as `--rtlib` would pass it.
 */
function instrument(c: TestCase, rtlibPath: string) {
  const input = withRtlibImportPath(c.input, rtlibPath);
  const imported = Object.values(input).some((t) => t.includes(`"${rtlibPath}"`));
  const fsys = memoryFileSystem(Object.fromEntries(Object.entries(input).map(([p, t]) => [`${ROOT}/${p}`, t])));
  const result = runInject({ fs: fsys, cwd: ROOT, patterns: ['./...'], rtlibPath: imported ? undefined : rtlibPath });
  const files = { ...input, ...Object.fromEntries(result.after) };
  // Spans that may start a trace of their own: roots, reached functions whose signature had to stay, functions
  // whose own context parameter the caller fills, and functions also called from code outside any span (TODO).
  const program = result.program;
  const nameOf = (id: string) => spanName(program.funcs.get(id)![0]);
  const mayBeRoot = new Set<string>();
  for (const d of result.decisions.byId.values())
    if (['bootstrap', 'new-root', 'own-context', 'twin', 'request-context'].includes(d.span))
      mayBeRoot.add(nameOf(d.id));
  for (const c of program.calls)
    if (!childContextInScope(program, result.decisions, c.from)) c.targets.forEach((t) => mayBeRoot.add(nameOf(t)));
  return { input, files, changed: [...result.after.keys()], mayBeRoot, result };
}

beforeAll(() => requireGoToolchain());

const runnable = listCases().filter((c) => !c.spec.error && c.spec.runs.length > 0);

// The uninstrumented runs, shared by the tests of both runtime library paths (the library's path does not change
// what the program prints): case name and run index → its result.
const uninstrumented = new Map<string, Promise<GoRunResult>>();

describe.each(runnable.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  test.concurrent.each(RTLIB_IMPORT_PATHS)(
    'rtlib at %s: gofmt-clean, builds, vets, tests and runs as before, with one connected trace per run',
    async (rtlibPath) => {
      const { files, changed, mayBeRoot, result } = instrument(c, rtlibPath);
      expect(gofmtUnclean(files, changed)).toEqual([]);

      const allNames = new Set<string>();
      const errorNames = new Set<string>();
      const allEdges = new Set<string>();
      for (const [i, run] of c.spec.runs.entries()) {
        const checks = i === 0 && (c.spec.test ?? false);
        const opts = {
          modulePath: c.modulePath,
          mainPackage: run.mainPackage,
          args: run.args,
          stdin: run.stdin,
          vet: i === 0,
          test: checks,
        };
        const key = `${c.name}#${i}`;
        if (!uninstrumented.has(key)) uninstrumented.set(key, buildAndRun({ ...opts, files: c.input }));
        const [before, after] = await Promise.all([
          uninstrumented.get(key)!,
          buildAndRun({ ...opts, files, rtlibImportPath: rtlibPath }),
        ]);
        const report = `\n--- uninstrumented\n${goRunReport(before)}\n--- instrumented\n${goRunReport(after)}`;

        expect({ build: before.build.exitCode, report: '' }).toEqual({ build: 0, report: '' });
        if (after.build.exitCode !== 0) throw new Error(`instrumented module does not build${report}`);
        if (after.vet && after.vet.exitCode !== 0) throw new Error(`go vet fails on the instrumented module${report}`);
        if (checks && (before.test!.exitCode !== 0 || after.test!.exitCode !== 0))
          throw new Error(`go test fails${report}`);
        expect(after.run!.stdout).toBe(before.run!.stdout);
        expect(after.run!.exitCode).toBe(before.run!.exitCode);

        const spans = after.traces ?? [];
        expect(spans.length).toBeGreaterThan(0);
        const shape = traceShape(spans);
        expect(shape.orphans.map((s) => s.name)).toEqual([]);
        const expectedRoot = c.spec.roots?.[i] ?? 'main.main';
        expect(shape.roots.map((s) => s.name)).toContain(expectedRoot);
        if (c.spec.rootTraces)
          expect(shape.roots.filter((s) => s.name === expectedRoot).length).toBe(c.spec.rootTraces[i]);
        // Further traces only from functions whose signature had to stay (reported as new roots).
        expect(shape.roots.map((s) => s.name).filter((n) => n !== expectedRoot && !mayBeRoot.has(n))).toEqual([]);
        if (c.spec.otherRoots)
          expect([...new Set(shape.roots.map((s) => s.name).filter((n) => n !== expectedRoot))].sort()).toEqual(
            [...c.spec.otherRoots].sort(),
          );
        spans.forEach((s) => allNames.add(s.name));
        expect(codeAttributeProblems(spans, result.program)).toEqual([]);
        errorSpanNames(spans).forEach((n) => errorNames.add(n));
        shape.edges.forEach(([p, ch]) => allEdges.add(`${p} -> ${ch}`));
      }
      for (const [p, ch] of c.spec.spanEdges ?? []) expect(allEdges).toContain(`${p} -> ${ch}`);
      for (const n of c.spec.notSpans ?? []) expect(allNames).not.toContain(n);
      if (c.spec.errorSpans) expect([...errorNames].sort()).toEqual([...c.spec.errorSpans].sort());
    },
  );
});
