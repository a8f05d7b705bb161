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
import { buildAndRunModule, moduleEnvironment, moduleProxy, publishModule, snapshot } from '../testing/goModules';
import { goRunReport, requireGoToolchain } from '../testing/goToolchain';
import { traceShape } from '../traces/tree';

// Set up while the file is collected: concurrent tests must never start without it (a missing toolchain fails here).
requireGoToolchain();
const env: NodeJS.ProcessEnv = moduleEnvironment(moduleProxy());
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'instrgen-modules-'));
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
  test.concurrent(
    'pristine builds; instrumented builds, vets, tests and runs as before with connected traces; prune restores every byte',
    async () => {
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
        const opts = {
          env,
          mainPackage: run.mainPackage,
          args: run.args,
          stdin: run.stdin,
          vet: i === 0,
          test: checks,
        };
        // The pristine run goes in a copy, as it was before instrgen ran.
        const pristineDir = writeModule(
          `pristine-${c.name}-${i}`,
          Object.fromEntries(
            Object.entries(pristine)
              .filter(([f]) => !f.endsWith('/'))
              .map(([f, t]) => [f, Buffer.from(t, 'latin1').toString('utf8')]),
          ),
        );
        const [before, after] = await Promise.all([
          buildAndRunModule({ ...opts, dir: pristineDir }),
          buildAndRunModule({ ...opts, dir }),
        ]);
        const report = `\n--- pristine\n${goRunReport(before)}\n--- instrumented\n${goRunReport(after)}`;
        if (before.build.exitCode !== 0) throw new Error(`pristine module does not build${report}`);
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
        expect(shape.roots.map((s) => s.name)).toContain(c.spec.roots?.[i] ?? 'main.main');
        spans.forEach((s) => allNames.add(s.name));
        shape.edges.forEach(([p, ch]) => allEdges.add(`${p} -> ${ch}`));
      }
      for (const [p, ch] of c.spec.spanEdges ?? []) expect(allEdges).toContain(`${p} -> ${ch}`);
      for (const n of c.spec.notSpans ?? []) expect(allNames).not.toContain(n);

      expect(instrgen(dir, '--check', '-q')).toMatchObject({ code: 0 });
      expect(instrgen(dir, 'prune', '-q')).toMatchObject({ code: 0 });
      expect(await snapshot(dir)).toEqual(pristine);
    },
  );
});

/** A module whose root is marked //instrgen:entry, so that it imports nothing of instrgen's before it runs. */
function entryModule(name: string, goVersion: string, extra: Record<string, string> = {}): string {
  return writeModule(name, {
    'go.mod': `module example.com/${name}\n\ngo ${goVersion}\n`,
    'main.go': `package main

import (
	"fmt"
	"os"
)

func double(n int) int {
	if n > 100 {
		fmt.Println("too big")
		os.Exit(3)
	}
	return n * 2
}

//instrgen:entry
func main() {
	fmt.Println(double(len(os.Args) * 21))
}
`,
    ...extra,
  });
}

async function expectBuildsAndTraces(dir: string, stdout: string): Promise<void> {
  const r = await buildAndRunModule({ dir, env, vet: true, test: true });
  if (r.build.exitCode !== 0 || r.vet!.exitCode !== 0 || r.test!.exitCode !== 0) throw new Error(goRunReport(r));
  expect(r.run!.stdout).toBe(stdout);
  expect(traceShape(r.traces ?? []).roots.map((s) => s.name)).toEqual(['main.main']);
  expect(traceShape(r.traces ?? []).orphans).toEqual([]);
}

