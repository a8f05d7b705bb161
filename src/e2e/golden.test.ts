// Golden tests: every case's input is instrumented in memory and compared with its reviewed expected/ tree, which
// the real `gofmt -l` must find clean; inject is idempotent on the result and prune gives the input back byte for
// byte. UPDATE_GOLDEN=1 rewrites expected/. The same holds with the runtime library at the tests' other import path
// (one sorting before go.opentelemetry.io/otel): there the output must be gofmt-clean and differ from expected/
// only in that path, which leaves no second set of expected files to review.
import { InstrgenError } from '../diagnostics/diagnostic';
import { memoryFileSystem } from '../load/fileSystem';
import { runInject, runPrune } from '../pipeline';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { callGraphText } from '../callgraph/export';
import { keptText, planText } from '../plan/report';
import { listCases, readTree, writeTree } from '../testing/cases';
import { gofmtUnclean, RTLIB_IMPORT_PATH, RTLIB_IMPORT_PATHS, withRtlibImportPath } from '../testing/goToolchain';

const ROOT = '/m';
const inMemory = (files: Record<string, string>) =>
  memoryFileSystem(Object.fromEntries(Object.entries(files).map(([p, t]) => [`${ROOT}/${p}`, t])));
const overlay = (files: Record<string, string>, after: Map<string, string>) => ({
  ...files,
  ...Object.fromEntries(after),
});

describe.each(listCases().map((c) => [c.name, c] as const))('%s', (_name, c) => {
  if (c.spec.error) {
    test(`fails with ${c.spec.error} and plans no change`, () => {
      let thrown: unknown;
      try {
        runInject({ fs: inMemory(c.input), cwd: ROOT, patterns: ['./...'] });
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(InstrgenError);
      expect((thrown as InstrgenError).diagnostics.map((d) => d.code)).toContain(c.spec.error);
    });
    return;
  }

  test('matches the golden instrumented module', () => {
    const result = runInject({ fs: inMemory(c.input), cwd: ROOT, patterns: ['./...'] });
    const out = overlay(c.input, result.after);
    if (process.env.UPDATE_GOLDEN === '1') writeTree(c.expectedDir, out);
    expect(out).toEqual(readTree(c.expectedDir));
    expect(result.after.size).toBeGreaterThan(0);
    expect(gofmtUnclean(out, Object.keys(out))).toEqual([]);
    // Functions the case says must keep their signatures do, and say why.
    for (const id of c.spec.keptSignatures ?? []) {
      const d = result.decisions.byId.get(id);
      expect({ id, known: !!d, addParam: d?.addParam }).toEqual({ id, known: true, addParam: false });
    }
  });

  test('the call graph and the plan print as reviewed (instrgen dump --stage callgraph|plan)', () => {
    const r = runInject({ fs: inMemory(c.input), cwd: ROOT, patterns: ['./...'] });
    const kept = new Map([...r.decisions.byId.values()].filter((d) => d.kept).map((d) => [d.id, keptText(d.kept!)]));
    const stages = {
      'callgraph.txt': callGraphText(r.graph, { roots: new Set(r.roots), reached: new Set(r.reached.keys()), kept }),
      'plan.txt': planText(r.program, r.decisions),
    };
    for (const [name, text] of Object.entries(stages)) {
      const file = path.join(c.expectedDir, '..', name);
      if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(file, text);
      expect(text).toEqual(fs.readFileSync(file, 'utf8'));
    }
  });

  test('inject is idempotent and prune restores the input byte for byte', () => {
    const expected = readTree(c.expectedDir);
    const again = runInject({ fs: inMemory(expected), cwd: ROOT, patterns: ['./...'] });
    expect([...again.after.keys()]).toEqual([]);
    const pruned = runPrune({ fs: inMemory(expected), cwd: ROOT, patterns: ['./...'] });
    expect(overlay(expected, pruned.after)).toEqual(c.input);
  });

  const others = RTLIB_IMPORT_PATHS.filter((p) => p !== RTLIB_IMPORT_PATH);
  test.each(others)(
    'rtlib at %s: gofmt-clean, the golden module but for that path, idempotent, prune restores the input',
    (rtlibPath) => {
      const input = withRtlibImportPath(c.input, rtlibPath);
      const imported = Object.values(input).some((t) => t.includes(`"${rtlibPath}"`));
      // Where no file imports the library, the path is passed as `--rtlib` passes it (and again when run on the output).
      const opts = { cwd: ROOT, patterns: ['./...'], rtlibPath: imported ? undefined : rtlibPath };
      const result = runInject({ fs: inMemory(input), ...opts });
      const out = overlay(input, result.after);
      expect(gofmtUnclean(out, Object.keys(out))).toEqual([]);
      // The library is imported from that path only (also where inject adds the import).
      expect(Object.keys(out).filter((f) => out[f].includes(`"${RTLIB_IMPORT_PATH}"`))).toEqual([]);
      // With the default path put back, gofmt (which sorts imports) gives the golden module.
      const back = withPathBack(out, rtlibPath);
      const unsorted = gofmtUnclean(back, Object.keys(back));
      expect(gofmtSorted(back, unsorted)).toEqual(readTree(c.expectedDir));
      expect([...runInject({ fs: inMemory(out), ...opts }).after.keys()]).toEqual([]);
      const pruned = runPrune({ fs: inMemory(out), cwd: ROOT, patterns: ['./...'] });
      expect(overlay(out, pruned.after)).toEqual(input);
    },
  );
});

/** The files with `from` put back to the default runtime library path (only as a quoted import path). */
function withPathBack(files: Record<string, string>, from: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(files).map(([p, t]) => [
      p,
      p.endsWith('.go') ? t.split(`"${from}"`).join(`"${RTLIB_IMPORT_PATH}"`) : t,
    ]),
  );
}

/** The files with those named formatted by the real gofmt (here: the import block re-sorted). */
function gofmtSorted(files: Record<string, string>, names: string[]): Record<string, string> {
  const out = { ...files };
  for (const n of names) out[n] = execFileSync('gofmt', [], { input: files[n], encoding: 'utf8' });
  return out;
}
