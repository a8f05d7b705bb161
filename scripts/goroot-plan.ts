// The planner over a large real tree, for CI: the Go standard library and cmd from GOROOT (~2 million lines, the
// bench's corpus) are planned, nothing built, and every file the plan changes is written to a temporary directory
// where the real `gofmt -l` must list none (gofmt also fails on any syntax error). A planner that produces invalid
// Go, or Go that is not gofmt-clean, on any real file fails. With --prune, prune must also give every changed file
// back byte for byte (not yet so on this tree: see the comment there). The runtime library is taken from an import
// path that sorts before go.opentelemetry.io/otel, so that the order of the added imports is checked too.
//
// Without --subset the tree is planned in two parts, each in a child process of its own (cmd, then the standard
// library), so that peak memory stays within a CI runner's (one plan of the whole tree takes about 7.5 GB today).
//
// Usage: npx tsx scripts/goroot-plan.ts [--goroot DIR] [--subset fmt,net/http] [--rtlib PATH] [--prune] [--keep]
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { parseArgs } from 'util';
import { formatDiagnostic, InstrgenError } from '../src/diagnostics/diagnostic';
import { goRootFromGo } from '../src/stdlib/goroot';
import { nodeFileSystem } from '../src/load/fileSystem';
import { RunResult, runInject, runPrune } from '../src/pipeline';
import { stdlibCorpus } from './bench';

const RTLIB = 'go.opentelemetry.io/contrib/instrgen/rtlib';