describe('dependencies in module mode', () => {
  test('a go 1.16 module marked //instrgen:entry builds after instrgen alone (no init), and prune removes every added file', async () => {
    const dir = entryModule('entry116', '1.16');
    const pristine = await snapshot(dir);
    expect(instrgen(dir, '-q')).toMatchObject({ code: 0 });
    expect(fs.readFileSync(path.join(dir, 'go.mod'), 'utf8')).toMatch(
      /replace instrgen\.dev\/rtlib => \.\/\.instrgen\/rtlib/,
    );
    expect(fs.readdirSync(path.join(dir, '.instrgen', 'rtlib')).sort()).toEqual(
      expect.arrayContaining(['go.mod', 'rtlib.go']),
    );
    await expectBuildsAndTraces(dir, '42\n');
    expect(instrgen(dir, 'prune', '-q')).toMatchObject({ code: 0 });
    expect(await snapshot(dir)).toEqual(pristine);
  });

  test('a go 1.19 module: the modules instrumented code imports are direct requirements, so go mod tidy wants no change to go.mod', async () => {
    const dir = entryModule('tidy119', '1.19');
    expect(instrgen(dir, '-q')).toMatchObject({ code: 0 });
    const goMod = fs.readFileSync(path.join(dir, 'go.mod'), 'utf8');
    expect(goMod).toMatch(/^require go\.opentelemetry\.io\/otel v1\.1\.0$/m);
    expect(goMod).toMatch(/^\tgo\.opentelemetry\.io\/otel\/sdk v1\.1\.0 \/\/ indirect$/m);
    const copy = path.join(tmp, 'tidy119-copy');
    fs.cpSync(dir, copy, { recursive: true });
    const { execFileSync } = await import('child_process');
    // -e: Debian's x/sys lacks windows/, which tidy looks at for every platform.
    execFileSync('go', ['mod', 'tidy', '-e'], { cwd: copy, env, stdio: 'pipe' });
    expect(fs.readFileSync(path.join(copy, 'go.mod'), 'utf8')).toBe(goMod);
  });

  test('after instrgen init (OTel then required // indirect), inject makes OTel a direct requirement as go mod tidy would; prune gives back what init wrote', async () => {
    const dir = writeModule('tidy-init', {
      'go.mod': 'module example.com/tidyinit\n\ngo 1.19\n',
      'main.go':
        'package main\n\nimport (\n\t"fmt"\n\n\t"instrgen.dev/rtlib"\n)\n\nfunc double(n int) int { return n * 2 }\n\nfunc main() {\n\trtlib.AutotelEntryPoint()\n\tfmt.Println(double(21))\n}\n',
    });
    expect(instrgen(dir, 'init', '-q')).toMatchObject({ code: 0 });
    const initialized = await snapshot(dir);
    expect(initialized['go.mod']).toMatch(/^\tgo\.opentelemetry\.io\/otel v1\.1\.0 \/\/ indirect$/m);
    expect(instrgen(dir, '-q')).toMatchObject({ code: 0 });
    const goMod = fs.readFileSync(path.join(dir, 'go.mod'), 'utf8');
    expect(goMod).toMatch(/^require go\.opentelemetry\.io\/otel v1\.1\.0$/m);
    const copy = path.join(tmp, 'tidy-init-copy');
    fs.cpSync(dir, copy, { recursive: true });
    const { execFileSync } = await import('child_process');
    execFileSync('go', ['mod', 'tidy', '-e'], { cwd: copy, env, stdio: 'pipe' });
    expect(fs.readFileSync(path.join(copy, 'go.mod'), 'utf8')).toBe(goMod);
    await expectBuildsAndTraces(dir, '42\n');
    expect(instrgen(dir, 'prune', '-q')).toMatchObject({ code: 0 });
    expect(await snapshot(dir)).toEqual(initialized);
  });

  test('offline, inject fails with a message saying what to do, and writes nothing', async () => {
    const dir = entryModule('offline', '1.19');
    const pristine = await snapshot(dir);
    const cache = fs.mkdtempSync(path.join(tmp, 'emptycache-'));
    const term = recordingTerminal();
    const code = main(['./...'], {
      fs: nodeFileSystem,
      term,
      cwd: dir,
      goEnv: { ...env, GOPROXY: 'off', GOMODCACHE: cache },
    });
    expect(code).toBe(1);
    expect(term.stderr).toMatch(
      /error IG1011: cannot add what instrumented code needs: `go get go\.opentelemetry\.io\/otel@v1\.1\.0 .*` failed; nothing was written\. Make a module proxy reachable \(GOPROXY\), or run instrgen with --no-go-get/,
    );
    expect(term.stderr).toContain('module lookup disabled by GOPROXY=off');
    expect(await snapshot(dir)).toEqual(pristine);
  });

  test('--otel-version chooses the OTel version go get asks for (a version the proxy lacks fails cleanly)', async () => {
    const dir = entryModule('otelversion', '1.19');
    const pristine = await snapshot(dir);
    const r = instrgen(dir, '--otel-version', 'v1.0.0');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /`go get go\.opentelemetry\.io\/otel@v1\.0\.0 .*go\.opentelemetry\.io\/otel\/sdk\/trace@v1\.0\.0.*` failed; nothing was written/,
    );
    expect(await snapshot(dir)).toEqual(pristine);
    expect(instrgen(dir, '--otel-version', 'latest').code).toBe(2);
  });

  test('--no-go-get writes the sources and the runtime library and prints the go get command that completes go.mod', async () => {
    const dir = entryModule('nogoget', '1.19');
    const r = instrgen(dir, '--no-go-get');
    expect(r.code).toBe(0);
    const command = /run: (go get .*)\n/.exec(r.stderr)?.[1];
    expect(command).toMatch(
      /^go get go\.opentelemetry\.io\/otel@v1\.1\.0 .*go\.opentelemetry\.io\/otel\/sdk\/trace@v1\.1\.0/,
    );
    expect(fs.existsSync(path.join(dir, 'go.sum'))).toBe(false);
    expect((await buildAndRunModule({ dir, env })).build.exitCode).not.toBe(0);
    const { execFileSync } = await import('child_process');
    execFileSync('sh', ['-c', command!], { cwd: dir, env, stdio: 'pipe' });
    await expectBuildsAndTraces(dir, '42\n');
  });

  test('a module that already requires OpenTelemetry keeps its requirements; the record adds nothing to them', async () => {
    const dir = entryModule('hasotel', '1.19', {
      'span.go': `package main

import (
	"context"

	"go.opentelemetry.io/otel"
)

// own starts a span of the program's own, as a module already using OpenTelemetry does.
func own() {
	_, s := otel.Tracer("own").Start(context.Background(), "own")
	s.End()
}
`,
    });
    const { execFileSync } = await import('child_process');
    execFileSync('go', ['get', 'go.opentelemetry.io/otel@v1.1.0'], { cwd: dir, env, stdio: 'pipe' });
    const pristine = await snapshot(dir);
    const required = (text: string) => text.match(/^\s*(?:require\s+)?go\.opentelemetry\.io\/otel v\S+/gm);
    expect(instrgen(dir, '-q')).toMatchObject({ code: 0 });
    const goMod = fs.readFileSync(path.join(dir, 'go.mod'), 'utf8');
    expect(required(goMod)).toEqual(required(Buffer.from(pristine['go.mod'], 'latin1').toString()));
    await expectBuildsAndTraces(dir, '42\n');
    expect(instrgen(dir, 'prune', '-q')).toMatchObject({ code: 0 });
    expect(await snapshot(dir)).toEqual(pristine);
  });

  test('prune after the user changed go.mod and go.sum removes only what instrgen added', async () => {
    const dir = entryModule('userchange', '1.19', {
      'cmp_test.go': `package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDouble(t *testing.T) {
	if d := cmp.Diff(4, double(2)); d != "" {
		t.Fatal(d)
	}
}
`,
    });
    expect(instrgen(dir, '-q')).toMatchObject({ code: 0 });
    const { execFileSync } = await import('child_process');
    execFileSync('go', ['get', 'github.com/google/go-cmp/cmp@v0.5.9'], { cwd: dir, env, stdio: 'pipe' });
    expect(instrgen(dir, 'prune', '-q')).toMatchObject({ code: 0 });
    const goMod = fs.readFileSync(path.join(dir, 'go.mod'), 'utf8');
    expect(goMod).toContain('github.com/google/go-cmp v0.5.9');
    expect(goMod).not.toMatch(/opentelemetry|instrgen/);
    expect(fs.existsSync(path.join(dir, '.instrgen'))).toBe(false);
    // The user's own test still builds and passes with default flags.
    const r = await buildAndRunModule({ dir, env, test: true });
    if (r.test!.exitCode !== 0) throw new Error(goRunReport(r));
  });

  test('a vendored module gets its vendor/ tree updated by go mod vendor, builds with default flags (-mod=vendor) offline, and prunes back byte for byte', async () => {
    const dir = entryModule('vendored', '1.19', {
      'same.go':
        'package main\n\nimport "github.com/google/go-cmp/cmp"\n\n// same compares with go-cmp, so that the module has a dependency to vendor.\nfunc same(a, b int) bool { return cmp.Equal(a, b) }\n',
    });
    const { execFileSync } = await import('child_process');
    execFileSync('sh', ['-c', 'go get github.com/google/go-cmp/cmp@v0.5.9 && go mod vendor'], {
      cwd: dir,
      env,
      stdio: 'pipe',
    });
    const pristine = await snapshot(dir);
    expect(instrgen(dir, '-q')).toMatchObject({ code: 0 });
    const modulesTxt = fs.readFileSync(path.join(dir, 'vendor', 'modules.txt'), 'utf8');
    expect(modulesTxt).toContain('# go.opentelemetry.io/otel/sdk v1.1.0');
    expect(modulesTxt).toContain('# instrgen.dev/rtlib v0.0.0-00010101000000-000000000000 => ./.instrgen/rtlib');
    // Offline: the vendor tree alone must do.
    const offline = { ...env, GOPROXY: 'off', GOMODCACHE: fs.mkdtempSync(path.join(tmp, 'novendorcache-')) };
    const r = await buildAndRunModule({ dir, env: offline, vet: true });
    if (r.build.exitCode !== 0 || r.vet!.exitCode !== 0) throw new Error(goRunReport(r));
    expect(r.run!.stdout).toBe('42\n');
    expect(traceShape(r.traces!).orphans).toEqual([]);
    expect(instrgen(dir, 'prune', '-q')).toMatchObject({ code: 0 });
    expect(await snapshot(dir)).toEqual(pristine);
  });

  test('a vendored module with --no-go-get: the printed command also vendors', async () => {
    const dir = entryModule('vendored-print', '1.19', { 'vendor/modules.txt': '' });
    const r = instrgen(dir, '--no-go-get');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/run: go get go\.opentelemetry\.io\/otel@v1\.1\.0 .* && go mod vendor\n/);
  });

  test('--verify builds and vets a copy with go.mod, go.sum and the runtime library before writing', async () => {
    const dir = entryModule('verify', '1.19');
    const r = instrgen(dir, '--verify');
    expect(r).toMatchObject({ code: 0 });
    expect(r.stderr).toContain('instrgen: --verify: `go build ./... && go vet ./...` passed');
    await expectBuildsAndTraces(dir, '42\n');
  });

  test('--diff applies with git apply to the same tree inject writes, --check fails until then, --out writes a copy that builds', async () => {
    const dir = entryModule('review', '1.19');
    const { execFileSync } = await import('child_process');
    const diff = instrgen(dir, '--diff', '-q');
    expect(diff.code).toBe(0);
    expect(diff.stdout).toContain('diff --git a/go.mod b/go.mod');
    expect(diff.stdout).toContain('new file mode 100644\n--- /dev/null\n+++ b/.instrgen/rtlib/rtlib.go');
    expect(instrgen(dir, '--check', '-q').code).toBe(1);
    const out = path.join(tmp, 'review-out');
    expect(instrgen(dir, '--out', out, '-q')).toMatchObject({ code: 0 });
    await expectBuildsAndTraces(out, '42\n');
    const applied = writeModule('review-applied', {});
    fs.cpSync(dir, applied, { recursive: true });
    execFileSync('git', ['init', '-q'], { cwd: applied });
    execFileSync('git', ['apply', '-'], { cwd: applied, input: diff.stdout });
    expect(instrgen(dir, '-q')).toMatchObject({ code: 0 });
    expect(await snapshot(applied)).toEqual(await snapshot(dir));
    // In CI, --check needs no proxy once the module cache has the modules: go get asks for exact versions.
    const term = recordingTerminal();
    expect(main(['--check'], { fs: nodeFileSystem, term, cwd: dir, goEnv: { ...env, GOPROXY: 'off' } })).toBe(0);
    expect(term.stderr).toBe('instrgen: up to date\n');
    expect(await snapshot(out)).toEqual(await snapshot(dir));
  });
});

