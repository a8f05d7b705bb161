// The benchmark script runs end to end on tiny trees and prints its table and JSON. No timing is asserted here:
// speed and memory are shown by `npm run bench` as ratios measured in one run, never by timed tests.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');

function bench(args: string[]): { status: number | null; stdout: string; stderr: string; json: Record<string, any> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'instrgen-bench-test-'));
  const jsonFile = path.join(dir, 'bench.json');
  try {
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'bench.ts'), ...args, '--json', jsonFile], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const json = fs.existsSync(jsonFile) ? JSON.parse(fs.readFileSync(jsonFile, 'utf8')) : {};
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, json };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function expectTable(stdout: string): void {
  expect(stdout).toContain('| | parse-only floor | full pipeline | full / floor |');
  for (const row of ['| parse |', '| symbols |', '| callgraph |', '| plan |', '| edit |', '| **total time** |', '| **peak RSS** |', '| peak JS heap |'])
    expect(stdout).toContain(row);
}

test('synthetic corpus: both configurations run, the table and the JSON report them', () => {
  const r = bench(['--corpus', 'synthetic', '--files', '12', '--funcs', '3', '--reps', '1']);
  expect({ status: r.status, stderr: r.status === 0 ? '' : r.stderr }).toEqual({ status: 0, stderr: '' });
  expectTable(r.stdout);
  const { floor, full, samples, ratios } = r.json;
  expect(floor.ok).toBe(true);
  expect(full.ok).toBe(true);
  expect(samples).toHaveLength(2);
  // The floor reads exactly the files the pipeline loads (12 generated files and the entry point).
  expect(floor.files).toBe(13);
  expect(full.files).toBe(floor.files);
  expect(full.lines).toBe(floor.lines);
  expect(full.phases.map((p: { phase: string }) => p.phase)).toEqual(['load', 'parse', 'symbols', 'callgraph', 'plan', 'edit']);
  expect(full.counts.roots).toBe(1);
  // Every generated function is reached through the chain of calls from the entry point.
  expect(full.counts.reached).toBeGreaterThanOrEqual(12 * 3);
  for (const k of ['time', 'peakRss', 'peakHeap']) expect(ratios[k]).toBeGreaterThan(0);
});

const goroot = (() => {
  const r = spawnSync('go', ['env', 'GOROOT'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '';
})();
const withStdlib = goroot && fs.existsSync(path.join(goroot, 'src', 'sort')) ? test : test.skip;

withStdlib('stdlib corpus subset: imports resolve inside the copied tree and the entry point reaches into it', () => {
  const r = bench(['--corpus', 'stdlib', '--subset', 'sort,container', '--reps', '1']);
  expect({ status: r.status, stderr: r.status === 0 ? '' : r.stderr }).toEqual({ status: 0, stderr: '' });
  expectTable(r.stdout);
  const { corpus, full } = r.json;
  expect(corpus.entryCalls).toEqual(['sort.Strings']);
  expect(full.ok).toBe(true);
  expect(full.counts.reached).toBeGreaterThan(1);
});
