// Golden tests: every case's input is instrumented in memory and compared with its reviewed expected/ tree;
// inject is idempotent on the result and prune gives the input back byte for byte. UPDATE_GOLDEN=1 rewrites expected/.
import { InstrgenError } from '../diagnostics/diagnostic';
import { memoryFileSystem } from '../load/fileSystem';
import { runInject, runPrune } from '../pipeline';
import * as fs from 'fs';
import * as path from 'path';
import { callGraphText } from '../callgraph/export';
import { planText } from '../plan/report';
import { listCases, readTree, writeTree } from '../testing/cases';

const ROOT = '/m';
const inMemory = (files: Record<string, string>) => memoryFileSystem(Object.fromEntries(Object.entries(files).map(([p, t]) => [`${ROOT}/${p}`, t])));
const overlay = (files: Record<string, string>, after: Map<string, string>) => ({ ...files, ...Object.fromEntries(after) });

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
    // Functions the case says must keep their signatures do, and say why.
    for (const id of c.spec.keptSignatures ?? []) {
      const d = result.decisions!.byId.get(id);
      expect({ id, known: !!d, addParam: d?.addParam }).toEqual({ id, known: true, addParam: false });
    }
  });

  test('the call graph and the plan print as reviewed (instrgen dump --stage callgraph|plan)', () => {
    const r = runInject({ fs: inMemory(c.input), cwd: ROOT, patterns: ['./...'] });
    const kept = new Map([...r.decisions!.byId.values()].filter((d) => d.kept).map((d) => [d.id, d.kept!.reason]));
    const stages = {
      'callgraph.txt': callGraphText(r.graph!, { roots: new Set(r.roots), reached: new Set(r.reached.keys()), kept }),
      'plan.txt': planText(r.program!, r.decisions!),
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
});