describe('--overlay in module mode', () => {
  test('builds and tests the instrumented module from a pristine checkout whose bytes stay as they are; the binary is traced', async () => {
    const dir = entryModule('overlay', '1.19', {
      'main_test.go':
        'package main\n\nimport "testing"\n\nfunc TestDouble(t *testing.T) {\n\tif double(2) != 4 {\n\t\tt.Fatal("double")\n\t}\n}\n',
    });
    const pristine = await snapshot(dir);
    const ov = path.join(tmp, 'overlay-out');
    const r = instrgen(dir, '--overlay', ov, '-q');
    expect(r.code).toBe(0);
    const [build, test] = r.stdout.trim().split('\n');
    expect(build).toBe(`go build -overlay ${ov}/overlay.json -modfile ${ov}/go.mod ./...`);
    expect(test).toBe(`go test -vet=off -overlay ${ov}/overlay.json -modfile ${ov}/go.mod ./...`);
    const flags = build
      .replace(/^go build /, '')
      .replace(/ \.\/\.\.\.$/, '')
      .split(' ');
    const { runCommand } = await import('../testing/goToolchain');
    const bin = path.join(tmp, 'overlay-bin');
    const built = await runCommand('go', ['build', ...flags, '-o', bin, '.'], { cwd: dir, env });
    expect(built).toMatchObject({ exitCode: 0 });
    const tested = await runCommand('go', ['test', '-vet=off', ...flags, './...'], { cwd: dir, env });
    expect(tested).toMatchObject({ exitCode: 0 });
    const runDir = fs.mkdtempSync(path.join(tmp, 'overlay-run-'));
    const run = await runCommand(bin, [], { cwd: runDir });
    expect(run.stdout).toBe('42\n');
    const { parseTraces } = await import('../traces/spans');
    const shape = traceShape(parseTraces(fs.readFileSync(path.join(runDir, 'traces.txt'), 'utf8')));
    expect(shape.edges).toContainEqual(['main.main', 'main.double']);
    expect(shape.orphans).toEqual([]);
    expect(await snapshot(dir)).toEqual(pristine);
  });
});

