// The benchmark script runs end to end on tiny trees and prints its table and JSON. No timing is asserted here:
// speed and memory are shown by `npm run bench` as ratios measured in one run, never by timed tests.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

// One build (`--build DIR`) for the runs given it: the first of them compiles into DIR, the others use that build (the
// bench would otherwise compile src/ and itself for each).
let sharedBuild: string | undefined;
function sharedBuildDir(): string {
  return (sharedBuild ??= fs.mkdtempSync(path.join(os.tmpdir(), 'instrgen-bench-build-')));
}
afterAll(() => {
  if (sharedBuild) fs.rmSync(sharedBuild, { recursive: true, force: true });
});

function bench(args: string[]): { status: number | null; stdout: string; stderr: string; json: Record<string, any> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'instrgen-bench-test-'));
  const jsonFile = path.join(dir, 'bench.json');
  try {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'scripts', 'bench.ts'), ...args, '--json', jsonFile],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    const json = fs.existsSync(jsonFile) ? JSON.parse(fs.readFileSync(jsonFile, 'utf8')) : {};
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, json };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const PHASES = ['load', 'prune', 'parse', 'symbols', 'callgraph', 'plan', 'edit', 'check'];

interface TargetRow {
  target: string;
  figure: string;
  met?: boolean;
  why?: string;
}

/** The targets table's rows, as the report prints them. */
function targetLines(stdout: string, rows: TargetRow[]): string[] {
  return rows.map(
    (t) => `| ${t.target} | ${t.figure} | ${t.met === undefined ? `n/a: ${t.why}` : t.met ? 'met' : '**not met**'} |`,
  );
}

