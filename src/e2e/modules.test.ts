// End-to-end proof in module mode, as a Go developer works (go.mod, go.sum, default -mod=readonly, a module proxy):
// every runnable case builds pristine, is instrumented by the CLI (which adds the runtime library and runs go get
// against the offline proxy), builds, vets, tests and runs as before with connected traces, and prunes back to the
// same bytes, go.mod and go.sum included.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../cli/main';
import { recordingTerminal } from '../cli/terminal';
import { nodeFileSystem } from '../load/fileSystem';
import { listCases, TestCase } from '../testing/cases';
import { buildAndRunModule, moduleEnvironment, moduleProxy, snapshot } from '../testing/goModules';
import { goRunReport, requireGoToolchain } from '../testing/goToolchain';
import { traceShape } from '../traces/tree';

let env: NodeJS.ProcessEnv;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'instrgen-modules-'));

beforeAll(() => {
  requireGoToolchain();
  env = moduleEnvironment(moduleProxy());
}, 600_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Runs the instrgen CLI in dir with the go environment, as a user's shell would. */
function instrgen(dir: string, ...args: string[]) {
  const term = recordingTerminal();
  const code = main(args, { fs: nodeFileSystem, term, cwd: dir, goEnv: env });
  return { code, stdout: term.stdout, stderr: term.stderr };
}

function writeModule(name: string, files: Record<string, string>): string {
  const dir = path.join(tmp, name);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

const importsRuntime = (c: TestCase) => Object.values(c.input).some((t) => t.includes('"instrgen.dev/rtlib"'));

const runnable = listCases().filter((c) => !c.spec.error && c.spec.runs.length > 0);

describe.each(runnable.map((c) => [c.name, c] as const))('%s in module mode', (_name, c) => {
  test.concurrent('pristine builds; instrumented builds, vets, tests and runs as before with connected traces; prune restores every byte', async () => {
    const dir = writeModule(`case-${c.name}`, c.input);
    // Users of AutotelEntryPoint import the runtime library before instrumenting: `instrgen init` sets it up.
    if (importsRuntime(c)) expect(instrgen(dir, 'init', '-q')).toEqual({ code: 0, stdout: '', stderr: '' });
    const pristine = await snapshot(dir);

    const inject = instrgen(dir, './...', '-q');
    expect(inject).toMatchObject({ code: 0 });
    expect(fs.existsSync(path.join(dir, 'go.sum'))).toBe(true);

    const allEdges = new Set<string>();
    const allNames = new Set<string>();
    for (const [i, run] of c.spec.runs.entries()) {
      const checks = i === 0 && (c.spec.test ?? false);
      const opts = { env, mainPackage: run.mainPackage, args: run.args, stdin: run.stdin, vet: i === 0, test: checks };
      // The pristine run goes in a copy, as it was before instrgen ran.
      const pristineDir = writeModule(`pristine-${c.name}-${i}`, Object.fromEntries(Object.entries(pristine).filter(([f]) => !f.endsWith('/')).map(([f, t]) => [f, Buffer.from(t, 'latin1').toString('utf8')])));
      const [before, after] = await Promise.all([buildAndRunModule({ ...opts, dir: pristineDir }), buildAndRunModule({ ...opts, dir })]);
      const report = `\n--- pristine\n${goRunReport(before)}\n--- instrumented\n${goRunReport(after)}`;
      if (before.build.exitCode !== 0) throw new Error(`pristine module does not build${report}`);
      if (after.build.exitCode !== 0) throw new Error(`instrumented module does not build${report}`);
      if (after.vet && after.vet.exitCode !== 0) throw new Error(`go vet fails on the instrumented module${report}`);
      if (checks && (before.test!.exitCode !== 0 || after.test!.exitCode !== 0)) throw new Error(`go test fails${report}`);
      expect(after.run!.stdout).toBe(before.run!.stdout);
      expect(after.run!.exitCode).toBe(before.run!.exitCode);
      const spans = after.traces ?? [];
      expect(spans.length).toBeGreaterThan(0);
      const shape = traceShape(spans);
      expect(shape.orphans.map((s) => s.name)).toEqual([]);
      expect(shape.roots.map((s) => s.name)).toContain(c.spec.roots?.[i] ?? 'main.main');
      spans.forEach((s) => allNames.add(s.name));
      shape.edges.forEach(([p, ch]) => allEdges.add(`${p} -> ${ch}`));
    }
    for (const [p, ch] of c.spec.spanEdges ?? []) expect(allEdges).toContain(`${p} -> ${ch}`);
    for (const n of c.spec.notSpans ?? []) expect(allNames).not.toContain(n);

    expect(instrgen(dir, '--check', '-q')).toMatchObject({ code: 0 });
    expect(instrgen(dir, 'prune', '-q')).toMatchObject({ code: 0 });
    expect(await snapshot(dir)).toEqual(pristine);
  });
});