describe('AutotelEntryPoint in a go 1.16 module', () => {
  test('after instrgen init the pristine module builds; instrumented, it builds, vets, tests and runs traced; prune leaves what init added', async () => {
    const c = listCases().find((x) => x.name === 'basic-fib')!;
    const dir = writeModule('autotel116', {
      ...c.input,
      'go.mod': c.input['go.mod'].replace(/^go 1\.\d+$/m, 'go 1.16'),
    });
    expect(instrgen(dir, 'init', '-q')).toMatchObject({ code: 0 });
    const initialized = await snapshot(dir);
    const before = await buildAndRunModule({ dir, env, test: true });
    if (before.build.exitCode !== 0 || before.test!.exitCode !== 0) throw new Error(goRunReport(before));
    expect(instrgen(dir, '-q')).toMatchObject({ code: 0 });
    // go 1.16 wants every module whose packages the main module imports in go.mod: the new otel import is there.
    expect(fs.readFileSync(path.join(dir, 'go.mod'), 'utf8')).toMatch(/go\.opentelemetry\.io\/otel v1\.1\.0/);
    const after = await buildAndRunModule({ dir, env, vet: true, test: true });
    if (after.build.exitCode !== 0 || after.vet!.exitCode !== 0 || after.test!.exitCode !== 0)
      throw new Error(goRunReport(after));
    expect(after.run!.stdout).toBe(before.run!.stdout);
    expect(traceShape(after.traces!).orphans).toEqual([]);
    expect(instrgen(dir, 'prune', '-q')).toMatchObject({ code: 0 });
    expect(await snapshot(dir)).toEqual(initialized);
  });
});