function main(): number {
  const { values } = parseArgs({
    options: {
      goroot: { type: 'string' },
      subset: { type: 'string' },
      rtlib: { type: 'string', default: RTLIB },
      keep: { type: 'boolean', default: false },
      prune: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (!values.subset) return inParts(values.goroot ?? goRootFromGo(), process.argv.slice(2));
  const started = performance.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'instrgen-goroot-plan-'));
  const moduleDir = path.join(tmp, 'module');
  const outDir = path.join(tmp, 'out');
  fs.mkdirSync(moduleDir);
  try {
    const subset = values.subset
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const corpus = stdlibCorpus(values.goroot ?? goRootFromGo(), subset, moduleDir);
    // The copy's import paths are rewritten (and a few GOROOT files are not gofmt-clean to begin with): gofmt it
    // first, so that every file the plan changes is held to gofmt.
    const fmtIn = spawnSync('gofmt', ['-w', moduleDir], { encoding: 'utf8' });
    if (fmtIn.status !== 0) throw new Error(`gofmt -w ${moduleDir} failed: ${fmtIn.stderr}`);
    // The entry point imports the runtime library at the chosen path.
    const entry = path.join(moduleDir, 'cmd/benchmain/main.go');
    fs.writeFileSync(
      entry,
      fs.readFileSync(entry, 'utf8').replace('"instrgen.dev/rtlib"', JSON.stringify(values.rtlib)),
    );
    let result: RunResult | undefined;
    try {
      result = runInject({ fs: nodeFileSystem, cwd: moduleDir, patterns: ['./cmd/benchmain'] });
    } catch (e) {
      if (!(e instanceof InstrgenError)) throw e;
      for (const d of e.diagnostics) console.error(formatDiagnostic(d));
      console.error(`goroot-plan: the plan failed with ${e.diagnostics.length} diagnostics`);
      return 1;
    }
    const planned = performance.now();
    // The changed files before and after; only those gofmt-clean before must be after (all are, after gofmt -w,
    // unless gofmt leaves something it would change again).
    const inDir = path.join(tmp, 'in');
    for (const [file, text] of result.after) {
      for (const [dir, t] of [
        [outDir, text],
        [inDir, result.before.get(file)!],
      ]) {
        const to = path.join(dir, file);
        fs.mkdirSync(path.dirname(to), { recursive: true });
        fs.writeFileSync(to, t);
      }
    }
    const gofmt = spawnSync('gofmt', ['-l', outDir], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const gofmtIn = spawnSync('gofmt', ['-l', inDir], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const uncleanBefore = new Set(
      gofmtIn.stdout
        .split('\n')
        .filter(Boolean)
        .map((p) => path.relative(inDir, p)),
    );
    const unclean = gofmt.stdout
      .split('\n')
      .filter(Boolean)
      .map((p) => path.relative(outDir, p))
      .filter((f) => !uncleanBefore.has(f));
    const done = performance.now();
    const lines = result.module.files.reduce((n, f) => n + f.text.split('\n').length, 0);
    console.log(
      `goroot-plan: ${result.module.files.length} files (${lines.toLocaleString('en-US')} lines) planned in ${((planned - started) / 1000).toFixed(1)} s ` +
        `(corpus ${(corpus.prepareMs / 1000).toFixed(1)} s); ${result.reached.size} functions reached, ${result.after.size} files changed; ` +
        `gofmt -l ${((done - planned) / 1000).toFixed(1)} s (${uncleanBefore.size} of them not gofmt-clean before, not checked); ` +
        `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; plan digest ${planDigest(result)} (${result.diagnostics.length} diagnostics)`,
    );
    for (const r of [gofmt, gofmtIn])
      if (r.error || r.status !== 0 || r.stderr) {
        console.error(`goroot-plan: gofmt -l failed (${r.error?.message ?? `exit ${r.status}`}):\n${r.stderr}`);
        return 1;
      }
    if (unclean.length) {
      console.error(`goroot-plan: ${unclean.length} planned files are not gofmt-clean (gofmt -d shows how):`);
      for (const f of unclean) console.error(`  ${f}`);
      return 1;
    }
    if (!values.prune) return 0;
    // Prune gives every changed file back byte for byte: the outputs written over the copy, then pruned in memory.
    // (Opt-in: prune takes a closure the user wrote, `func() { f() }`, for an adapter once f gains the context.)
    const { before, after } = result;
    result = undefined; // the trees of the plan can go before prune parses the outputs
    for (const [file, text] of after) fs.writeFileSync(path.join(moduleDir, file), text);
    const pruneStarted = performance.now();
    const pruned = runPrune({ fs: nodeFileSystem, cwd: moduleDir, patterns: ['./...'] }).pruned;
    const notRestored = [...after.keys()].filter((f) => pruned.get(f) !== before.get(f));
    console.log(
      `goroot-plan: prune of the ${after.size} changed files ${((performance.now() - pruneStarted) / 1000).toFixed(1)} s, ${notRestored.length} not restored`,
    );
    if (notRestored.length) {
      console.error(`goroot-plan: prune did not restore ${notRestored.length} files byte for byte:`);
      for (const f of notRestored.slice(0, 50)) console.error(`  ${f}`);
      return 1;
    }
    return 0;
  } finally {
    if (values.keep) console.error(`goroot-plan: kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Plans cmd and the rest of GOROOT/src one after the other, each in a fresh process; fails if either fails. */
function inParts(goroot: string, args: string[]): number {
  const top = fs
    .readdirSync(path.join(goroot, 'src'), { withFileTypes: true })
    .filter(
      (e) =>
        e.isDirectory() &&
        e.name !== 'testdata' &&
        e.name !== 'cmd' &&
        !e.name.startsWith('.') &&
        !e.name.startsWith('_'),
    )
    .map((e) => e.name);
  let status = 0;
  for (const part of [['cmd'], top]) {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', __filename, ...args, '--goroot', goroot, '--subset', part.join(',')],
      { stdio: 'inherit' },
    );
    if (r.status !== 0) status = 1;
  }
  return status;
}

process.exitCode = main();

/** A SHA-256 of every planned file and every diagnostic, to compare runs (with and without INSTRGEN_WORKERS, say). */
function planDigest(result: RunResult): string {
  const h = createHash('sha256');
  for (const f of [...result.after.keys()].sort()) h.update(`${f}\0${result.after.get(f)}\0`);
  for (const d of result.diagnostics) h.update(`${formatDiagnostic(d)}\0`);
  return h.digest('hex').slice(0, 16);
}