function expectTable(stdout: string, speedup = true): void {
  expect(stdout).toContain('| phase | parse-only floor | full pipeline | share of full | full / floor |');
  for (const row of [
    '| load |',
    '| prune |',
    '| parse |',
    '| symbols |',
    '| callgraph |',
    '| plan |',
    '| edit (layout) |',
    '| check (re-parse outputs) |',
    '| **total time** |',
    '| **peak RSS** |',
    '| peak JS heap |',
    '| GCs (pause total) |',
  ])
    expect(stdout).toContain(row);
  expect(stdout).toMatch(/\*\*Full pipeline \/ single-threaded parse-only floor: \d+\.\d\d×\*\*/);
  expect(stdout).toMatch(/load average \d+\.\d\d, /);
  // Parsing runs on worker threads: the report says how many, and the speed-up of N workers over 1 measured in the
  // same run (or that it was left out).
  expect(stdout).toContain('#### Workers (worker_threads)\n\nParsing and the compact-tree walk');
  if (speedup) {
    expect(stdout).toMatch(/\*\*Speed-up of \d+ workers over 1: \d+\.\d\d×\*\* \(median of the repetitions'/);
    expect(stdout).toMatch(/\| phase \| full, 1 worker \| full, \d+ workers \| 1 \/ \d+ \|/);
    expect(stdout).toMatch(
      /\| rep \| floor total \| full total \| full \/ floor \| floor peak RSS \| full peak RSS \| full, 1 worker \| 1 worker \/ full \|/,
    );
  } else expect(stdout).toContain('The run with INSTRGEN_WORKERS=1 was left out (--speedup off)');
  expect(stdout).toContain(
    '#### Targets (issue 10)\n\n| target | this run | met? |\n|---|---|---|\n| full pipeline ≤ 1.50×',
  );
}

/** The phases of a sample add up to its total: the split phases (prune, check) are carved out, not added. */
function expectPhasesSum(sample: { totalMs: number; phases: Array<{ phase: string; ms: number }> }): void {
  const sum = sample.phases.reduce((n, p) => n + p.ms, 0);
  expect(Math.abs(sum - sample.totalMs)).toBeLessThan(1);
  for (const p of sample.phases) expect(p.ms).toBeGreaterThanOrEqual(0);
}

test('synthetic corpus: the floor, the full pipeline and the full pipeline on one worker run; the table and the JSON report them', () => {
  // No --build: the bench compiles src/ and itself, and the children run that, as the instrgen command runs.
  // 70 files: more than the fewest the pipeline hands to its parse workers (MIN_FILES in src/parse/parallel.ts).
  const r = bench(['--corpus', 'synthetic', '--files', '70', '--funcs', '3', '--reps', '1']);
  expect({ status: r.status, stderr: r.status === 0 ? '' : r.stderr }).toEqual({ status: 0, stderr: '' });
  expectTable(r.stdout);
  const { floor, full, samples, ratios, workers, targets } = r.json;
  expect(floor.ok).toBe(true);
  expect(full.ok).toBe(true);
  expect(full.code).toBe('tsc');
  expect(r.stdout).toContain("The pipeline ran from tsc's output of src/, as the instrgen command runs.");
  // Floor, full pipeline with the default workers, and with one worker, in one repetition.
  expect(samples.map((s: { config: string }) => s.config)).toEqual(['floor', 'full', 'full1']);
  expect(workers.oneWorker.ok).toBe(true);
  expect(workers.n).toBeGreaterThanOrEqual(1);
  expect(workers.oneWorker.workers).toBe(1);
  expect(workers.oneWorker.phases.map((p: { phase: string }) => p.phase)).toEqual(PHASES);
  expect(workers.speedup).toBeCloseTo(workers.oneWorker.totalMs / full.totalMs, 6);
  expect(ratios.workersSpeedup).toBe(workers.speedup);
  // The targets are stated on std+cmd and x/tools: on a synthetic tree they are shown, not judged.
  expect(targets.map((t: TargetRow) => [t.met, t.why])).toEqual([
    [undefined, 'the targets are stated on std+cmd and x/tools'],
    [undefined, 'the targets are stated on std+cmd and x/tools'],
  ]);
  for (const line of targetLines(r.stdout, targets)) expect(r.stdout).toContain(line);
  // The floor reads exactly the files the pipeline loads (70 generated files and the entry point).
  expect(floor.files).toBe(71);
  expect(full.files).toBe(floor.files);
  expect(full.lines).toBe(floor.lines);
  expect(full.phases.map((p: { phase: string }) => p.phase)).toEqual(PHASES);
  for (const s of samples) expectPhasesSum(s);
  // Every file is parsed, and every output parsed again, on the workers here (70 files are enough for them); with
  // fewer the outputs are parsed again on this thread, in the check phase (the x/tools test below).
  expect(full.filesOnWorkers).toBe(full.files + full.counts.filesChanged);
  // Peak RSS is the child's own, and larger than the RSS it started the clock with.
  for (const s of samples) expect(s.peakRssMb).toBeGreaterThanOrEqual(s.startRssMb);
  expect(full.gcCount).toBeGreaterThanOrEqual(0);
  expect(full.counts.roots).toBe(1);
  // Every generated function is reached through the chain of calls from the entry point.
  expect(full.counts.reached).toBeGreaterThanOrEqual(70 * 3);
  // CPU by kind of thread, each phase (Linux): the parse workers did work, and the bound the report states is the
  // workers' CPU in parse and edit over the cores, over the floor's time.
  if (process.platform === 'linux') {
    expect(full.filesOnWorkers).toBeGreaterThan(0);
    const cpu = (phase: string) => full.phases.find((p: { phase: string }) => p.phase === phase).cpu;
    for (const phase of PHASES.filter((p) => p !== 'check')) {
      const c = cpu(phase);
      expect([c.main, c.workers, c.helpers].every((x: number) => x >= 0)).toBe(true);
    }
    const all = PHASES.filter((p) => p !== 'check').reduce(
      (n, p) => n + cpu(p).main + cpu(p).workers + cpu(p).helpers,
      0,
    );
    expect(all).toBeGreaterThan(0);
    expect(PHASES.reduce((n, p) => n + (cpu(p)?.workers ?? 0), 0)).toBeGreaterThan(0);
    const cores = r.json.cpus;
    expect(ratios.twoParsesBound).toBeCloseTo(
      (cpu('parse').workers + cpu('edit').workers) / cores / (floor.totalMs / 1000),
      6,
    );
    expect(ratios.cpuBound).toBeCloseTo(all / cores / (floor.totalMs / 1000), 6);
    expect(r.stdout).toContain('#### CPU by thread (full pipeline)');
    expect(r.stdout).toContain(`those two parses alone take at least ${ratios.twoParsesBound.toFixed(2)}× the floor`);
  }
  for (const k of ['time', 'peakRss', 'peakHeap']) expect(ratios[k]).toBeGreaterThan(0);
});

const goroot = (() => {
  const r = spawnSync('go', ['env', 'GOROOT'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '';
})();
const withStdlib = goroot && fs.existsSync(path.join(goroot, 'src', 'sort')) ? test : test.skip;

withStdlib('stdlib corpus subset: imports resolve inside the copied tree and the entry point reaches into it', () => {
  const r = bench([
    '--corpus',
    'stdlib',
    '--subset',
    'sort,container',
    '--reps',
    '1',
    '--speedup',
    'off',
    '--build',
    sharedBuildDir(),
  ]);
  expect({ status: r.status, stderr: r.status === 0 ? '' : r.stderr }).toEqual({ status: 0, stderr: '' });
  expectTable(r.stdout, false);
  const { corpus, full, samples, workers, targets } = r.json;
  expect(corpus.entryCalls).toEqual(['sort.Strings']);
  expect(full.ok).toBe(true);
  expect(full.counts.reached).toBeGreaterThan(1);
  // --speedup off: no one-worker run.
  expect(samples.map((s: { config: string }) => s.config)).toEqual(['floor', 'full']);
  expect(workers).toBeUndefined();
  // A subset is not the tree the targets are stated on: each target is shown with its figure, not judged.
  expect(targets.map((t: TargetRow) => t.target)).toEqual([
    'full pipeline ≤ 1.50× the single-threaded parse-only floor (Go std+cmd)',
    'peak RSS ≤ 1,536 MB (Go std+cmd)',
    'both cores used: N ≥ 2 parse workers, faster than 1 worker (Go std+cmd)',
  ]);
  expect(targets.map((t: TargetRow) => t.why)).toEqual(['a subset of std+cmd', 'a subset of std+cmd', 'not measured']);
  expect(targets[1].figure).toBe(`${Math.round(full.peakRssMb)} MB`);
  for (const line of targetLines(r.stdout, targets)) expect(r.stdout).toContain(line);
});

/** A tree shaped like golang.org/x/tools: two commands under cmd/ calling a library package. */
function tinyXtools(): string {
  const src = fs.mkdtempSync(path.join(os.tmpdir(), 'instrgen-bench-xtools-'));
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(src, rel)), { recursive: true });
    fs.writeFileSync(path.join(src, rel), text);
  };
  write('go.mod', 'module golang.org/x/tools\n\ngo 1.18\n');
  write(
    'lib/lib.go',
    'package lib\n\n// Twice doubles.\nfunc Twice(x int) int {\n\treturn helper(x) * 2\n}\n\nfunc helper(x int) int {\n\treturn x\n}\n',
  );
  write('cmd/one/main.go', 'package main\n\nimport "golang.org/x/tools/lib"\n\nfunc main() {\n\t_ = lib.Twice(1)\n}\n');
  write('cmd/two/two.go', 'package main\n\nimport "golang.org/x/tools/lib"\n\nfunc main() {\n\t_ = lib.Twice(2)\n}\n');
  // Not entry points: a test's main package, and testdata (which the loader skips).
  write('cmd/two/two_test.go', 'package main\n\nimport "testing"\n\nfunc TestTwo(t *testing.T) {}\n');
  write('cmd/two/testdata/x.go', 'package main\n\nfunc main() {}\n');
  return src;
}

test('x/tools corpus: a tree shaped like golang.org/x/tools gets //instrgen:entry on its cmd/ mains, and both runs see it', () => {
  const src = tinyXtools();
  try {
    // --tsx: the sources through tsx, as before the bench compiled them (quicker to start while changing the code).
    const r = bench(['--corpus', 'xtools', '--xtools', src, '--reps', '1', '--tsx']);
    expect({ status: r.status, stderr: r.status === 0 ? '' : r.stderr }).toEqual({ status: 0, stderr: '' });
    expectTable(r.stdout);
    const { corpus, floor, full, targets } = r.json;
    expect(full.code).toBe('tsx');
    expect(r.stdout).toContain(
      'The pipeline ran from the sources through tsx (--tsx), not as the instrgen command runs.',
    );
    expect(corpus.entryCalls).toEqual(['cmd/one/main.go:main', 'cmd/two/two.go:main']);
    // Another tree than Debian's x/tools: the targets are shown, not judged.
    expect(targets).toHaveLength(3);
    for (const t of targets) expect(t.why).toBe(`not /usr/share/gocode/src/golang.org/x/tools`);
    expect(targets[1].target).toBe('peak RSS ≤ 300 MB (x/tools)');
    expect(floor.files).toBe(4);
    expect(full.files).toBe(4);
    expect(full.counts.roots).toBe(2);
    // main, main, Twice, helper.
    expect(full.counts.reached).toBe(4);
    // Four files are too few for the workers: every output is parsed again on this thread, in the check phase.
    expect(full.filesOnWorkers).toBe(0);
    expect(full.phases.find((p: { phase: string }) => p.phase === 'check').ms).toBeGreaterThan(0);
    // The source tree itself is left as it was.
    expect(fs.readFileSync(path.join(src, 'cmd/one/main.go'), 'utf8')).not.toContain('instrgen:entry');
  } finally {
    fs.rmSync(src, { recursive: true, force: true });
  }
});

test('a profiled run (--reps 0 --profile): hot spots in src/ by function and line, mapped back to the TypeScript', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'instrgen-bench-profile-test-'));
  try {
    const profile = path.join(dir, 'full.cpuprofile');
    const r = bench([
      '--corpus',
      'synthetic',
      '--files',
      '20',
      '--funcs',
      '20',
      '--reps',
      '0',
      '--profile',
      profile,
      '--build',
      sharedBuildDir(),
    ]);
    expect({ status: r.status, stderr: r.status === 0 ? '' : r.stderr }).toEqual({ status: 0, stderr: '' });
    expect(fs.existsSync(profile)).toBe(true);
    const spots = r.json.hotSpots;
    // The child runs the build, yet each place is named by its source: src/[<phase>/]<file>.ts:<line>.
    for (const list of [spots.srcSelf, spots.srcInclusive, spots.srcLines]) {
      expect(list.length).toBeGreaterThan(0);
      for (const h of list) expect(h.where).toMatch(/^src\/([a-z]+\/)?[A-Za-z]+\.ts:(\d+|\?)$/);
    }
    expect(spots.srcInclusive.map((h: { fn: string }) => h.fn)).toContain('runInject');
    expect(r.stdout).toContain('#### Hot spots (one profiled full run');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('growth curve: one full run per size, time and memory per function, and the largest-to-smallest ratios', () => {
  const r = bench(['--corpus', 'curve', '--curve', '30,90', '--funcs', '3', '--build', sharedBuildDir()]);
  expect({ status: r.status, stderr: r.status === 0 ? '' : r.stderr }).toEqual({ status: 0, stderr: '' });
  expect(r.stdout).toContain(
    '| functions | files | lines | full pipeline | µs / function | peak RSS | KB RSS / function |',
  );
  expect(r.stdout).toMatch(/per function \(target ≤ 1\.30×\): time \d+\.\d\d×, RSS -?\d+\.\d\d×, JS heap -?\d+\.\d\d×/);
  const { points, ratios, targets } = r.json;
  // The target is stated on 1 k and 100 k functions: other sizes are shown, not judged.
  expect(targets.map((t: TargetRow) => [t.target, t.met, t.why])).toEqual(
    ['time', 'memory (peak RSS above the start)'].map((what) => [
      `linear growth: ${what} per function at 100 k functions ≤ 1.30× that at 1 k (synthetic)`,
      undefined,
      "a curve of 30 to 90 functions (the target's: 1,000 to 100,000)",
    ]),
  );
  expect(r.stdout).toContain('#### Targets (issue 10)');
  for (const line of targetLines(r.stdout, targets)) expect(r.stdout).toContain(line);
  // Three functions a file, and the entry point's file.
  expect(points.map((p: { requested: number; files: number }) => [p.requested, p.files])).toEqual([
    [30, 11],
    [90, 31],
  ]);
  // The generator writes about as many functions as asked for (plus one method a file and main), all analyzed.
  expect(points[0].functions).toBeGreaterThanOrEqual(30);
  expect(points[1].functions).toBeGreaterThan(2.5 * points[0].functions);
  for (const p of points) {
    expect(p.sample.ok).toBe(true);
    expect(p.sample.counts.reached).toBeGreaterThanOrEqual(p.requested);
    expect(p.msPerFunction).toBeGreaterThan(0);
  }
  expect(ratios.time).toBeCloseTo(points[1].msPerFunction / points[0].msPerFunction, 6);
});

withStdlib('--corpus all: the stdlib, x/tools and curve reports one after the other, each with its own JSON', () => {
  const src = tinyXtools();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'instrgen-bench-all-test-'));
  try {
    const json = path.join(dir, 'b.json');
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(ROOT, 'scripts', 'bench.ts'),
        '--corpus',
        'all',
        '--subset',
        'sort',
        '--xtools',
        src,
        '--curve',
        '30,60',
        '--funcs',
        '3',
        '--reps',
        '1',
        '--json',
        json,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect({ status: r.status, stderr: r.status === 0 ? '' : r.stderr }).toEqual({ status: 0, stderr: '' });
    const headings = r.stdout.split('\n').filter((l) => l.startsWith('### '));
    expect(headings).toEqual([
      '### instrgen benchmark: stdlib corpus',
      '### instrgen benchmark: xtools corpus',
      '### instrgen benchmark: growth curve (synthetic corpus)',
      '### instrgen benchmark: targets (issue 10), all from this run',
    ]);
    // The last table holds every corpus's targets, from the JSON each wrote, and says how many were met.
    const all = JSON.parse(fs.readFileSync(json, 'utf8'));
    expect(all.corpora).toEqual(['stdlib', 'xtools', 'curve']);
    expect(all.targets).toHaveLength(3 + 3 + 2);
    const summary = r.stdout.slice(r.stdout.indexOf('### instrgen benchmark: targets'));
    for (const line of targetLines(summary, all.targets)) expect(summary).toContain(line);
    expect(summary).toMatch(
      /0 of 0 targets met\. Bench wall time [\d.]+ m?s; load average before \d+\.\d\d, .*, after \d+\.\d\d, /,
    );
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'b.stdlib.json'), 'utf8')).corpus.entryCalls).toEqual([
      'sort.Strings',
    ]);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'b.xtools.json'), 'utf8')).full.counts.roots).toBe(2);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'b.curve.json'), 'utf8')).points).toHaveLength(2);
  } finally {
    fs.rmSync(src, { recursive: true, force: true });
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a wrapped export that is gone is reported, not fatal: the run goes on without that split', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'instrgen-bench-wrap-'));
  try {
    const file = path.join(dir, 'm.js');
    fs.writeFileSync(file, 'exports.kept = (x) => x + 1;\n');
    // scripts/ is outside tsc's rootDir: the script's wrapExport runs in a child under tsx.
    const code = `
      const { wrapExport } = require(${JSON.stringify(path.join(ROOT, 'scripts', 'bench.ts'))});
      const file = ${JSON.stringify(file)};
      console.log(JSON.stringify([
        wrapExport(undefined, 'src/load/module', 'loadModule', (f) => f),
        wrapExport(file, 'src/m', 'renamed', (f) => f),
        wrapExport(file, 'src/m', 'kept', (f) => (x) => f(x) * 10) ?? null,
        require(file).kept(1),
      ]));`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', code], { cwd: ROOT, encoding: 'utf8' });
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    // Modules that require the file afterwards get the wrapped function.
    expect(JSON.parse(r.stdout)).toEqual(['src/load/module is gone', 'src/m exports no function renamed', null, 20]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('plan digest: the same tree gives the same digest, and a changed output is named', () => {
  const src = tinyXtools();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'instrgen-plan-digest-test-'));
  const digest = (...args: string[]) =>
    spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(ROOT, 'scripts', 'plan-digest.ts'),
        '--xtools',
        src,
        '--file',
        path.join(dir, 'plan.json'),
        ...args,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
  try {
    const w = digest('--write');
    expect({ status: w.status, stderr: w.stderr }).toEqual({ status: 0, stderr: '' });
    const written = JSON.parse(fs.readFileSync(path.join(dir, 'plan.json'), 'utf8'));
    // Both commands and the library change (a context parameter, spans); each digest is a SHA-256.
    expect(Object.keys(written.files)).toEqual(['cmd/one/main.go', 'cmd/two/two.go', 'lib/lib.go']);
    for (const h of Object.values(written.files)) expect(h).toMatch(/^[0-9a-f]{64}$/);
    const same = digest('--check');
    expect({ status: same.status, stdout: same.stdout }).toEqual({
      status: 0,
      stdout: expect.stringContaining('is the same as at'),
    });
    // A different input gives a different plan for that file: the check names it and fails.
    fs.writeFileSync(
      path.join(src, 'lib/lib.go'),
      fs.readFileSync(path.join(src, 'lib/lib.go'), 'utf8').replace('return x\n', 'return x + 1\n'),
    );
    const changed = digest('--check');
    expect(changed.status).toBe(1);
    expect(changed.stdout).toContain('lib/lib.go: different output');
    expect(changed.stdout).not.toContain('cmd/one/main.go');
  } finally {
    fs.rmSync(src, { recursive: true, force: true });
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