/** Runs the CLI in dir with a go environment of the test's own (a workspace's GOWORK, a second proxy). */
function instrgenWith(goEnv: NodeJS.ProcessEnv, dir: string, ...args: string[]) {
  const term = recordingTerminal();
  const code = main(args, { fs: nodeFileSystem, term, cwd: dir, goEnv });
  return { code, stdout: term.stdout, stderr: term.stderr };
}

const libModule = {
  'lib/go.mod': 'module example.com/lib\n\ngo 1.19\n',
  'lib/lib.go':
    'package lib\n\n// Work returns n plus its square.\nfunc Work(n int) int { return n + square(n) }\n\nfunc square(n int) int { return n * n }\n',
  'lib/doer.go':
    'package lib\n\n// Doer does work; another module implements it.\ntype Doer interface {\n\tDo(n int) int\n}\n\n// Run runs d twice.\nfunc Run(d Doer) int { return d.Do(2) + d.Do(3) }\n',
  'lib/lib_test.go':
    'package lib\n\nimport "testing"\n\nfunc TestWork(t *testing.T) {\n\tif Work(3) != 12 {\n\t\tt.Fatal(Work(3))\n\t}\n}\n',
};

const appMain = (importPath: string, qualifier: string, more = '') => `package main

import (
	"fmt"

	"${importPath}"
)

func report(v int) string { return fmt.Sprint("work: ", v) }

//instrgen:entry
func main() {
	fmt.Println(report(${qualifier}.Work(3)))
${more}}
`;

/** The app's side of libModule: a type implementing lib.Doer, and main's call of lib.Run. */
const appDoer = {
  'app/sq.go':
    'package main\n\nimport "example.com/lib"\n\ntype sq struct{}\n\n// Do squares n.\nfunc (sq) Do(n int) int { return n * n }\n\nvar _ lib.Doer = sq{}\n',
};
const appMainWithLib = appMain('example.com/lib', 'lib', '\tfmt.Println(lib.Run(sq{}))\n');

const appTest =
  'package main\n\nimport "testing"\n\nfunc TestReport(t *testing.T) {\n\tif report(2) != "work: 2" {\n\t\tt.Fatal(report(2))\n\t}\n}\n';

interface SeveralModules {
  name: string;
  files: Record<string, string>;
  goEnv: NodeJS.ProcessEnv;
  /** Steps before the pristine snapshot (go get of a published module), run in the tree's root. */
  setup?: string;
  /** Where instrgen runs (tree-relative), and its arguments. */
  at: string;
  args: string[];
  /** The module holding main, and the other modules vetted and tested (tree-relative directories). */
  mainModule: string;
  otherModules: string[];
  stdout: string;
  edges: Array<[string, string]>;
  /** Texts each file (tree-relative) must hold after instrgen, and files that must stay byte for byte. */
  contains: Record<string, string[]>;
  unchanged: string[];
}

/** Vets and tests a module in place (the build and run are buildAndRunModule's); failures are returned. */
async function vetAndTest(dir: string, goEnv: NodeJS.ProcessEnv) {
  const { runCommand } = await import('../testing/goToolchain');
  return [
    await runCommand('go', ['vet', './...'], { cwd: dir, env: goEnv }),
    await runCommand('go', ['test', './...'], { cwd: dir, env: goEnv }),
  ];
}

/**
 * The round trip for a tree of several modules: pristine builds, vets and tests; instrgen; the instrumented tree
 * builds, vets and tests with default flags, runs with the same output and one connected trace; `go mod tidy` keeps
 * every changed go.mod as instrgen wrote it; --check passes; prune gives back every byte of every module.
 */
async function severalModulesRoundTrip(c: SeveralModules): Promise<void> {
  const { execFileSync } = await import('child_process');
  const tree = writeModule(c.name, c.files);
  if (c.setup) execFileSync('sh', ['-c', c.setup], { cwd: tree, env: c.goEnv, stdio: 'pipe' });
  const pristine = await snapshot(tree);
  const pristineTree = path.join(tmp, `${c.name}-pristine`);
  fs.cpSync(tree, pristineTree, { recursive: true });

  const inject = instrgenWith(c.goEnv, path.join(tree, c.at), ...c.args, '-q');
  expect(inject).toMatchObject({ code: 0, stderr: '' });
  for (const [file, texts] of Object.entries(c.contains))
    for (const t of texts) expect(fs.readFileSync(path.join(tree, file), 'utf8')).toContain(t);
  for (const file of c.unchanged) expect(fs.readFileSync(path.join(tree, file), 'latin1')).toBe(pristine[file]);

  const [before, after] = await Promise.all(
    [pristineTree, tree].map((t) =>
      buildAndRunModule({ dir: path.join(t, c.mainModule), env: c.goEnv, vet: true, test: true }),
    ),
  );
  const report = `\n--- pristine\n${goRunReport(before)}\n--- instrumented\n${goRunReport(after)}`;
  for (const r of [before, after])
    if (r.build.exitCode !== 0 || r.vet!.exitCode !== 0 || r.test!.exitCode !== 0)
      throw new Error(`build, vet or test failed${report}`);
  for (const m of c.otherModules)
    for (const t of [pristineTree, tree])
      for (const r of await vetAndTest(path.join(t, m), c.goEnv))
        if (r.exitCode !== 0) throw new Error(`go vet or test of ${m} failed in ${t}:\n${r.stdout}${r.stderr}`);
  expect(before.run!.stdout).toBe(c.stdout);
  expect(after.run!.stdout).toBe(c.stdout);
  expect(after.run!.exitCode).toBe(before.run!.exitCode);
  const shape = traceShape(after.traces ?? []);
  expect(shape.roots.map((s) => s.name)).toEqual(['main.main']);
  expect(shape.orphans).toEqual([]);
  for (const e of c.edges) expect(shape.edges).toContainEqual(e);

  // go mod tidy (which reads no go.work) wants no change to any go.mod instrgen changed, `// indirect` included.
  const tidyTree = path.join(tmp, `${c.name}-tidy`);
  fs.cpSync(tree, tidyTree, { recursive: true });
  for (const m of [c.mainModule, ...c.otherModules]) {
    const goMod = path.join(m, 'go.mod');
    if (fs.readFileSync(path.join(tree, goMod), 'latin1') === pristine[goMod]) continue;
    execFileSync('go', ['mod', 'tidy', '-e'], {
      cwd: path.join(tidyTree, m),
      env: { ...c.goEnv, GOWORK: 'off' },
      stdio: 'pipe',
    });
    expect(fs.readFileSync(path.join(tidyTree, goMod), 'utf8')).toBe(fs.readFileSync(path.join(tree, goMod), 'utf8'));
  }

  expect(instrgenWith(c.goEnv, path.join(tree, c.at), ...c.args, '--check', '-q')).toMatchObject({ code: 0 });
  expect(instrgenWith(c.goEnv, path.join(tree, c.at), 'prune', '-q')).toMatchObject({ code: 0 });
  expect(await snapshot(tree)).toEqual(pristine);
}

describe('several modules: workspaces, local replacements, nested modules', () => {
  const workspaceEnv = { ...env, GOWORK: '' };
  const workspace = {
    'go.work': 'go 1.19\n\nuse (\n\t./app\n\t./lib\n)\n',
    ...libModule,
    'app/go.mod': 'module example.com/app\n\ngo 1.19\n',
    'app/main.go': appMainWithLib,
    'app/main_test.go': appTest,
    ...appDoer,
  };
  const joined = {
    'lib/lib.go': [
      'func Work(__atel_tracing_ctx __atel_context.Context, n int) int',
      'square(__atel_child_tracing_ctx, n)',
    ],
    'lib/lib_test.go': ['Work(__atel_context.TODO(), 3)'],
    'app/main.go': ['lib.Work(__atel_child_tracing_ctx, 3)', 'lib.Run(__atel_child_tracing_ctx, sq{})'],
    // An interface of one module changes together with its implementations in the other.
    'lib/doer.go': ['Do(__atel_tracing_ctx __atel_context.Context, n int) int\n', 'd.Do(__atel_child_tracing_ctx, 2)'],
    'app/sq.go': ['func (sq) Do(__atel_tracing_ctx __atel_context.Context, n int) int {'],
    'lib/go.mod': ['require go.opentelemetry.io/otel v1.1.0\n'],
  };
  const edges: Array<[string, string]> = [
    ['main.main', 'lib.Work'],
    ['lib.Work', 'lib.square'],
    ['main.main', 'main.report'],
    ['main.main', 'lib.Run'],
    ['lib.Run', 'main.sq.Do'],
  ];

  test.concurrent(
    'a workspace, instrgen ./... at its root: a signature changed in one module updates its callers in the other',
    async () => {
      await severalModulesRoundTrip({
        name: 'ws-root',
        files: workspace,
        goEnv: workspaceEnv,
        at: '.',
        args: ['./...'],
        mainModule: 'app',
        otherModules: ['lib'],
        stdout: 'work: 12\n13\n',
        edges,
        contains: joined,
        unchanged: ['go.work'],
      });
    },
  );

  test.concurrent(
    "a workspace, instrgen in one module's directory: the whole workspace is analysed and changed",
    async () => {
      await severalModulesRoundTrip({
        name: 'ws-app',
        files: workspace,
        goEnv: workspaceEnv,
        at: 'app',
        args: [],
        mainModule: 'app',
        otherModules: ['lib'],
        stdout: 'work: 12\n13\n',
        edges,
        contains: joined,
        unchanged: ['go.work'],
      });
    },
  );

  test.concurrent(
    'a local replace (../lib) is followed as a workspace is: the replaced module is instrumented with the module, each gets its own go.mod changes',
    async () => {
      await severalModulesRoundTrip({
        name: 'replace',
        files: {
          ...libModule,
          'app/go.mod':
            'module example.com/app\n\ngo 1.19\n\nrequire example.com/lib v0.0.0\n\nreplace example.com/lib => ../lib\n',
          'app/main.go': appMainWithLib,
          'app/main_test.go': appTest,
          ...appDoer,
        },
        goEnv: env,
        at: 'app',
        args: ['./...'],
        mainModule: 'app',
        otherModules: ['lib'],
        stdout: 'work: 12\n13\n',
        edges,
        contains: { ...joined, 'app/.instrgen/added.json': ['"goMod"'], 'lib/.instrgen/added.json': ['"goMod"'] },
        unchanged: [],
      });
    },
  );

  // A nested module (inner/ with its own go.mod) released on its own: the outer module requires a published version.
  const nestedProxy = path.join(tmp, 'nested-proxy');
  const inner = {
    'go.mod': 'module example.com/app/inner\n\ngo 1.19\n',
    'inner.go':
      'package inner\n\n// Work returns n plus its square.\nfunc Work(n int) int { return n + square(n) }\n\nfunc square(n int) int { return n * n }\n',
  };
  const nested = {
    'go.mod': 'module example.com/app\n\ngo 1.19\n',
    'main.go': appMain('example.com/app/inner', 'inner'),
    'main_test.go': appTest,
    'inner/go.mod': inner['go.mod'],
    'inner/inner.go': inner['inner.go'],
  };
  const nestedEnv = { ...env, GOPROXY: `file://${nestedProxy},${env.GOPROXY}` };
  // Started while the file is collected and awaited by each test: concurrent tests may start before beforeAll hooks.
  const published = publishModule(nestedProxy, 'example.com/app/inner', 'v1.0.0', inner);

  test.concurrent(
    'a nested module is another module: its exported function keeps its signature and its files stay as they are',
    async () => {
      await published;
      await severalModulesRoundTrip({
        name: 'nested',
        files: nested,
        goEnv: nestedEnv,
        setup: 'go mod tidy',
        at: '.',
        args: ['./...'],
        mainModule: '.',
        otherModules: ['inner'],
        stdout: 'work: 12\n',
        edges: [['main.main', 'main.report']],
        contains: { 'main.go': ['report(__atel_child_tracing_ctx, inner.Work(3))'] },
        unchanged: ['inner/inner.go', 'inner/go.mod'],
      });
    },
  );

  test.concurrent('a nested module joined by a go.work is instrumented with the outer module', async () => {
    await published;
    await severalModulesRoundTrip({
      name: 'nested-work',
      files: { ...nested, 'go.work': 'go 1.19\n\nuse (\n\t.\n\t./inner\n)\n' },
      goEnv: { ...nestedEnv, GOWORK: '' },
      setup: 'GOWORK=off go mod tidy',
      at: '.',
      args: ['./...'],
      mainModule: '.',
      otherModules: ['inner'],
      stdout: 'work: 12\n',
      edges: [
        ['main.main', 'inner.Work'],
        ['inner.Work', 'inner.square'],
      ],
      contains: {
        'main.go': ['inner.Work(__atel_child_tracing_ctx, 3)'],
        'inner/inner.go': ['func Work(__atel_tracing_ctx __atel_context.Context, n int) int'],
      },
      unchanged: ['go.work'],
    });
  });

  test.concurrent(
    'a workspace with --no-go-get: the printed command completes every module, run where instrgen ran',
    async () => {
      const w = writeModule('ws-nogoget', workspace);
      const r = instrgenWith(workspaceEnv, w, '--no-go-get');
      expect(r.code).toBe(0);
      const command = /run: (.*)\n/.exec(r.stderr)?.[1];
      expect(command).toMatch(
        /^\(cd app && go get go\.opentelemetry\.io\/otel@v1\.1\.0 .*\) && \(cd lib && go get go\.opentelemetry\.io\/otel@v1\.1\.0 .*\)$/,
      );
      const { execFileSync } = await import('child_process');
      execFileSync('sh', ['-c', command!], { cwd: w, env: workspaceEnv, stdio: 'pipe' });
      const after = await buildAndRunModule({ dir: path.join(w, 'app'), env: workspaceEnv, vet: true, test: true });
      if (after.build.exitCode !== 0 || after.vet!.exitCode !== 0 || after.test!.exitCode !== 0)
        throw new Error(goRunReport(after));
      expect(after.run!.stdout).toBe('work: 12\n13\n');
      expect(traceShape(after.traces!).edges).toContainEqual(['main.main', 'lib.Work']);
      // The user's go get kept the requirements instrgen wrote as direct ones direct; lib uses app's copy of the
      // runtime library (go.work allows one replacement of it).
      expect(fs.readFileSync(path.join(w, 'lib', 'go.mod'), 'utf8')).toBe(
        'module example.com/lib\n\ngo 1.19\n\nrequire instrgen.dev/rtlib v0.0.0-00010101000000-000000000000\n\nrequire go.opentelemetry.io/otel v1.1.0\n\nrequire (\n\tgo.opentelemetry.io/otel/exporters/jaeger v1.1.0 // indirect\n\tgo.opentelemetry.io/otel/sdk v1.1.0 // indirect\n\tgo.opentelemetry.io/otel/trace v1.1.0 // indirect\n\tgolang.org/x/sys v0.3.0 // indirect\n)\n\nreplace instrgen.dev/rtlib => ../app/.instrgen/rtlib\n',
      );
    },
  );

  test('a workspace module required without a replace: go get resolves it from go.work, and a warning says what Go 1.19 needs', async () => {
    const w = writeModule('workspace-noreplace', {
      'go.work': 'go 1.19\n\nuse (\n\t./app\n\t./lib\n)\n',
      ...libModule,
      'app/go.mod': 'module example.com/app\n\ngo 1.19\n\nrequire example.com/lib v0.0.0\n',
      'app/main.go': appMain('example.com/lib', 'lib'),
    });
    const r = instrgenWith(workspaceEnv, path.join(w, 'app'));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'warning IG1011: go.mod requires the workspace module example.com/lib without replacing it: if the workspace build then says it cannot read example.com/lib@v0.0.0, add `replace example.com/lib => ../lib` to go.mod',
    );
    const goMod = fs.readFileSync(path.join(w, 'app', 'go.mod'), 'utf8');
    expect(goMod).toContain('go.opentelemetry.io/otel v1.1.0');
    expect(goMod).not.toContain(path.join(w, 'lib'));
  });
});
