// The benchmark: instrgen's full inject pipeline against a parse-only floor (read + tree-sitter's parse of every file,
// single-threaded, no tree walk) on large Go trees, measured in one run as ratios (machines are noisy; timed tests are
// not allowed), with each target of issue 10 and whether this run met it. Every measured configuration runs in a
// fresh child process (`--expose-gc --trace-gc`) so that memory peaks are its own, and the repetitions are interleaved
// (floor, full, full on one worker, then rotated) so that drift hits all alike.
//
// Usage: npx tsx scripts/bench.ts [--corpus all|stdlib|xtools|synthetic|curve] [--subset fmt,net/http,...] [--reps N]
//          [--json out.json] [--out report.md] [--speedup on|off]
//          [--files 500 --funcs 20]   (synthetic corpus size)
//          [--curve 1000,10000,100000] (curve corpus: synthetic modules of these many functions, one full run each)
//          [--profile out.cpuprofile] (after the reps, one profiled full run: hot spots in src/ by file:line)
//          [--heap-mb N] [--goroot DIR] [--xtools DIR] [--keep]
//          [--build DIR | --tsx]   (the code measured: see below)
//
// Without --corpus it is `all`: std+cmd, x/tools and the growth curve one after the other (each its own process), one
// report ending with the targets table; --json writes one file each (out.stdlib.json, ...) and out.json, the targets.
// Repetitions default to 1 on std+cmd (2.2 minutes at load ~2 on 2 cores, 8.4 at load ~17; the whole default run
// took 3.6 and 14.8) and 3 elsewhere; --reps sets all.
// On the floor's corpora the full pipeline runs twice a repetition: with the default parse workers (N, see
// src/parse/parallel.ts) and with INSTRGEN_WORKERS=1, for the speed-up of N workers over 1 (--speedup off: N only).
//
// The stdlib corpus is `$(go env GOROOT)/src` (std, cmd and their vendored packages: ~2 million lines) copied into
// a temporary module `bench.instrgen.dev/std`: vendor/ directories become vendored/ (instrgen skips vendor/, as the
// go command does), nested go.mod files are dropped, and import paths of packages in the tree get the module prefix,
// so that calls between packages resolve. cmd/benchmain/main.go is added as the entry point: it calls
// rtlib.AutotelEntryPoint() and then exported functions of big packages (fmt, net/http, go/types, the compiler, ...).
//
// The xtools corpus is the whole golang.org/x/tools module of Debian's golang-golang-x-tools-dev (scripts/install-xtools.sh)
// copied as it is, with `//instrgen:entry` above `func main()` in every main package under cmd/. The curve corpus
// measures growth: time and memory per function of the full pipeline on synthetic modules of growing size.
//
// The measured children run the pipeline as the instrgen command does, from tsc's output of src/, and are themselves
// tsc's output of this script, so that no tsx runs in them: src/ and this script are compiled into the bench's
// temporary directory first (~8 s; --build DIR: into DIR, or DIR's build as it is when it has one). From the sources
// through tsx (--tsx, quicker to start while changing the code) every worker thread registers tsx and compiles the
// parse modules again, which cost x/tools `instrgen --check` 8-14 % more time and 28-45 MB more peak RSS (3 pairs),
// and tsx's loader thread adds ~33 MB to the RSS of every child, the floor's too.
//
// Peak RSS is the kernel's high-water mark of the measured child alone, read by /usr/bin/time -v when present (time
// is a small process, so the mark is not inflated by the parent's pages copied at fork, which process.resourceUsage()
// after exec would count), else process.resourceUsage().maxRSS. Worker threads are part of the child, so their memory
// counts. Phases come from the pipeline's onPhase (runInject is the one entry point the bench needs); it splits two of
// them by wrapping exports of src/ in the child, and says in the report when one of those is gone (renamed, moved):
// `load` ends when loadModule returns (the rest is prune), and `check` is the time of parseGoFiles, parseGo and
// parseGoAround calls made on this thread during the edit phase (the re-parse of outputs that the workers do, for the
// layout step, counts under edit).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { findSourceMap } from 'module';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { parseArgs } from 'util';

// The project's root. A child run from a build (compiledBuild) is told it: its own directory is the build's.
const ROOT = process.env.INSTRGEN_BENCH_ROOT ?? path.resolve(__dirname, '..');
const MODULE = 'bench.instrgen.dev/std';
const SYNTH_MODULE = 'bench.instrgen.dev/synth';
const MB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------------------------
// Results of one child run.

interface PhaseTime {
  phase: string;
  ms: number;
  /** Resident set and JS heap when the phase ended (before any forced GC). */
  rssMb?: number;
  heapMb?: number;
  /** CPU seconds the phase took on each kind of thread (Linux; see ThreadCpu). */
  cpu?: ThreadCpu;
}

/**
 * CPU seconds by kind of thread, from /proc/self/task: the main thread; the threads started after the clock started,
 * which are the pipeline's parse workers (src/parse/parallel.ts; node starts no other thread on its own then); and the
 * threads there before it, V8's and node's helpers, where the optimizing compiler and the collector's concurrent and
 * parallel work run.
 */
interface ThreadCpu {
  main: number;
  workers: number;
  helpers: number;
}

/** CPU seconds each thread of this process has used so far, by thread id; empty where there is no /proc. */
function threadCpuSeconds(): Map<number, number> {
  const out = new Map<number, number>();
  let tids: string[];
  try {
    tids = fs.readdirSync('/proc/self/task');
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // After the command name in parentheses: state is field 3, utime and stime (clock ticks, 100 a second on Linux)
      // fields 14 and 15.
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(tid), (Number(f[11]) + Number(f[12])) / 100);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return out;
}

/** What each kind of thread spent between two snapshots; undefined without /proc. */
function threadCpuBetween(
  from: Map<number, number>,
  to: Map<number, number>,
  before: ReadonlySet<number>,
): ThreadCpu | undefined {
  if (!to.size) return undefined;
  const cpu: ThreadCpu = { main: 0, workers: 0, helpers: 0 };
  for (const [tid, s] of to) {
    const d = s - (from.get(tid) ?? 0);
    if (tid === process.pid) cpu.main += d;
    else if (before.has(tid)) cpu.helpers += d;
    else cpu.workers += d;
  }
  return cpu;
}

/**
 * A measured configuration: the parse-only floor, the full pipeline with the default parse workers, and the full
 * pipeline with INSTRGEN_WORKERS=1 (for the speed-up of N workers over 1).
 */
type Config = 'floor' | 'full' | 'full1';

interface RunSample {
  config: Config;
  rep: number;
  ok: boolean;
  error?: string;
  files: number;
  lines: number;
  bytes: number;
  phases: PhaseTime[];
  totalMs: number;
  /** Kernel peak resident set of the child: /usr/bin/time -v when present, else process.resourceUsage().maxRSS. */
  peakRssMb: number;
  /** Where peakRssMb comes from. */
  peakRssSource?: 'time -v' | 'maxRSS';
  /** The code the pipeline ran: tsc's output of src/ (as `npm run build` ships it), or the sources through tsx. */
  code?: 'tsc' | 'tsx';
  /** RSS when the clock started (modules loaded, nothing read): subtracted for memory per function. */
  startRssMb?: number;
  /** JS heap when the clock started. */
  startHeapMb?: number;
  /** Highest JS heap seen: before any GC (--trace-gc) or at a phase boundary. */
  peakHeapMb: number;
  /** JS heap after a forced GC at the end, with every result still referenced. */
  retainedHeapMb: number;
  /** RSS at the end after the forced GC: native tree-sitter trees live outside the JS heap. */
  endRssMb: number;
  /** Collections (and their pauses) while the clock ran, from --trace-gc. */
  gcCount: number;
  gcMs: number;
  /** The clock's start and end in --trace-gc's time base. */
  clockInTraceMs?: [number, number];
  counts?: Record<string, number>;
  /** Parse worker threads the pipeline used (its parseWorkerCount()), when the child could ask. */
  workers?: number;
  /** Files parsed on worker threads during the run, when the child could ask. */
  filesOnWorkers?: number;
  /** What the child could not measure because an export of src/ it wraps or reads is gone. */
  notes?: string[];
}

// ---------------------------------------------------------------------------------------------------------------
// Child side: one measured configuration.

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return text.length && !text.endsWith('\n') ? n + 1 : n;
}

/** The floor's own reader, independent of src/load: the same files the loader takes (it skips the same directories). */
function readGoFiles(root: string): Array<{ path: string; text: string }> {
  const out: Array<{ path: string; text: string }> = [];
  const walk = (rel: string) => {
    const abs = rel ? path.join(root, rel) : root;
    const entries = fs
      .readdirSync(abs, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries)
      if (e.isFile() && e.name.endsWith('.go') && !e.name.startsWith('_') && !e.name.startsWith('.'))
        out.push({ path: rel ? `${rel}/${e.name}` : e.name, text: fs.readFileSync(path.join(abs, e.name), 'utf8') });
    for (const e of entries) {
      if (
        !e.isDirectory() ||
        e.name === 'vendor' ||
        e.name === 'testdata' ||
        e.name.startsWith('_') ||
        e.name.startsWith('.')
      )
        continue;
      const sub = rel ? `${rel}/${e.name}` : e.name;
      if (fs.existsSync(path.join(root, sub, 'go.mod'))) continue;
      walk(sub);
    }
  };
  walk('');
  return out;
}

function heapMb(): number {
  return process.memoryUsage().heapUsed / MB;
}

/**
 * The floor's parser: tree-sitter and tree-sitter-go straight from node_modules, configured as src/parse configures
 * them (a buffer larger than the text, a leading byte-order mark parsed as a space), so that the floor stays tree-sitter's
 * parse alone whatever src/ becomes.
 */
function floorParser(): (text: string) => { tree: unknown; hasError: boolean } {
  type TreeSitter = typeof import('tree-sitter');
  const Parser = require('tree-sitter') as TreeSitter;
  const parser = new Parser();
  parser.setLanguage(require('tree-sitter-go') as import('tree-sitter').Language);
  return (text) => {
    const input = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
    const tree = parser.parse(input, undefined, { bufferSize: Math.max(32 * 1024, input.length * 2 + 1024) });
    return { tree, hasError: tree.rootNode.hasError };
  };
}

async function childMain(
  config: Config,
  dir: string,
  out: string,
  rep: number,
  profile?: string,
  dist?: string,
): Promise<void> {
  const phases: Array<{ phase: string; start: number; rssMb: number; heapMb: number; cpu: Map<number, number> }> = [];
  let peakHeap = heapMb();
  // A phase starts when it is marked; reading the memory then is part of the phase before it.
  const mark = (phase: string) => {
    const start = performance.now();
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed / MB);
    phases.push({ phase, start, rssMb: m.rss / MB, heapMb: m.heapUsed / MB, cpu: threadCpuSeconds() });
  };
  const notes: string[] = [];
  const sample: RunSample = {
    config,
    rep,
    ok: true,
    files: 0,
    lines: 0,
    bytes: 0,
    phases: [],
    totalMs: 0,
    peakRssMb: 0,
    code: dist ? 'tsc' : 'tsx',
    peakHeapMb: 0,
    retainedHeapMb: 0,
    endRssMb: 0,
    gcCount: 0,
    gcMs: 0,
    notes,
  };
  let keep: unknown;
  // Modules are loaded before the clock starts: the floor needs only the parser, the pipeline everything. A profiled
  // run loads tsc's output (`dist`) instead of tsx's: tsx emits each module on one line, so that line ticks are lost.
  const srcFile = (rel: string): string | undefined => {
    try {
      return dist ? require.resolve(path.join(dist, `${rel}.js`)) : require.resolve(`../src/${rel}`);
    } catch {
      return undefined;
    }
  };
  // The split phases (see the header): installed before the pipeline's modules are loaded, so that they import the
  // wrapped functions. parse/parallel is wrapped after parse/parse, so that it imports the wrapped parseGo; a parseGo
  // inside parseGoFiles (few files, or no workers) is counted once.
  let phase = '';
  let checkMs = 0;
  let inCheck = 0;
  const timedInEdit =
    (f: (...a: unknown[]) => unknown) =>
    (...a: unknown[]) => {
      if (phase !== 'edit' || inCheck) return f(...a);
      inCheck++;
      const t = performance.now();
      try {
        return f(...a);
      } finally {
        inCheck--;
        checkMs += performance.now() - t;
      }
    };
  let split = { prune: false, check: false };
  let parallel: string | undefined;
  const fullPipeline = config !== 'floor';
  if (fullPipeline) {
    type Fn = (...a: unknown[]) => unknown;
    const noPrune = wrapExport<Fn>(srcFile('load/module'), 'src/load/module', 'loadModule', (f) => (...a) => {
      const r = f(...a);
      mark('prune');
      return r;
    });
    const noParseGo = wrapExport(srcFile('parse/parse'), 'src/parse/parse', 'parseGo', timedInEdit);
    // The edit phase re-parses its outputs into partial trees (parseGoAround) where it parses on this thread; older
    // commits have no such export, and parseGo was theirs.
    wrapExport(srcFile('parse/parse'), 'src/parse/parse', 'parseGoAround', timedInEdit);
    parallel = srcFile('parse/parallel');
    const noParseGoFiles = wrapExport(parallel, 'src/parse/parallel', 'parseGoFiles', timedInEdit);
    split = { prune: !noPrune, check: !noParseGo || !noParseGoFiles };
    if (noPrune) notes.push(`no load/prune split: ${noPrune}`);
    if (noParseGo && noParseGoFiles) notes.push(`no edit/check split: ${noParseGo}; ${noParseGoFiles}`);
    else if (noParseGo || noParseGoFiles)
      notes.push(`check counts only part of the outputs' re-parse: ${noParseGo ?? noParseGoFiles}`);
  }
  // The V8 settings the instrgen command sets for itself (src/cli/v8Tuning.ts), before the pipeline's code first runs.
  const tuningFile = fullPipeline ? srcFile('cli/v8Tuning') : undefined;
  const tuneV8 = tuningFile ? (require(tuningFile) as Record<string, unknown>).tuneV8 : undefined;
  if (typeof tuneV8 === 'function') tuneV8();
  else if (fullPipeline) notes.push('src/cli/v8Tuning has no tuneV8: the pipeline ran with V8 defaults');
  const pipelineFile = fullPipeline ? srcFile('pipeline') : undefined;
  const fsFile = fullPipeline ? srcFile('load/fileSystem') : undefined;
  if (fullPipeline && (!pipelineFile || !fsFile))
    throw new Error(
      `bench: no ${pipelineFile ? 'src/load/fileSystem' : 'src/pipeline'} module to run the pipeline with`,
    );
  const runInject = pipelineFile ? (require(pipelineFile) as Record<string, unknown>).runInject : undefined;
  const nodeFileSystem = fsFile ? (require(fsFile) as Record<string, unknown>).nodeFileSystem : undefined;
  if (fullPipeline && (typeof runInject !== 'function' || !nodeFileSystem))
    throw new Error(
      'bench: src/pipeline no longer exports runInject, or src/load/fileSystem nodeFileSystem: the bench runs the pipeline through them',
    );
  const parseFloor = fullPipeline ? undefined : floorParser();
  let session: import('inspector').Session | undefined;
  if (profile) session = await startProfiler();
  sample.startRssMb = process.memoryUsage().rss / MB;
  sample.startHeapMb = heapMb();
  // The threads there before the clock starts are node's and V8's; those started after it, the parse workers.
  const cpuAtStart = threadCpuSeconds();
  const threadsBefore = new Set(cpuAtStart.keys());
  const t0 = performance.now();
  try {
    if (!fullPipeline) {
      mark('read');
      const files = readGoFiles(dir);
      mark('parse');
      const trees = files.map((f) => parseFloor!(f.text));
      const end = performance.now();
      keep = { files, trees };
      sample.totalMs = end - t0;
      mark('');
      phases[0].start = t0;
      phases[0].cpu = cpuAtStart;
      phases[phases.length - 1].start = end;
      sample.files = files.length;
      for (const f of files) {
        sample.lines += countLines(f.text);
        sample.bytes += Buffer.byteLength(f.text);
      }
      sample.counts = { syntaxErrorFiles: trees.filter((t) => t.hasError).length };
    } else {
      const started = performance.now();
      const result = (runInject as (o: object) => unknown)({
        fs: nodeFileSystem,
        cwd: dir,
        patterns: ['./...'],
        onPhase: (p: string) => {
          phase = p;
          mark(p);
        },
      });
      const end = performance.now();
      keep = result;
      sample.totalMs = end - started;
      mark('');
      // The phases cover the clock: the call into runInject before its first phase counts in that phase.
      phases[0].start = started;
      phases[0].cpu = cpuAtStart;
      phases[phases.length - 1].start = end;
      sample.counts = resultCounts(result, notes, fullPipeline ? srcFile('callgraph/graph') : undefined);
      const files = (result as { module?: { files?: Array<{ text: string }> } }).module?.files;
      if (files) {
        sample.files = files.length;
        for (const f of files) {
          sample.lines += countLines(f.text);
          sample.bytes += Buffer.byteLength(f.text);
        }
      } else notes.push('the result has no module.files: files and lines not counted');
    }
  } catch (e) {
    sample.ok = false;
    const err = e as Error & {
      diagnostics?: Array<{ code: string; message: string; pos?: { file: string; line: number } }>;
    };
    sample.error = err.diagnostics
      ? `${err.diagnostics.length} diagnostics, first: ` +
        err.diagnostics
          .slice(0, 5)
          .map((d) => `${d.pos ? `${d.pos.file}:${d.pos.line}: ` : ''}${d.code} ${d.message}`)
          .join(' | ')
      : String(err.stack ?? err);
    mark('');
    sample.totalMs = performance.now() - t0;
  }
  if (fullPipeline) {
    // How many workers parsed, and how many files they took: internal exports, read when they are there.
    const exports = parallel ? (require.cache[parallel]?.exports as Record<string, unknown> | undefined) : undefined;
    const count = exports?.parseWorkerCount;
    const onWorkers = exports?.parsedOnWorkers as { files?: unknown } | undefined;
    if (typeof count === 'function') sample.workers = Number(count());
    if (typeof onWorkers?.files === 'number') sample.filesOnWorkers = onWorkers.files;
    if (sample.workers === undefined || sample.filesOnWorkers === undefined)
      notes.push(
        'src/parse/parallel no longer exports parseWorkerCount() and parsedOnWorkers: the workers used are not known',
      );
  }
  // The clock in --trace-gc's time base (ms since V8 started), so that the parent counts only the collections inside
  // it. (A PerformanceObserver of 'gc' entries would do it in-process, but it cost 2 s of 16 s in a profile.)
  sample.clockInTraceMs = [t0 - performance.nodeTiming.v8Start, t0 + sample.totalMs - performance.nodeTiming.v8Start];
  if (session && profile) fs.writeFileSync(profile, JSON.stringify(await stopProfiler(session)));
  peakHeap = Math.max(peakHeap, heapMb());
  sample.phases = phases.slice(0, -1).map((p, i) => ({
    phase: p.phase,
    ms: phases[i + 1].start - p.start,
    rssMb: phases[i + 1].rssMb,
    heapMb: phases[i + 1].heapMb,
    cpu: threadCpuBetween(p.cpu, phases[i + 1].cpu, threadsBefore),
  }));
  const edit = sample.phases.find((p) => p.phase === 'edit');
  // check is timed inside edit, on this thread; its CPU stays in edit's.
  if (edit && split.check) {
    edit.ms -= checkMs;
    sample.phases.splice(sample.phases.indexOf(edit) + 1, 0, {
      phase: 'check',
      ms: checkMs,
      rssMb: edit.rssMb,
      heapMb: edit.heapMb,
    });
  }
  (global as { gc?: () => void }).gc?.();
  sample.retainedHeapMb = heapMb();
  sample.endRssMb = process.memoryUsage().rss / MB;
  sample.peakRssMb = process.resourceUsage().maxRSS / 1024;
  sample.peakHeapMb = peakHeap;
  void keep;
  fs.writeFileSync(out, JSON.stringify(sample));
}

/**
 * What the pipeline did, from runInject's result: each count read on its own, so that a renamed field loses that
 * count (and says so in the notes), not the run. The call graph's edges are counted by `graphFile`'s edgeCount where
 * it has one: the result's graph is made on the first ask, and making it after the run (~250 MB on Go's std+cmd) set
 * the child's peak RSS, which must be the pipeline's.
 */
function resultCounts(result: unknown, notes: string[], graphFile?: string): Record<string, number> {
  type Result = {
    module: { files: Array<{ dir: string }> };
    program?: { funcs: Map<string, unknown>; calls?: Array<{ targets: unknown[] }> };
    graph: { size: number };
    roots: unknown[];
    reached: Set<string>;
    edits: Array<{ edits: unknown[] }>;
    after: Map<string, string>;
    diagnostics: unknown[];
  };
  const r = result as Result;
  const counts: Record<string, number> = {};
  const edgeCount = graphFile
    ? ((require(graphFile) as Record<string, unknown>).edgeCount as ((program: unknown) => number) | undefined)
    : undefined;
  if (!edgeCount) notes.push('src/callgraph/graph has no edgeCount: the call graph was made to count its edges');
  const lost: string[] = [];
  const read: Array<[string, () => number]> = [
    ['packages', () => new Set(r.module.files.map((f) => f.dir)).size],
    ['functions', () => r.program!.funcs.size],
    ['callEdges', () => (edgeCount ? edgeCount(r.program) : r.graph.size)],
    ['roots', () => r.roots.length],
    ['reached', () => r.reached.size],
    ['filesEdited', () => r.edits.length],
    ['edits', () => r.edits.reduce((n, e) => n + e.edits.length, 0)],
    ['filesChanged', () => r.after.size],
    ['diagnostics', () => r.diagnostics.length],
  ];
  for (const [name, f] of read) {
    let v: number;
    try {
      v = f();
    } catch {
      v = NaN;
    }
    if (Number.isFinite(v)) counts[name] = v;
    else lost.push(name);
  }
  if (lost.length) notes.push(`runInject's result no longer gives ${lost.join(', ')}`);
  return counts;
}

/**
 * Replaces `name` in the exports of the CommonJS module `file` (loading it) by `wrap` of it; modules that require
 * `file` afterwards get the wrapped function. The exports object is replaced, not patched: tsx's exports are getters.
 * Returns why it could not (the module or the function is gone), for the report.
 */
export function wrapExport<F>(
  file: string | undefined,
  label: string,
  name: string,
  wrap: (f: F) => F,
): string | undefined {
  if (!file) return `${label} is gone`;
  require(file);
  const m = require.cache[file];
  if (!m || typeof m.exports[name] !== 'function') return `${label} exports no function ${name}`;
  const copy: Record<string, unknown> = {};
  for (const k of Object.keys(m.exports)) copy[k] = m.exports[k];
  Object.defineProperty(copy, '__esModule', { value: true });
  copy[name] = wrap(m.exports[name] as F);
  m.exports = copy;
  return undefined;
}

async function startProfiler(): Promise<import('inspector').Session> {
  const inspector = await import('inspector');
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) =>
      session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res))),
    );
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 250 });
  await post('Profiler.start');
  return session;
}

async function stopProfiler(session: import('inspector').Session): Promise<CpuProfile> {
  const res = await new Promise<{ profile: CpuProfile }>((resolve, reject) =>
    session.post('Profiler.stop', (err, r) => (err ? reject(err) : resolve(r as { profile: CpuProfile }))),
  );
  session.disconnect();
  return mapProfile(res.profile);
}

// ---------------------------------------------------------------------------------------------------------------
// Profiles: positions mapped back to the TypeScript sources (tsx compiles with inline source maps; the child runs
// with --enable-source-maps so node keeps them), then hot spots aggregated by function and by line.

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  hitCount?: number;
  children?: number[];
  positionTicks?: Array<{ line: number; ticks: number }>;
  /** Added here: the mapped source position of the function ("src/x.ts:12"), and of each ticked line. */
  where?: string;
  lines?: Array<{ where: string; ticks: number }>;
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

function mapProfile(profile: CpuProfile): CpuProfile {
  const maps = new Map<string, ReturnType<typeof findSourceMap> | undefined>();
  const mapOf = (url: string) => {
    if (!maps.has(url)) {
      let m: ReturnType<typeof findSourceMap> | undefined;
      try {
        m = findSourceMap(url.startsWith('file://') ? new URL(url).pathname : url) ?? findSourceMap(url);
      } catch {
        m = undefined;
      }
      maps.set(url, m);
    }
    return maps.get(url);
  };
  const rel = (file: string) => {
    const p = file.startsWith('file://') ? new URL(file).pathname : file;
    return path.relative(ROOT, p).split(path.sep).join('/');
  };
  const position = (url: string, line0: number, col0: number): string => {
    const m = mapOf(url);
    if (m) {
      const e = m.findEntry(line0, col0) as { originalSource?: string; originalLine?: number };
      if (e && e.originalSource !== undefined && e.originalLine !== undefined)
        return `${rel(e.originalSource)}:${e.originalLine + 1}`;
    }
    return url ? `${rel(url)}:${line0 + 1}` : '';
  };
  const lineOf = (url: string, line0: number): string => {
    const m = mapOf(url);
    if (m) {
      // The last mapping that starts on this generated line.
      const e = m.findEntry(line0, 100000) as {
        generatedLine?: number;
        originalSource?: string;
        originalLine?: number;
      };
      if (e && e.generatedLine === line0 && e.originalSource !== undefined && e.originalLine !== undefined)
        return `${rel(e.originalSource)}:${e.originalLine + 1}`;
      return `${position(url, line0, 0).replace(/:\d+$/, '')}:?`;
    }
    return `${rel(url)}:${line0 + 1}`;
  };
  for (const n of profile.nodes) {
    const { url, lineNumber, columnNumber } = n.callFrame;
    if (!url) continue;
    n.where = position(url, lineNumber, columnNumber);
    // A ticked line: its last mapping, on the same source line in tsc's one-statement-per-line output.
    n.lines = (n.positionTicks ?? []).map((t) => ({ where: lineOf(url, t.line - 1), ticks: t.ticks }));
  }
  return profile;
}

interface HotSpot {
  where: string;
  fn: string;
  ms: number;
  pct: number;
}

interface HotSpots {
  totalMs: number;
  /** Per src function: its own time plus that of library/native code it calls, up to the next src function. */
  srcSelf: HotSpot[];
  /** Per src function: everything below it (each sample counted once per function). */
  srcInclusive: HotSpot[];
  /** Per src line: its own ticks (time inside library calls made on the line is not a tick of the line). */
  srcLines: HotSpot[];
  /** Any function (library, node internals, GC), own time only. */
  anySelf: HotSpot[];
  /** Own time by where the code lives: instrgen's src/, tree-sitter's JS binding, native code, GC, ... */
  byOrigin: HotSpot[];
  /**
   * tree-sitter's binding by entry: each sample below a function of node_modules/tree-sitter/index.js counted once, for
   * the outermost such function (the getter or method that src/ called), with everything below it (JS and native).
   */
  treeSitterEntries: HotSpot[];
  /**
   * Time by the function runInject called (≈ the phase) and by what it was doing: parsing (Parser.parse), making node
   * objects (a binding call that returns nodes: children, childForFieldName, ...), reading a node's scalars (type,
   * text, startIndex, ...), collecting garbage, or anything else (instrgen's own JS).
   */
  byPhase: Array<{ fn: string; ms: Record<TreeSitterWork | 'all', number> }>;
}

type TreeSitterWork = 'parse' | 'nodes' | 'scalars' | 'gc' | 'other';

/** Binding functions that hand back node objects (each one built in JS from the native transfer buffer). */
const NODE_RETURNING =
  /^(get (namedChildren|children|parent|(next|previous)(Named)?Sibling|(first|last)(Named)?Child|rootNode)|(named)?[cC]hild|childForField(Name|Id)|childrenForField(Name|Id)|descendantsOfType|(named)?[dD]escendantFor(Index|Position)|closest|childWithDescendant|firstChildForIndex|firstNamedChildForIndex)$/;
/** Where a profiled function lives, for the own-time split by origin. */
function originOf(n: ProfileNode): string {
  const { url, functionName } = n.callFrame;
  if (n.where?.startsWith('src/')) return 'instrgen (src/)';
  if (functionName === '(garbage collector)') return 'garbage collector';
  if (functionName === '(program)') return '(program): V8 and native work outside any JS frame';
  if (/node_modules\/tree-sitter\//.test(url))
    return 'tree-sitter JS binding (node_modules/tree-sitter/index.js: node objects, getters)';
  if (/node_modules\/tree-sitter-go\//.test(url)) return 'tree-sitter-go';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return `node_modules/${pkg[1]}`;
  if (!url) return 'native functions without a script (V8 builtins, C++ callbacks such as the tree-sitter binding)';
  if (url.startsWith('node:')) return 'node internals';
  return 'other scripts';
}

export function hotSpots(profile: CpuProfile, top = 20): HotSpots {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const isSrc = (n: ProfileNode) => !!n.where && n.where.startsWith('src/');
  const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'}`;
  const key = (n: ProfileNode) => `${n.where || n.callFrame.url || '(native)'}\t${label(n)}`;
  const selfAny = new Map<string, number>();
  const byOrigin = new Map<string, number>();
  const tsEntries = new Map<string, number>();
  const phaseWork = new Map<string, Record<TreeSitterWork | 'all', number>>();
  const selfSrc = new Map<string, number>();
  const incl = new Map<string, number>();
  const lineMs = new Map<string, number>();
  let total = 0;
  const ms = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const d = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    ms.set(profile.samples[i], (ms.get(profile.samples[i]) ?? 0) + d);
    total += d;
  }
  for (const [id, t] of ms) {
    const n = byId.get(id)!;
    if (n.callFrame.functionName === '(idle)' || n.callFrame.functionName === '(program)') continue;
    selfAny.set(key(n), (selfAny.get(key(n)) ?? 0) + t);
    byOrigin.set(`${originOf(n)}\t`, (byOrigin.get(`${originOf(n)}\t`) ?? 0) + t);
    const seen = new Set<string>();
    let nearest: ProfileNode | undefined;
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const a = byId.get(cur)!;
      if (!isSrc(a)) continue;
      nearest ??= a;
      if (!seen.has(key(a))) {
        seen.add(key(a));
        incl.set(key(a), (incl.get(key(a)) ?? 0) + t);
      }
    }
    if (nearest) selfSrc.set(key(nearest), (selfSrc.get(key(nearest)) ?? 0) + t);
    let outerTs: ProfileNode | undefined;
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const a = byId.get(cur)!;
      if (/node_modules\/tree-sitter\/index\.js/.test(a.callFrame.url)) outerTs = a;
    }
    {
      let under: ProfileNode | undefined;
      let prev: ProfileNode | undefined;
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
        const a = byId.get(cur)!;
        if (a.callFrame.functionName === 'runInject' && isSrc(a)) under = prev ?? a;
        prev = a;
      }
      const fnName = under
        ? label(under)
        : n.callFrame.functionName === '(garbage collector)'
          ? '(garbage collector)'
          : '(outside runInject)';
      const work: TreeSitterWork = outerTs
        ? outerTs.callFrame.functionName === 'Parser.parse'
          ? 'parse'
          : NODE_RETURNING.test(outerTs.callFrame.functionName)
            ? 'nodes'
            : 'scalars'
        : n.callFrame.functionName === '(garbage collector)'
          ? 'gc'
          : 'other';
      const row = phaseWork.get(fnName) ?? { all: 0, parse: 0, nodes: 0, scalars: 0, gc: 0, other: 0 };
      row[work] += t;
      row.all += t;
      phaseWork.set(fnName, row);
    }
    if (outerTs)
      tsEntries.set(
        `tree-sitter/index.js\t${label(outerTs)}`,
        (tsEntries.get(`tree-sitter/index.js\t${label(outerTs)}`) ?? 0) + t,
      );
    // Line ticks: the node's own time split across its ticked lines.
    if (isSrc(n) && n.lines?.length) {
      const ticks = n.lines.reduce((s, l) => s + l.ticks, 0);
      for (const l of n.lines)
        lineMs.set(`${l.where}\t${label(n)}`, (lineMs.get(`${l.where}\t${label(n)}`) ?? 0) + (t * l.ticks) / ticks);
    }
  }
  const list = (m: Map<string, number>, onlySrc = false): HotSpot[] =>
    [...m]
      .filter(([k]) => !onlySrc || k.startsWith('src/'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => {
        const [where, fn] = k.split('\t');
        return { where, fn, ms: Math.round(v), pct: Math.round((1000 * v) / total) / 10 };
      });
  return {
    totalMs: Math.round(total),
    srcSelf: list(selfSrc),
    srcInclusive: list(incl),
    srcLines: list(lineMs, true),
    anySelf: list(selfAny),
    byOrigin: list(byOrigin),
    treeSitterEntries: list(tsEntries),
    byPhase: [...phaseWork].sort((a, b) => b[1].all - a[1].all).map(([fn, ms]) => ({ fn, ms })),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Corpora.

export interface Corpus {
  dir: string;
  kind: string;
  description: string;
  prepareMs: number;
  importsRewritten: number;
  entryCalls: string[];
  /** stdlib: the directories copied, when not the whole tree. */
  subset?: string[];
  /** xtools: the module directory copied. */
  source?: string;
}

/** Rewrites the import paths of `text` (only inside import declarations) with `resolve`; counts the changes. */
export function rewriteImports(
  text: string,
  resolve: (importPath: string) => string | undefined,
): { text: string; changed: number } {
  const lines = text.split('\n');
  let seenPackage = false;
  let inBlock = false;
  let inComment = false;
  let changed = 0;
  const sub = (line: string) =>
    line.replace(/"([^"\\]+)"/, (m, p: string) => {
      const r = resolve(p);
      if (r === undefined || r === p) return m;
      changed++;
      return `"${r}"`;
    });
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (inComment) {
      if (l.includes('*/')) inComment = false;
      continue;
    }
    const trimmed = l.trim();
    if (trimmed.startsWith('/*') && !trimmed.includes('*/')) {
      inComment = true;
      continue;
    }
    if (!seenPackage) {
      if (/^package\s/.test(l)) seenPackage = true;
      continue;
    }
    if (inBlock) {
      if (trimmed.startsWith(')')) inBlock = false;
      else if (!trimmed.startsWith('//')) lines[i] = sub(l);
      continue;
    }
    if (/^import\s*\(/.test(l)) {
      inBlock = !l.includes(')');
      if (!inBlock) lines[i] = l.replace(/"([^"\\]+)"/g, (m) => sub(m));
      continue;
    }
    if (/^import\s/.test(l)) {
      lines[i] = sub(l);
      continue;
    }
    if (/^(func|type|var|const)\b/.test(l)) break;
  }
  return { text: changed ? lines.join('\n') : text, changed };
}

/** Exported functions of big packages that the entry point calls when they are in the corpus. */
const ENTRY_CALLS: Array<{ dir: string; fn: string; args: (alias: string) => string }> = [
  { dir: 'fmt', fn: 'Println', args: () => '"hello"' },
  { dir: 'net/http', fn: 'ListenAndServe', args: () => '":8080", nil' },
  { dir: 'net/http/httptest', fn: 'NewServer', args: () => 'nil' },
  { dir: 'go/types', fn: 'NewChecker', args: () => 'nil, nil, nil, nil' },
  { dir: 'go/parser', fn: 'ParseFile', args: () => 'nil, "x.go", nil, 0' },
  { dir: 'go/format', fn: 'Source', args: () => 'nil' },
  { dir: 'go/doc', fn: 'New', args: () => 'nil, "p", 0' },
  { dir: 'encoding/json', fn: 'Marshal', args: () => 'nil' },
  { dir: 'encoding/xml', fn: 'Marshal', args: () => 'nil' },
  { dir: 'encoding/gob', fn: 'NewDecoder', args: () => 'nil' },
  { dir: 'text/template', fn: 'New', args: () => '"t"' },
  { dir: 'html/template', fn: 'New', args: () => '"t"' },
  { dir: 'regexp', fn: 'MustCompile', args: () => '"a+b"' },
  { dir: 'compress/gzip', fn: 'NewReader', args: () => 'nil' },
  { dir: 'archive/zip', fn: 'OpenReader', args: () => '"x.zip"' },
  { dir: 'archive/tar', fn: 'NewReader', args: () => 'nil' },
  { dir: 'crypto/tls', fn: 'Dial', args: () => '"tcp", "example.com:443", nil' },
  { dir: 'crypto/x509', fn: 'ParseCertificate', args: () => 'nil' },
  { dir: 'database/sql', fn: 'Open', args: () => '"driver", "dsn"' },
  { dir: 'image/png', fn: 'Decode', args: () => 'nil' },
  { dir: 'image/jpeg', fn: 'Decode', args: () => 'nil' },
  { dir: 'net/smtp', fn: 'SendMail', args: () => '"x:25", nil, "a", nil, nil' },
  { dir: 'net/rpc', fn: 'Dial', args: () => '"tcp", "x:1"' },
  { dir: 'os/exec', fn: 'Command', args: () => '"true"' },
  { dir: 'sort', fn: 'Strings', args: () => 'nil' },
  { dir: 'runtime/pprof', fn: 'StartCPUProfile', args: () => 'nil' },
  { dir: 'cmd/compile/internal/gc', fn: 'Main', args: () => 'nil' },
  { dir: 'cmd/link/internal/ld', fn: 'Main', args: (a) => `nil, ${a}.Arch{}` },
  { dir: 'cmd/go/internal/work', fn: 'BuildInit', args: () => '' },
  { dir: 'cmd/internal/obj', fn: 'Flushplist', args: () => 'nil, nil, nil, ""' },
  { dir: 'cmd/vendor/golang.org/x/tools/go/analysis/unitchecker', fn: 'Main', args: () => '' },
];

function entryPoint(
  dir: string,
  modulePath: string,
  calls: Array<{ dir: string; fn: string; args: (alias: string) => string }>,
): { text: string; calls: string[] } {
  const imports: string[] = [];
  const body: string[] = [];
  const used: string[] = [];
  calls.forEach((c, i) => {
    const alias = `p${i}`;
    imports.push(`\t${alias} "${modulePath}/${c.dir}"`);
    imports.sort((a, b) => (a.slice(a.indexOf('"')) < b.slice(b.indexOf('"')) ? -1 : 1)); // by path, as gofmt sorts them
    body.push(
      `\t${c.fn === 'MustCompile' || c.fn === 'Command' || c.fn === 'New' ? '_ = ' : ''}${alias}.${c.fn}(${c.args(alias)})`,
    );
    used.push(`${c.dir}.${c.fn}`);
  });
  const text =
    `// Code written by scripts/bench.ts: the benchmark's entry point.\npackage main\n\nimport (\n` +
    `${imports.join('\n')}\n\n\t"instrgen.dev/rtlib"\n)\n\nfunc main() {\n\trtlib.AutotelEntryPoint()\n${body.join('\n')}\n}\n`;
  void dir;
  return { text, calls: used };
}

/** Directories whose non-test files declare `func fn(`. */
function declares(dirAbs: string, fn: string): boolean {
  let names: string[];
  try {
    names = fs.readdirSync(dirAbs).filter((n) => n.endsWith('.go') && !n.endsWith('_test.go'));
  } catch {
    return false;
  }
  const re = new RegExp(`^func ${fn}[[(]`, 'm');
  return names.some((n) => re.test(fs.readFileSync(path.join(dirAbs, n), 'utf8')));
}

export function stdlibCorpus(goroot: string, subset: string[] | undefined, dest: string): Corpus {
  const started = performance.now();
  const src = path.join(goroot, 'src');
  if (!fs.existsSync(src))
    throw new Error(`${src}: no Go standard library source here (pass --goroot, or install golang-go)`);
  // Pass 1: the files to copy, by destination directory (vendor → vendored so that instrgen reads them).
  const files: Array<{ from: string; to: string; dir: string }> = [];
  const packageDirs = new Set<string>();
  const walk = (relSrc: string, relDest: string) => {
    const abs = path.join(src, relSrc);
    const entries = fs.readdirSync(abs, { withFileTypes: true });
    for (const e of entries) {
      if (e.isFile() && e.name.endsWith('.go') && !e.name.startsWith('_') && !e.name.startsWith('.')) {
        files.push({ from: path.join(abs, e.name), to: relDest ? `${relDest}/${e.name}` : e.name, dir: relDest });
        packageDirs.add(relDest);
      }
      if (e.isDirectory() && e.name !== 'testdata' && !e.name.startsWith('_') && !e.name.startsWith('.'))
        walk(
          relSrc ? `${relSrc}/${e.name}` : e.name,
          (relDest ? `${relDest}/` : '') + (e.name === 'vendor' ? 'vendored' : e.name),
        );
    }
  };
  const roots = subset ?? [''];
  for (const r of roots) {
    const clean = r.replace(/^\.?\/+|\/+$/g, '');
    if (clean && !fs.statSync(path.join(src, clean), { throwIfNoEntry: false })?.isDirectory())
      throw new Error(`--subset ${r}: no directory ${path.join(src, clean)}`);
    walk(
      clean,
      clean
        .split('/')
        .map((p) => (p === 'vendor' ? 'vendored' : p))
        .join('/'),
    );
  }
  // Pass 2: copy, with import paths of packages in the tree rewritten under the module path.
  const resolve = (fileDir: string) => (p: string) => {
    const candidates = [
      ...(fileDir === 'cmd' || fileDir.startsWith('cmd/') ? [`cmd/vendored/${p}`] : []),
      `vendored/${p}`,
      p,
    ];
    for (const c of candidates) if (packageDirs.has(c)) return `${MODULE}/${c}`;
    return undefined;
  };
  let rewritten = 0;
  const made = new Set<string>();
  for (const f of files) {
    const to = path.join(dest, f.to);
    const d = path.dirname(to);
    if (!made.has(d)) {
      fs.mkdirSync(d, { recursive: true });
      made.add(d);
    }
    const r = rewriteImports(fs.readFileSync(f.from, 'utf8'), resolve(f.dir));
    rewritten += r.changed;
    fs.writeFileSync(to, r.text);
  }
  fs.writeFileSync(path.join(dest, 'go.mod'), `module ${MODULE}\n\ngo 1.19\n`);
  const calls = ENTRY_CALLS.filter((c) => packageDirs.has(c.dir) && declares(path.join(dest, c.dir), c.fn));
  const entry = entryPoint('cmd/benchmain', MODULE, calls);
  fs.mkdirSync(path.join(dest, 'cmd/benchmain'), { recursive: true });
  fs.writeFileSync(path.join(dest, 'cmd/benchmain/main.go'), entry.text);
  return {
    dir: dest,
    kind: 'stdlib',
    description: `${src}${subset ? ` (subset: ${subset.join(', ')})` : ''} as module ${MODULE}`,
    prepareMs: performance.now() - started,
    importsRewritten: rewritten,
    entryCalls: entry.calls,
    subset,
  };
}

/** Where Debian's golang-golang-x-tools-dev puts the golang.org/x/tools module. */
export const XTOOLS_DIR = '/usr/share/gocode/src/golang.org/x/tools';

/**
 * The whole golang.org/x/tools module copied to `dest` as it is, with `//instrgen:entry` put above `func main()` in
 * every non-test file of a main package under cmd/ (the module's commands are its entry points).
 */
export function xtoolsCorpus(src: string, dest: string): Corpus {
  const started = performance.now();
  if (!fs.existsSync(path.join(src, 'go.mod')))
    throw new Error(`${src}: no golang.org/x/tools module here (run scripts/install-xtools.sh, or pass --xtools DIR)`);
  fs.cpSync(src, dest, { recursive: true, dereference: true });
  const entries: string[] = [];
  const walk = (rel: string) => {
    for (const e of fs
      .readdirSync(path.join(dest, rel), { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const r = `${rel}/${e.name}`;
      if (e.isDirectory() && e.name !== 'testdata' && !e.name.startsWith('.') && !e.name.startsWith('_')) walk(r);
      else if (e.isFile() && e.name.endsWith('.go') && !e.name.endsWith('_test.go')) {
        const text = fs.readFileSync(path.join(dest, r), 'utf8');
        if (!/^package main\b/m.test(text) || !/^func main\(\) \{/m.test(text)) continue;
        fs.writeFileSync(path.join(dest, r), text.replace(/^func main\(\) \{/m, '//instrgen:entry\nfunc main() {'));
        entries.push(`${r}:main`);
      }
    }
  };
  walk('cmd');
  return {
    dir: dest,
    kind: 'xtools',
    description: `${src} (golang.org/x/tools, //instrgen:entry on ${entries.length} cmd/ mains)`,
    prepareMs: performance.now() - started,
    importsRewritten: 0,
    entryCalls: entries,
    source: path.resolve(src),
  };
}

/**
 * A generated module: `files` files of `funcs` functions each, ten files a package, deterministic. Functions call
 * the next function (in the file, the next file, the next package), hold closures, start goroutines, defer, and
 * call through interfaces, so every phase has work; interfaces are implemented within their package only.
 */
export function syntheticCorpus(dest: string, files: number, funcs: number): Corpus {
  const started = performance.now();
  const perPkg = 10;
  const pkgs = Math.ceil(files / perPkg);
  for (let f = 0; f < files; f++) {
    const pkg = Math.floor(f / perPkg);
    const hasNext = pkg + 1 < pkgs;
    const lastInPkg = f % perPkg === perPkg - 1 || f === files - 1;
    const out: string[] = [`package p${pkg}`, '', 'import (', '\t"fmt"', '\t"sync"'];
    if (hasNext && lastInPkg) out.push('', `\tnext "${SYNTH_MODULE}/pkg/p${pkg + 1}"`);
    out.push(')', '');
    // The method is named per package: every Box of a package implements every Shape of it (ten), so interface
    // dispatch grows with the corpus, not with its square.
    out.push(
      `// Shape${f} is implemented by the Boxes of this package.`,
      `type Shape${f} interface {`,
      `\tArea${pkg}() int`,
      '}',
      '',
    );
    out.push(`type Box${f} struct {`, '\tmu sync.Mutex', '\tn  int', '}', '');
    out.push(
      `func (b *Box${f}) Area${pkg}() int {`,
      '\tb.mu.Lock()',
      '\tdefer b.mu.Unlock()',
      '\treturn b.n * 2',
      '}',
      '',
    );
    for (let j = 0; j < funcs; j++) {
      out.push(
        `// F${f}_${j} does some arithmetic and calls on.`,
        `func F${f}_${j}(x int) int {`,
        '\tif x <= 0 {',
        '\t\treturn 0',
        '\t}',
        '\ttotal := 0',
      );
      out.push('\tfor i := 0; i < 3; i++ {', '\t\ttotal += i * x', '\t}');
      if (j + 1 < funcs) out.push(`\ttotal += F${f}_${j + 1}(x - 1)`);
      else if (!lastInPkg) out.push(`\ttotal += F${f + 1}_0(x - 1)`);
      else if (hasNext) out.push(`\ttotal += next.F${(pkg + 1) * perPkg}_0(x - 1)`);
      if (j % 5 === 1) out.push('\tg := func(y int) int {', '\t\treturn y + total', '\t}', '\ttotal = g(total)');
      if (j % 7 === 0)
        out.push(
          '\tdone := make(chan bool)',
          '\tgo func() {',
          '\t\tfmt.Println(x)',
          '\t\tdone <- true',
          '\t}()',
          '\t<-done',
        );
      if (j % 3 === 2) out.push(`\tvar s Shape${f} = &Box${f}{n: x}`, `\ttotal += s.Area${pkg}()`);
      out.push('\treturn total', '}', '');
    }
    const to = path.join(dest, 'pkg', `p${pkg}`, `f${f}.go`);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.writeFileSync(to, out.join('\n'));
  }
  fs.writeFileSync(path.join(dest, 'go.mod'), `module ${SYNTH_MODULE}\n\ngo 1.19\n`);
  const entry = entryPoint('cmd/benchmain', SYNTH_MODULE, [{ dir: 'pkg/p0', fn: 'F0_0', args: () => '10' }]);
  fs.mkdirSync(path.join(dest, 'cmd/benchmain'), { recursive: true });
  fs.writeFileSync(path.join(dest, 'cmd/benchmain/main.go'), entry.text);
  return {
    dir: dest,
    kind: 'synthetic',
    description: `${files} files × ${funcs} functions in ${pkgs} packages`,
    prepareMs: performance.now() - started,
    importsRewritten: 0,
    entryCalls: entry.calls,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Parent side: prepare, run the children interleaved, summarize.

function median(xs: number[]): number {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** --trace-gc's lines: the peak heap before a collection, and the collections (count, pauses) within `clock`. */
function parseGcTrace(stdout: string, clock?: [number, number]): { peakMb: number; count: number; ms: number } {
  let peak = 0;
  let count = 0;
  let ms = 0;
  const re =
    /(\d+) ms: (Scavenge|Mark-Compact|Mark-sweep|Minor Mark-Compact|Minor Mark-Sweep)\b[^\d\n]*([\d.]+) \(([\d.]+)\) -> ([\d.]+) \(([\d.]+)\) MB, (?:pooled: [\d.]+ MB, )?([\d.]+) \//g;
  for (let m = re.exec(stdout); m; m = re.exec(stdout)) {
    peak = Math.max(peak, Number(m[3]));
    const at = Number(m[1]);
    if (clock && (at < clock[0] || at > clock[1])) continue;
    count++;
    ms += Number(m[7]);
  }
  return { peakMb: peak, count, ms };
}

interface ChildOptions {
  heapMb?: number;
  profile?: string;
  /**
   * A build of the project (compiledBuild): the child runs its scripts/bench.js and loads its src/ instead of the
   * sources through tsx (unset with --tsx).
   */
  build?: string;
}

/**
 * src/ and this script compiled by tsc into `dir` (src/ as `npm run build` ships it; one statement a line, with source
 * maps, so that a profile's line ticks map back to src lines), unless `dir` holds such a build already. The measured
 * children run this script's build and load the build of src/, with no tsx in the process: under tsx every worker
 * thread registers the loader and compiles the parse modules again, which the installed command never does (on x/tools
 * `instrgen --check` took 4.69-4.91 s and 303-320 MB that way, 4.29-4.33 s and 275 MB from tsc's output, 3 pairs), and
 * tsx's loader thread alone adds ~33 MB to a process's RSS.
 */
function compiledBuild(dir: string): string {
  const made = ['src/pipeline.js', 'scripts/bench.js'].map((f) => path.join(dir, f));
  if (made.every((f) => fs.existsSync(f))) return dir;
  fs.mkdirSync(dir, { recursive: true });
  const config = path.join(dir, 'tsconfig.json');
  fs.writeFileSync(
    config,
    JSON.stringify({
      extends: path.join(ROOT, 'tsconfig.json'),
      compilerOptions: { rootDir: ROOT, outDir: dir, sourceMap: true, declaration: false },
      include: [path.join(ROOT, 'src/**/*.ts'), path.join(ROOT, 'scripts/bench.ts')],
      exclude: [path.join(ROOT, 'src/**/*.test.ts')],
    }),
  );
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', config], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const missing = made.filter((f) => !fs.existsSync(f));
  if (missing.length) throw new Error(`tsc produced no ${missing.join(', ')}: ${tsc.stdout}${tsc.stderr}`);
  return dir;
}

/** GNU time, which reports the peak RSS of the process it runs (see the header). */
const TIME_V =
  process.platform === 'linux' &&
  fs.existsSync('/usr/bin/time') &&
  spawnSync('/usr/bin/time', ['-v', 'true'], { encoding: 'utf8' }).stderr?.includes('Maximum resident set size')
    ? '/usr/bin/time'
    : undefined;

function runChild(config: Config, rep: number, corpus: string, tmp: string, opts: ChildOptions): RunSample {
  const out = path.join(tmp, `${config}-${rep}.json`);
  const nodeArgs = ['--expose-gc', '--trace-gc', '--enable-source-maps'];
  if (opts.heapMb) nodeArgs.push(`--max-old-space-size=${opts.heapMb}`);
  const args = [
    ...nodeArgs,
    ...(opts.build ? [path.join(opts.build, 'scripts', 'bench.js')] : ['--import', 'tsx', __filename]),
    '--child',
    config,
    '--dir',
    corpus,
    '--out',
    out,
    '--rep',
    String(rep),
  ];
  if (opts.profile) args.push('--profile', opts.profile);
  if (opts.build) args.push('--dist', path.join(opts.build, 'src'));
  // tsc's output in a temporary directory finds the project's packages through NODE_PATH. The one-worker run is the
  // same pipeline with INSTRGEN_WORKERS=1; the others inherit this process's INSTRGEN_WORKERS (unset: the default).
  const env: NodeJS.ProcessEnv = { ...process.env, INSTRGEN_BENCH_ROOT: ROOT };
  if (opts.build)
    env.NODE_PATH = [path.join(ROOT, 'node_modules'), process.env.NODE_PATH].filter(Boolean).join(path.delimiter);
  if (config === 'full1') env.INSTRGEN_WORKERS = '1';
  const r = TIME_V
    ? spawnSync(TIME_V, ['-v', process.execPath, ...args], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 1024 * MB })
    : spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 1024 * MB });
  const timeV = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
  let sample: RunSample;
  if (r.status === 0 && fs.existsSync(out)) sample = JSON.parse(fs.readFileSync(out, 'utf8')) as RunSample;
  else {
    const tail = `${r.stderr ?? ''}`.split('\tCommand being timed')[0].trim().split('\n').slice(-12).join('\n');
    sample = {
      config,
      rep,
      ok: false,
      error: `child exited with ${r.status ?? r.signal}${r.error ? ` (${r.error.message})` : ''}: ${tail}`,
      files: 0,
      lines: 0,
      bytes: 0,
      phases: [],
      totalMs: NaN,
      peakRssMb: NaN,
      peakHeapMb: 0,
      retainedHeapMb: NaN,
      endRssMb: NaN,
      gcCount: 0,
      gcMs: 0,
    };
  }
  const gc = parseGcTrace(r.stdout ?? '', sample.clockInTraceMs);
  sample.peakHeapMb = Math.max(sample.peakHeapMb, gc.peakMb);
  if (timeV) {
    sample.peakRssMb = Number(timeV[1]) / 1024;
    sample.peakRssSource = 'time -v';
  } else sample.peakRssSource = 'maxRSS';
  // Inside the child's clock; a child that died before saying when its clock ran has the whole process's collections.
  sample.gcCount = gc.count;
  sample.gcMs = gc.ms;
  return sample;
}

/** The medians of one configuration's samples: a sample's measures, plus throughput and every repetition's errors. */
interface Summary extends Omit<RunSample, 'rep' | 'error'> {
  errors: string[];
  linesPerSec: number;
}

function summarize(config: Config, samples: RunSample[]): Summary {
  const good = samples.filter((s) => s.ok);
  const use = good.length ? good : samples;
  const phaseNames: string[] = [];
  for (const s of use) for (const p of s.phases) if (!phaseNames.includes(p.phase)) phaseNames.push(p.phase);
  const m = (f: (s: RunSample) => number) => median(use.map(f));
  const totalMs = m((s) => s.totalMs);
  const lines = use[0]?.lines ?? 0;
  return {
    config,
    ok: good.length === samples.length,
    errors: [...new Set(samples.filter((s) => !s.ok).map((s) => s.error ?? 'failed'))],
    files: use[0]?.files ?? 0,
    lines,
    bytes: use[0]?.bytes ?? 0,
    phases: phaseNames.map((phase) => {
      const of = (s: RunSample) => s.phases.find((p) => p.phase === phase);
      return {
        phase,
        ms: m((s) => of(s)?.ms ?? NaN),
        rssMb: m((s) => of(s)?.rssMb ?? NaN),
        heapMb: m((s) => of(s)?.heapMb ?? NaN),
        cpu: use.some((s) => of(s)?.cpu)
          ? {
              main: m((s) => of(s)?.cpu?.main ?? NaN),
              workers: m((s) => of(s)?.cpu?.workers ?? NaN),
              helpers: m((s) => of(s)?.cpu?.helpers ?? NaN),
            }
          : undefined,
      };
    }),
    totalMs,
    linesPerSec: lines / (totalMs / 1000),
    peakRssMb: m((s) => s.peakRssMb),
    peakRssSource: use[0]?.peakRssSource,
    code: use[0]?.code,
    startRssMb: m((s) => s.startRssMb ?? NaN),
    startHeapMb: m((s) => s.startHeapMb ?? NaN),
    peakHeapMb: m((s) => s.peakHeapMb),
    retainedHeapMb: m((s) => s.retainedHeapMb),
    endRssMb: m((s) => s.endRssMb),
    gcCount: m((s) => s.gcCount),
    gcMs: m((s) => s.gcMs),
    counts: use[0]?.counts,
    workers: use[0]?.workers,
    filesOnWorkers: m((s) => s.filesOnWorkers ?? NaN),
    notes: [...new Set(samples.flatMap((s) => s.notes ?? []))],
  };
}

const fmtMs = (ms: number) =>
  Number.isFinite(ms)
    ? ms >= 10000
      ? `${(ms / 1000).toFixed(1)} s`
      : ms >= 1000
        ? `${(ms / 1000).toFixed(2)} s`
        : `${ms.toFixed(0)} ms`
    : '—';
const fmtMb = (mb: number) => (Number.isFinite(mb) ? `${mb.toFixed(0)} MB` : '—');
const fmtN = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '—');
const fmtRatio = (a: number, b: number) =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '—';

/** The machine's load averages now: the bench runs on shared machines, so every report says how busy it was. */
function loadNote(): string {
  const [a, b, c] = os.loadavg();
  return `load average ${a.toFixed(2)}, ${b.toFixed(2)}, ${c.toFixed(2)} at ${new Date().toISOString().slice(0, 16)}Z`;
}

/** One target of issue 10, with this run's figure and whether the run met it (undefined: not applicable here). */
export interface TargetRow {
  target: string;
  figure: string;
  met: boolean | undefined;
  /** Why the target is not judged on this run (a subset, another tree, a curve of other sizes). */
  why?: string;
}

const metCell = (t: TargetRow) =>
  t.met === undefined ? `n/a${t.why ? `: ${t.why}` : ''}` : t.met ? 'met' : '**not met**';

function targetTable(out: string[], rows: TargetRow[]): void {
  out.push('| target | this run | met? |', '|---|---|---|');
  for (const t of rows) out.push(`| ${t.target} | ${t.figure} | ${metCell(t)} |`);
}

/** The speed-up of the default workers over one: totals paired by repetition, and per phase from the medians. */
interface WorkersResult {
  /** The default configuration's worker count (what parseWorkerCount() said in the child). */
  n?: number;
  oneWorker: Summary;
  /** Median over the repetitions of (1 worker total) / (N workers total). */
  speedup: number;
  /** Per phase: 1 worker / N workers, from the medians. */
  phaseSpeedup: Record<string, number>;
}

function workersResult(full: Summary, one: Summary, samples: RunSample[]): WorkersResult {
  const reps = [...new Set(samples.map((s) => s.rep))];
  const speedup = median(
    reps.map((r) => {
      const n = samples.find((s) => s.rep === r && s.config === 'full' && s.ok);
      const o = samples.find((s) => s.rep === r && s.config === 'full1' && s.ok);
      return n && o ? o.totalMs / n.totalMs : NaN;
    }),
  );
  const phaseSpeedup: Record<string, number> = {};
  for (const p of full.phases) {
    const o = one.phases.find((x) => x.phase === p.phase);
    if (o) phaseSpeedup[p.phase] = o.ms / p.ms;
  }
  return { n: full.workers, oneWorker: one, speedup, phaseSpeedup };
}

/** Which tree the floor corpora's targets are stated on, or why this run is another tree. */
function targetTree(corpus: Corpus): { name: string; rssLimitMb: number; why?: string } {
  if (corpus.kind === 'stdlib')
    return { name: 'Go std+cmd', rssLimitMb: 1536, why: corpus.subset ? 'a subset of std+cmd' : undefined };
  if (corpus.kind === 'xtools')
    return { name: 'x/tools', rssLimitMb: 300, why: corpus.source === XTOOLS_DIR ? undefined : `not ${XTOOLS_DIR}` };
  return { name: corpus.kind, rssLimitMb: NaN, why: 'the targets are stated on std+cmd and x/tools' };
}

/** The targets a floor corpus (std+cmd, x/tools) measures: time against the floor, peak RSS, workers. */
export function floorTargets(corpus: Corpus, floor: Summary, full: Summary, workers?: WorkersResult): TargetRow[] {
  const tree = targetTree(corpus);
  const judged = (ok: boolean) => (tree.why ? undefined : ok);
  const ratio = full.totalMs / floor.totalMs;
  const rows: TargetRow[] = [
    {
      target: `full pipeline ≤ 1.50× the single-threaded parse-only floor (${tree.name})`,
      figure:
        floor.ok && full.ok
          ? `${ratio.toFixed(2)}× (${fmtMs(full.totalMs)} / ${fmtMs(floor.totalMs)})`
          : `failed (${floor.ok ? 'full pipeline' : 'floor'}${full.ok ? '' : `, after ${fmtMs(full.totalMs)}`})`,
      met: judged(floor.ok && full.ok && ratio <= 1.5),
      why: tree.why,
    },
  ];
  if (Number.isFinite(tree.rssLimitMb))
    rows.push({
      target: `peak RSS ≤ ${fmtN(tree.rssLimitMb)} MB (${tree.name})`,
      figure: `${fmtMb(full.peakRssMb)}${full.ok ? '' : ' (to the failure)'}`,
      met: judged(full.ok && full.peakRssMb <= tree.rssLimitMb),
      why: tree.why,
    });
  const target = `both cores used: N ≥ 2 parse workers, faster than 1 worker (${tree.name})`;
  if (!workers) rows.push({ target, figure: 'not measured (--speedup off)', met: undefined, why: 'not measured' });
  else {
    const n = workers.n;
    const onWorkers = full.filesOnWorkers ?? NaN;
    rows.push({
      target,
      figure: `${Number.isFinite(workers.speedup) ? `${workers.speedup.toFixed(2)}×` : '—'} with ${n ?? '?'} workers over 1; ${fmtN(onWorkers)} files parsed on workers`,
      met: judged(n !== undefined && n >= 2 && onWorkers > 0 && workers.speedup > 1),
      why: tree.why,
    });
  }
  return rows;
}

function workersSection(out: string[], full: Summary, w: WorkersResult | undefined): void {
  out.push('', '#### Workers (worker_threads)', '');
  const n = full.workers;
  const env = process.env.INSTRGEN_WORKERS;
  out.push(
    `Parsing and the compact-tree walk (the parse phase, and the re-parse of every output in edit/check) run on the pipeline's worker threads, ${n ?? 'an unknown number'} here (${env === undefined || env === '' ? 'its default' : `INSTRGEN_WORKERS=${env}`}); the rest of the pipeline on one thread. ${fmtN(full.filesOnWorkers ?? NaN)} files were parsed on workers in a full run.`,
  );
  if (!w) {
    out.push('', 'The run with INSTRGEN_WORKERS=1 was left out (--speedup off): no speed-up measured.');
    return;
  }
  const one = w.oneWorker;
  out.push(
    '',
    'Speed-up of N workers over 1: the same full run with INSTRGEN_WORKERS=1, interleaved with the others in every repetition.',
    '',
  );
  if (n === 1) out.push('**N is 1 here, so there is nothing to compare:** set INSTRGEN_WORKERS to 2 or more.', '');
  out.push(
    `**Speed-up of ${n ?? 'N'} workers over 1: ${Number.isFinite(w.speedup) ? `${w.speedup.toFixed(2)}×` : '— (a run failed)'}** (median of the repetitions' 1-worker / ${n ?? 'N'}-worker totals).`,
    '',
  );
  out.push(`| phase | full, 1 worker | full, ${n ?? 'N'} workers | 1 / ${n ?? 'N'} |`, '|---|---:|---:|---:|');
  for (const p of full.phases) {
    const o = one.phases.find((x) => x.phase === p.phase);
    out.push(`| ${p.phase} | ${fmtMs(o?.ms ?? NaN)} | ${fmtMs(p.ms)} | ${fmtRatio(o?.ms ?? NaN, p.ms)} |`);
  }
  out.push(
    `| **total time** | ${fmtMs(one.totalMs)} | ${fmtMs(full.totalMs)} | **${fmtRatio(one.totalMs, full.totalMs)}** |`,
    `| peak RSS | ${fmtMb(one.peakRssMb)} | ${fmtMb(full.peakRssMb)} | ${fmtRatio(one.peakRssMb, full.peakRssMb)} |`,
    `| files parsed on workers | ${fmtN(one.filesOnWorkers ?? NaN)} | ${fmtN(full.filesOnWorkers ?? NaN)} | |`,
  );
  if (!one.ok)
    for (const e of one.errors)
      out.push('', `**full, 1 worker, failed:** ${e.length > 1500 ? `${e.slice(0, 1500)}…` : e}`);
}

function markdown(
  corpus: Corpus,
  reps: number,
  floor: Summary,
  full: Summary,
  samples: RunSample[],
  workers: WorkersResult | undefined,
  targets: TargetRow[],
  spots?: HotSpots,
): string {
  const out: string[] = [];
  out.push(`### instrgen benchmark: ${corpus.kind} corpus`, '');
  out.push(
    `Corpus: ${corpus.description}; ${fmtN(floor.files || full.files)} files, ${fmtN(floor.lines || full.lines)} lines, ${((floor.bytes || full.bytes) / MB).toFixed(1)} MB.`,
  );
  out.push(`Entry point calls: ${corpus.entryCalls.join(', ')}.`);
  out.push(
    `${reps} repetition${reps === 1 ? '' : 's'} interleaved (floor, full${workers ? ', full on 1 worker' : ''}, rotated), each configuration in a fresh \`node --expose-gc\` process; medians shown. Node ${process.version}, ${os.cpus().length}× ${os.cpus()[0]?.model ?? 'cpu'}; ${loadNote()}.`,
  );
  out.push(
    `Peak RSS: ${full.peakRssSource === 'time -v' ? "the child's high-water mark from /usr/bin/time -v" : 'process.resourceUsage().maxRSS in the child'}. ${full.code === 'tsx' ? 'The pipeline ran from the sources through tsx (--tsx), not as the instrgen command runs.' : "The pipeline ran from tsc's output of src/, as the instrgen command runs."}`,
    '',
  );
  for (const n of full.notes ?? []) out.push(`**Bench note:** ${n}.`, '');
  if (reps === 0) out.push('No repetitions (--reps 0): hot spots only.', '');
  else {
    if (floor.ok && full.ok)
      out.push(
        `**Full pipeline / single-threaded parse-only floor: ${fmtRatio(full.totalMs, floor.totalMs)}** (target ≤ 1.50×); peak RSS ${fmtMb(full.peakRssMb)}; ${fmtN(full.gcCount)} GCs, ${fmtMs(full.gcMs)} of pauses.`,
        '',
      );
    else
      out.push(
        `**Full pipeline / single-threaded parse-only floor: no ratio of finished runs, the ${floor.ok ? 'full pipeline' : full.ok ? 'floor' : 'floor and the full pipeline'} failed** (the error is at the end; the times below stop where it failed${floor.ok ? `: after ${fmtMs(full.totalMs)}, ${fmtRatio(full.totalMs, floor.totalMs)} the floor, peak RSS ${fmtMb(full.peakRssMb)}` : ''}).`,
        '',
      );
    tables(out, reps, floor, full, samples);
    cpuSection(out, floor, full);
    workersSection(out, full, workers);
    out.push('', '#### Targets (issue 10)', '');
    targetTable(out, targets);
  }
  if (spots) {
    out.push('', `#### Hot spots (one profiled full run, ${fmtMs(spots.totalMs)} sampled)`, '');
    const table = (title: string, list: HotSpot[]) => {
      out.push(`${title}`, '', '| % | time | function | where |', '|---:|---:|---|---|');
      for (const h of list) out.push(`| ${h.pct}% | ${fmtMs(h.ms)} | \`${h.fn}\` | ${h.where} |`);
      out.push('');
    };
    table('src functions, own time plus the library/native code they call directly:', spots.srcSelf.slice(0, 15));
    table('src functions, inclusive:', spots.srcInclusive.slice(0, 15));
    table('src lines, own ticks:', spots.srcLines.slice(0, 15));
    table('any function, own time:', spots.anySelf.slice(0, 20));
    out.push('own time by origin:', '', '| % | time | origin |', '|---:|---:|---|');
    for (const h of spots.byOrigin ?? []) out.push(`| ${h.pct}% | ${fmtMs(h.ms)} | ${h.where} |`);
    out.push('');
    const ts = spots.treeSitterEntries ?? [];
    out.push(
      `tree-sitter's binding by the function src/ called, inclusive (JS and native below it): ${ts.reduce((n, h) => n + h.pct, 0).toFixed(1)}% in the top ${ts.length}:`,
      '',
    );
    out.push('| % | time | binding function |', '|---:|---:|---|');
    for (const h of ts) out.push(`| ${h.pct}% | ${fmtMs(h.ms)} | \`${h.fn}\` |`);
    out.push('');
    const rows = spots.byPhase ?? [];
    const pct = (x: number) => `${((100 * x) / spots.totalMs).toFixed(1)}%`;
    const cell = (x: number) => (x >= 0.5 ? `${fmtMs(x)} (${pct(x)})` : '');
    out.push(
      'time by what runInject called (≈ phase) and by the work done under it (tree-sitter entries classified: parse = Parser.parse; node objects = binding calls that return nodes; scalars = type, text, startIndex, ...):',
      '',
    );
    out.push(
      '| called from runInject | all | tree-sitter parse | tree-sitter node objects | tree-sitter scalars | GC | other (instrgen JS, node) |',
      '|---|---:|---:|---:|---:|---:|---:|',
    );
    const sum = { all: 0, parse: 0, nodes: 0, scalars: 0, gc: 0, other: 0 };
    for (const r of rows) {
      for (const k of Object.keys(sum) as Array<keyof typeof sum>) sum[k] += r.ms[k];
      if (r.ms.all >= spots.totalMs * 0.002)
        out.push(
          `| \`${r.fn}\` | ${cell(r.ms.all)} | ${cell(r.ms.parse)} | ${cell(r.ms.nodes)} | ${cell(r.ms.scalars)} | ${cell(r.ms.gc)} | ${cell(r.ms.other)} |`,
        );
    }
    out.push(
      `| **all** | ${cell(sum.all)} | ${cell(sum.parse)} | ${cell(sum.nodes)} | ${cell(sum.scalars)} | ${cell(sum.gc)} | ${cell(sum.other)} |`,
      '',
    );
  }
  return out.join('\n');
}

/**
 * What the CPU time of a run bounds: `twoParses`, the parse workers' CPU in the parse and edit phases (every file
 * parsed and walked, then every changed output parsed again) divided by the cores, over the floor's time: a run cannot
 * take less wall time than its CPU over the cores, so this is the least full / floor ratio those two parses allow;
 * `all`, the same for all of the run's CPU. Undefined without per-thread CPU.
 */
function cpuBounds(
  floor: Summary,
  full: Summary,
  cores: number,
): { twoParses: number; all: number; floorCpu: number; twoParsesCpu: number; allCpu: number } | undefined {
  const floorCpu = floor.phases.reduce((n, p) => n + (p.cpu ? p.cpu.main + p.cpu.workers + p.cpu.helpers : 0), 0);
  const withCpu = full.phases.filter((p) => p.cpu);
  if (!withCpu.length || !(floorCpu > 0)) return undefined;
  const twoParsesCpu = withCpu
    .filter((p) => p.phase === 'parse' || p.phase === 'edit')
    .reduce((n, p) => n + p.cpu!.workers, 0);
  const allCpu = withCpu.reduce((n, p) => n + p.cpu!.main + p.cpu!.workers + p.cpu!.helpers, 0);
  return {
    twoParses: twoParsesCpu / cores / (floor.totalMs / 1000),
    all: allCpu / cores / (floor.totalMs / 1000),
    floorCpu,
    twoParsesCpu,
    allCpu,
  };
}

/** The full pipeline's CPU by phase and kind of thread, and the least ratios it allows (cpuBounds). */
function cpuSection(out: string[], floor: Summary, full: Summary): void {
  const cores = os.cpus().length;
  const bounds = cpuBounds(floor, full, cores);
  if (!bounds) return;
  const s = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '—');
  out.push(
    '',
    '#### CPU by thread (full pipeline)',
    '',
    "CPU seconds of each phase from /proc/self/task: this thread; the parse workers (threads started during the run); V8's and node's helper threads (the optimizing compiler, the collector's concurrent work). `check` is timed inside `edit`, and its CPU counted there.",
    '',
    '| phase | wall | main thread | parse workers | V8 / node helpers | all | cores busy |',
    '|---|---:|---:|---:|---:|---:|---:|',
  );
  const sum = { ms: 0, main: 0, workers: 0, helpers: 0 };
  for (const p of full.phases) {
    if (!p.cpu) continue;
    const all = p.cpu.main + p.cpu.workers + p.cpu.helpers;
    const ms = p.phase === 'edit' ? p.ms + (full.phases.find((q) => q.phase === 'check')?.ms ?? 0) : p.ms;
    sum.ms += ms;
    sum.main += p.cpu.main;
    sum.workers += p.cpu.workers;
    sum.helpers += p.cpu.helpers;
    out.push(
      `| ${p.phase} | ${fmtMs(ms)} | ${s(p.cpu.main)} | ${s(p.cpu.workers)} | ${s(p.cpu.helpers)} | ${s(all)} | ${ms > 0 ? s(all / (ms / 1000)) : ''} |`,
    );
  }
  const all = sum.main + sum.workers + sum.helpers;
  out.push(
    `| **all** | ${fmtMs(sum.ms)} | ${s(sum.main)} | ${s(sum.workers)} | ${s(sum.helpers)} | **${s(all)}** | ${sum.ms > 0 ? s(all / (sum.ms / 1000)) : ''} |`,
    '',
    `The floor took ${fmtMs(floor.totalMs)} and ${s(bounds.floorCpu)} CPU-s. The parse workers' CPU in parse and edit (every file parsed and walked into a compact tree, then every changed output parsed again) is ${s(bounds.twoParsesCpu)} CPU-s, ${fmtRatio(bounds.twoParsesCpu, bounds.floorCpu)} the floor's: a run takes at least its CPU over its ${cores} cores, so **those two parses alone take at least ${bounds.twoParses.toFixed(2)}× the floor** (target ≤ 1.50×). All of the run's CPU, ${s(bounds.allCpu)} CPU-s, spread perfectly over ${cores} cores, would take ${bounds.all.toFixed(2)}× the floor.`,
  );
}

function tables(out: string[], reps: number, floor: Summary, full: Summary, samples: RunSample[]): void {
  if (floor.files !== full.files && full.ok && floor.ok)
    out.push(`**Note:** the floor read ${floor.files} files, the pipeline loaded ${full.files}.`, '');
  out.push(
    '| phase | parse-only floor | full pipeline | share of full | full / floor | full: RSS / JS heap at phase end |',
    '|---|---:|---:|---:|---:|---:|',
  );
  const floorPhase = (name: string) => floor.phases.find((p) => p.phase === name)?.ms ?? NaN;
  const names = full.phases.map((p) => p.phase);
  for (const p of floor.phases)
    if (!names.includes(p.phase)) names.splice(p.phase === 'read' ? 0 : names.length, 0, p.phase);
  for (const name of names) {
    const f = floorPhase(name);
    const fp = full.phases.find((p) => p.phase === name);
    const u = fp?.ms ?? NaN;
    const label = name === 'edit' ? 'edit (layout)' : name === 'check' ? 'check (re-parse outputs)' : name;
    const mem = fp ? `${fmtMb(fp.rssMb ?? NaN)} / ${fmtMb(fp.heapMb ?? NaN)}` : '';
    const share = Number.isFinite(u) && full.totalMs > 0 ? `${((100 * u) / full.totalMs).toFixed(1)}%` : '';
    out.push(
      `| ${label} | ${fmtMs(f)} | ${fmtMs(u)} | ${share} | ${name === 'parse' ? fmtRatio(u, f) : ''} | ${mem} |`,
    );
  }
  out.push(
    `| **total time** | **${fmtMs(floor.totalMs)}** | **${fmtMs(full.totalMs)}** | 100% | **${fmtRatio(full.totalMs, floor.totalMs)}** | |`,
  );
  out.push(
    `| lines / second | ${fmtN(floor.linesPerSec)} | ${fmtN(full.linesPerSec)} | | ${fmtRatio(floor.linesPerSec, full.linesPerSec)} slower | |`,
  );
  out.push(
    `| **peak RSS** | **${fmtMb(floor.peakRssMb)}** | **${fmtMb(full.peakRssMb)}** | | **${fmtRatio(full.peakRssMb, floor.peakRssMb)}** | |`,
  );
  out.push(
    `| peak JS heap | ${fmtMb(floor.peakHeapMb)} | ${fmtMb(full.peakHeapMb)} | | ${fmtRatio(full.peakHeapMb, floor.peakHeapMb)} | |`,
  );
  out.push(
    `| JS heap retained at end (after GC) | ${fmtMb(floor.retainedHeapMb)} | ${fmtMb(full.retainedHeapMb)} | | ${fmtRatio(full.retainedHeapMb, floor.retainedHeapMb)} | |`,
  );
  out.push(
    `| RSS at end (after GC) | ${fmtMb(floor.endRssMb)} | ${fmtMb(full.endRssMb)} | | ${fmtRatio(full.endRssMb, floor.endRssMb)} | |`,
  );
  out.push(
    `| GCs (pause total) | ${fmtN(floor.gcCount)} (${fmtMs(floor.gcMs)}) | ${fmtN(full.gcCount)} (${fmtMs(full.gcMs)}) | ${full.totalMs > 0 ? `${((100 * full.gcMs) / full.totalMs).toFixed(1)}%` : ''} | | |`,
  );
  out.push('');
  const withOne = samples.some((s) => s.config === 'full1');
  out.push(
    `| rep | floor total | full total | full / floor | floor peak RSS | full peak RSS |${withOne ? ' full, 1 worker | 1 worker / full |' : ''}`,
    `|---:|---:|---:|---:|---:|---:|${withOne ? '---:|---:|' : ''}`,
  );
  for (let r = 0; r < reps; r++) {
    const f = samples.find((s) => s.rep === r && s.config === 'floor');
    const u = samples.find((s) => s.rep === r && s.config === 'full');
    const o = samples.find((s) => s.rep === r && s.config === 'full1');
    out.push(
      `| ${r + 1} | ${fmtMs(f?.totalMs ?? NaN)} | ${u?.ok ? fmtMs(u.totalMs) : 'failed'} | ${u?.ok && f?.ok ? fmtRatio(u.totalMs, f.totalMs) : '—'} | ${fmtMb(f?.peakRssMb ?? NaN)} | ${fmtMb(u?.peakRssMb ?? NaN)} |${withOne ? ` ${o?.ok ? fmtMs(o.totalMs) : 'failed'} | ${o?.ok && u?.ok ? fmtRatio(o.totalMs, u.totalMs) : '—'} |` : ''}`,
    );
  }
  if (full.counts)
    out.push(
      '',
      `Pipeline: ${Object.entries(full.counts)
        .map(([k, v]) => `${k} ${fmtN(v)}`)
        .join(', ')}.`,
    );
  if (floor.counts?.syntaxErrorFiles)
    out.push('', `Floor: ${floor.counts.syntaxErrorFiles} files parse with syntax errors.`);
  for (const [name, s] of [
    ['floor', floor],
    ['full pipeline', full],
  ] as const)
    for (const e of s.errors) out.push('', `**${name} failed:** ${e.length > 1500 ? `${e.slice(0, 1500)}…` : e}`);
}

interface CurvePoint {
  requested: number;
  files: number;
  functions: number;
  lines: number;
  msPerFunction: number;
  /** Peak RSS above the RSS at the start of the clock, per function. */
  kbPerFunction: number;
  heapKbPerFunction: number;
  sample: RunSample;
}

/**
 * The growth curve: for each size, a synthetic module of about that many functions (`funcsPerFile` a file), one full
 * run in a fresh child; time and memory per function, and the ratio of the largest size's to the smallest's (the
 * target: within 1.3×). Memory per function is the peak RSS above the child's RSS when the clock started, so that
 * the fixed cost of node and the loaded modules does not flatter the small sizes.
 */
function growthCurve(
  sizes: number[],
  funcsPerFile: number,
  tmp: string,
  opts: ChildOptions,
): { table: string; json: { points: CurvePoint[]; ratios: Record<string, number>; targets: TargetRow[] } } {
  const points: CurvePoint[] = [];
  sizes.forEach((n, i) => {
    const dir = path.join(tmp, `curve-${n}`);
    fs.mkdirSync(dir);
    const files = Math.max(1, Math.round(n / funcsPerFile));
    syntheticCorpus(dir, files, funcsPerFile);
    const s = runChild('full', i, dir, tmp, opts);
    fs.rmSync(dir, { recursive: true, force: true });
    const functions = s.counts?.functions ?? NaN;
    points.push({
      requested: n,
      files: s.files,
      functions,
      lines: s.lines,
      msPerFunction: s.totalMs / functions,
      kbPerFunction: ((s.peakRssMb - (s.startRssMb ?? NaN)) * 1024) / functions,
      heapKbPerFunction: ((s.peakHeapMb - (s.startHeapMb ?? NaN)) * 1024) / functions,
      sample: s,
    });
    process.stderr.write(
      `bench: curve ${n} functions: ${s.ok ? `${fmtMs(s.totalMs)}, peak RSS ${fmtMb(s.peakRssMb)}` : `FAILED ${(s.error ?? '').slice(0, 300)}`}\n`,
    );
  });
  const first = points[0];
  const last = points[points.length - 1];
  const ratios = {
    time: last.msPerFunction / first.msPerFunction,
    memory: last.kbPerFunction / first.kbPerFunction,
    heap: last.heapKbPerFunction / first.heapKbPerFunction,
  };
  const out: string[] = ['### instrgen benchmark: growth curve (synthetic corpus)', ''];
  out.push(
    `Generated modules of ${funcsPerFile} functions a file (ten files a package), one full run each in a fresh child. Node ${process.version}, ${os.cpus().length}× ${os.cpus()[0]?.model ?? 'cpu'}; ${loadNote()}.`,
  );
  out.push(
    'Memory per function: peak RSS (JS heap) minus the RSS (JS heap) when the clock started (node and the loaded modules), divided by the functions.',
    '',
  );
  out.push(
    '| functions | files | lines | full pipeline | µs / function | peak RSS | KB RSS / function | peak JS heap | KB heap / function | GCs (pauses) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const p of points) {
    const s = p.sample;
    out.push(
      `| ${fmtN(p.functions)} | ${fmtN(p.files)} | ${fmtN(p.lines)} | ${s.ok ? fmtMs(s.totalMs) : 'failed'} | ${(p.msPerFunction * 1000).toFixed(1)} | ${fmtMb(s.peakRssMb)} | ${p.kbPerFunction.toFixed(1)} | ${fmtMb(s.peakHeapMb)} | ${p.heapKbPerFunction.toFixed(1)} | ${fmtN(s.gcCount)} (${fmtMs(s.gcMs)}) |`,
    );
  }
  out.push(
    '',
    `**${fmtN(last.functions)} / ${fmtN(first.functions)} functions, per function (target ≤ 1.30×): time ${ratios.time.toFixed(2)}×, RSS ${ratios.memory.toFixed(2)}×, JS heap ${ratios.heap.toFixed(2)}×.**`,
  );
  // Per phase: a phase that grows faster than the corpus hides behind one that shrinks with warm-up at small sizes.
  const phaseNames: string[] = [];
  for (const p of points)
    for (const ph of p.sample.phases) if (!phaseNames.includes(ph.phase)) phaseNames.push(ph.phase);
  const perFn = (p: CurvePoint, phase: string) =>
    ((p.sample.phases.find((x) => x.phase === phase)?.ms ?? NaN) * 1000) / p.functions;
  const mid = points.length > 2 ? points[points.length - 2] : undefined;
  out.push('', 'Per phase, µs per function:', '');
  out.push(
    `| phase | ${points.map((p) => fmtN(p.functions)).join(' | ')} | ${fmtN(last.functions)} / ${fmtN(first.functions)} |${mid ? ` ${fmtN(last.functions)} / ${fmtN(mid.functions)} |` : ''}`,
  );
  out.push(`|---|${points.map(() => '---:').join('|')}|---:|${mid ? '---:|' : ''}`);
  for (const name of phaseNames)
    out.push(
      `| ${name} | ${points.map((p) => perFn(p, name).toFixed(1)).join(' | ')} | ${fmtRatio(perFn(last, name), perFn(first, name))} |${mid ? ` ${fmtRatio(perFn(last, name), perFn(mid, name))} |` : ''}`,
    );
  if (mid)
    out.push(
      '',
      `Whole pipeline per function, ${fmtN(last.functions)} / ${fmtN(mid.functions)}: time ${(last.msPerFunction / mid.msPerFunction).toFixed(2)}×, RSS ${(last.kbPerFunction / mid.kbPerFunction).toFixed(2)}× (the smallest size's time is mostly JIT warm-up and noise).`,
    );
  for (const p of points)
    if (!p.sample.ok) out.push('', `**${p.requested} functions failed:** ${(p.sample.error ?? '').slice(0, 1500)}`);
  for (const n of new Set(points.flatMap((p) => p.sample.notes ?? []))) out.push('', `**Bench note:** ${n}.`);
  const targets = curveTargets(points, ratios);
  out.push('', '#### Targets (issue 10)', '');
  targetTable(out, targets);
  return { table: out.join('\n'), json: { points, ratios, targets } };
}

/** Linear growth: time and memory per function at 100 k functions within 1.3× of those at 1 k. */
function curveTargets(points: CurvePoint[], ratios: { time: number; memory: number }): TargetRow[] {
  const first = points[0];
  const last = points[points.length - 1];
  const ok = points.every((p) => p.sample.ok);
  const why =
    first.requested === 1000 && last.requested === 100000
      ? undefined
      : `a curve of ${fmtN(first.requested)} to ${fmtN(last.requested)} functions (the target's: 1,000 to 100,000)`;
  const row = (what: string, ratio: number, a: string, b: string): TargetRow => ({
    target: `linear growth: ${what} per function at 100 k functions ≤ 1.30× that at 1 k (synthetic)`,
    figure: ok
      ? `${ratio.toFixed(2)}× (${b} at ${fmtN(last.functions)}, ${a} at ${fmtN(first.functions)})`
      : 'a run failed',
    met: why ? undefined : ok && ratio <= 1.3,
    why,
  });
  return [
    row(
      'time',
      ratios.time,
      `${(first.msPerFunction * 1000).toFixed(1)} µs`,
      `${(last.msPerFunction * 1000).toFixed(1)} µs`,
    ),
    row(
      'memory (peak RSS above the start)',
      ratios.memory,
      `${first.kbPerFunction.toFixed(1)} KB`,
      `${last.kbPerFunction.toFixed(1)} KB`,
    ),
  ];
}

/**
 * `--corpus all` (the default): the three corpora the targets are stated on, each by this script in its own process
 * (same options), one after the other so that they do not compete for the cores; their reports joined, then every
 * target with its figure from one table.
 */
function benchAll(argv: string[], out: string | undefined, json: string | undefined): void {
  const started = performance.now();
  const loadBefore = loadNote();
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--corpus' || a === '--out' || a === '--json') i++;
    else if (!a.startsWith('--corpus=') && !a.startsWith('--out=') && !a.startsWith('--json=')) rest.push(a);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'instrgen-bench-all-'));
  // Compiled once for the three corpora.
  if (!rest.some((a) => a === '--tsx' || a === '--build' || a.startsWith('--build=')))
    rest.push('--build', compiledBuild(path.join(tmp, 'build')));
  const parts: string[] = [];
  const targets: TargetRow[] = [];
  const corpora = ['stdlib', 'xtools', 'curve'];
  try {
    for (const corpus of corpora) {
      const md = path.join(tmp, `${corpus}.md`);
      const js = path.join(tmp, `${corpus}.json`);
      const args = ['--import', 'tsx', __filename, ...rest, '--corpus', corpus, '--out', md, '--json', js];
      process.stderr.write(`bench: --corpus ${corpus} (${loadNote()})\n`);
      const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
      if (r.status !== 0) process.exitCode = 2;
      parts.push(
        fs.existsSync(md)
          ? fs.readFileSync(md, 'utf8').trim()
          : `### ${corpus}: the bench failed (exit ${r.status ?? r.signal}), no report`,
      );
      if (fs.existsSync(js)) {
        const text = fs.readFileSync(js, 'utf8');
        targets.push(...((JSON.parse(text) as { targets?: TargetRow[] }).targets ?? []));
        if (json) fs.writeFileSync(json.replace(/(\.json)?$/, `.${corpus}.json`), text);
      } else targets.push({ target: `the ${corpus} corpus`, figure: 'the bench failed, no figures', met: false });
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const summary: string[] = ['### instrgen benchmark: targets (issue 10), all from this run', ''];
  targetTable(summary, targets);
  const met = targets.filter((t) => t.met === true).length;
  const judged = targets.filter((t) => t.met !== undefined).length;
  summary.push(
    '',
    `${met} of ${judged} targets met. Bench wall time ${fmtMs(performance.now() - started)}; ${loadBefore.replace('load average', 'load average before')}, ${loadNote().replace('load average', 'after')}.`,
  );
  parts.push(summary.join('\n'));
  const text = parts.join('\n\n');
  console.log(text);
  if (out) fs.writeFileSync(out, text + '\n');
  if (json) fs.writeFileSync(json, JSON.stringify({ corpora, targets }, null, 2) + '\n');
}

async function parentMain(): Promise<void> {
  const benchStart = performance.now();
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', default: 'all' },
      subset: { type: 'string' },
      reps: { type: 'string' },
      speedup: { type: 'string', default: 'on' },
      json: { type: 'string' },
      files: { type: 'string', default: '500' },
      funcs: { type: 'string', default: '20' },
      profile: { type: 'string' },
      'heap-mb': { type: 'string' },
      goroot: { type: 'string' },
      xtools: { type: 'string', default: XTOOLS_DIR },
      curve: { type: 'string', default: '1000,10000,100000' },
      out: { type: 'string' },
      keep: { type: 'boolean', default: false },
      tsx: { type: 'boolean', default: false },
      build: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    const lines = fs.readFileSync(__filename, 'utf8').split('\n');
    console.log(
      lines
        .slice(
          0,
          lines.findIndex((l) => !l.startsWith('//')),
        )
        .map((l) => l.slice(3))
        .join('\n'),
    );
    return;
  }
  const reps = Number(values.reps ?? (values.corpus === 'stdlib' ? 1 : 3));
  if (!Number.isInteger(reps) || reps < (values.profile ? 0 : 1))
    throw new Error(`--reps ${values.reps}: want a positive integer (0 only with --profile)`);
  if (values.speedup !== 'on' && values.speedup !== 'off')
    throw new Error(`--speedup ${values.speedup}: want on or off`);
  if (values.corpus === 'all') return benchAll(process.argv.slice(2), values.out, values.json);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'instrgen-bench-'));
  const build = values.tsx
    ? undefined
    : compiledBuild(values.build ? path.resolve(values.build) : path.join(tmp, 'build'));
  const corpusDir = path.join(tmp, 'module');
  fs.mkdirSync(corpusDir);
  try {
    if (values.corpus === 'curve') {
      const sizes = values.curve.split(',').map(Number);
      if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n < 1))
        throw new Error(`--curve ${values.curve}: want function counts, e.g. 1000,10000,100000`);
      const opts: ChildOptions = { heapMb: values['heap-mb'] ? Number(values['heap-mb']) : undefined, build };
      const { table, json } = growthCurve(sizes, Number(values.funcs), tmp, opts);
      const text = `${table}\n\nBench wall time: ${fmtMs(performance.now() - benchStart)}.`;
      console.log(text);
      if (values.out) fs.writeFileSync(values.out, text + '\n');
      if (values.json)
        fs.writeFileSync(
          values.json,
          JSON.stringify(json, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2) + '\n',
        );
      if (json.points.some((p) => !p.sample.ok)) process.exitCode = 2;
      return;
    }
    let corpus: Corpus;
    if (values.corpus === 'stdlib') {
      const goroot = values.goroot ?? (await import('../src/stdlib/goroot')).goRootFromGo();
      const subset = values.subset
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      corpus = stdlibCorpus(goroot, subset, corpusDir);
    } else if (values.corpus === 'xtools') {
      fs.rmdirSync(corpusDir);
      corpus = xtoolsCorpus(values.xtools, corpusDir);
    } else if (values.corpus === 'synthetic') {
      corpus = syntheticCorpus(corpusDir, Number(values.files), Number(values.funcs));
    } else throw new Error(`--corpus ${values.corpus}: want stdlib, xtools, synthetic or curve`);
    process.stderr.write(`bench: ${corpus.kind} corpus ready in ${fmtMs(corpus.prepareMs)} at ${corpus.dir}\n`);

    const opts: ChildOptions = { heapMb: values['heap-mb'] ? Number(values['heap-mb']) : undefined, build };
    const samples: RunSample[] = [];
    const configs: Config[] = values.speedup === 'on' ? ['floor', 'full', 'full1'] : ['floor', 'full'];
    for (let rep = 0; rep < reps; rep++) {
      // Rotate the order so that no configuration always runs first.
      const order = [...configs.slice(rep % configs.length), ...configs.slice(0, rep % configs.length)];
      for (const config of order) {
        const s = runChild(config, rep, corpus.dir, tmp, opts);
        samples.push(s);
        process.stderr.write(
          `bench: rep ${rep + 1}/${reps} ${config}: ${s.ok ? `${fmtMs(s.totalMs)}, peak RSS ${fmtMb(s.peakRssMb)}` : `FAILED ${(s.error ?? '').slice(0, 300)}`} (${loadNote()})\n`,
        );
      }
    }
    const floor = summarize(
      'floor',
      samples.filter((s) => s.config === 'floor'),
    );
    let full = summarize(
      'full',
      samples.filter((s) => s.config === 'full'),
    );
    const oneSamples = samples.filter((s) => s.config === 'full1');
    const workers = oneSamples.length ? workersResult(full, summarize('full1', oneSamples), samples) : undefined;

    let spots: HotSpots | undefined;
    if (values.profile) {
      const profileFile = path.resolve(values.profile);
      process.stderr.write(`bench: profiling one full run into ${profileFile}\n`);
      const s = runChild('full', reps, corpus.dir, tmp, {
        ...opts,
        profile: profileFile,
        build: opts.build ?? compiledBuild(path.join(tmp, 'build')),
      });
      if (reps === 0) full = summarize('full', [s]);
      if (!s.ok) process.stderr.write(`bench: the profiled run failed: ${s.error ?? ''}\n`);
      if (fs.existsSync(profileFile)) spots = hotSpots(JSON.parse(fs.readFileSync(profileFile, 'utf8')) as CpuProfile);
      else process.stderr.write(`bench: the profiled run wrote no profile: ${s.error ?? ''}\n`);
    }

    const benchMs = performance.now() - benchStart;
    const targets = floorTargets(corpus, floor, full, workers);
    const table = markdown(corpus, reps, floor, full, samples, workers, targets, spots);
    const text = `${table}\n\nBench wall time: ${fmtMs(benchMs)} (corpus preparation ${fmtMs(corpus.prepareMs)}).`;
    console.log(text);
    if (values.out) fs.writeFileSync(values.out, text + '\n');
    if (values.json) {
      const bounds = cpuBounds(floor, full, os.cpus().length);
      const json = {
        corpus: {
          ...corpus,
          dir: values.keep ? corpus.dir : undefined,
          files: floor.files || full.files,
          lines: floor.lines || full.lines,
          bytes: floor.bytes || full.bytes,
        },
        node: process.version,
        cpus: os.cpus().length,
        reps,
        floor,
        full,
        ratios: {
          time: full.totalMs / floor.totalMs,
          timePairedMedian: median(
            [...Array(reps).keys()].map((r) => {
              const f = samples.find((s) => s.rep === r && s.config === 'floor' && s.ok);
              const u = samples.find((s) => s.rep === r && s.config === 'full' && s.ok);
              return f && u ? u.totalMs / f.totalMs : NaN;
            }),
          ),
          parsePhase:
            (full.phases.find((p) => p.phase === 'parse')?.ms ?? NaN) /
            (floor.phases.find((p) => p.phase === 'parse')?.ms ?? NaN),
          peakRss: full.peakRssMb / floor.peakRssMb,
          peakHeap: full.peakHeapMb / floor.peakHeapMb,
          retainedHeap: full.retainedHeapMb / floor.retainedHeapMb,
          workersSpeedup: workers?.speedup ?? NaN,
          twoParsesBound: bounds?.twoParses ?? NaN,
          cpuBound: bounds?.all ?? NaN,
        },
        workers,
        targets,
        samples,
        hotSpots: spots,
        benchMs,
      };
      fs.writeFileSync(
        values.json,
        JSON.stringify(json, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2) + '\n',
      );
    }
    if (!floor.ok || !full.ok || (workers && !workers.oneWorker.ok)) process.exitCode = 2;
  } finally {
    if (values.keep) process.stderr.write(`bench: kept ${tmp}\n`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--child');
  if (i !== -1) {
    const arg = (name: string) => {
      const j = process.argv.indexOf(name);
      return j === -1 ? undefined : process.argv[j + 1];
    };
    await childMain(
      process.argv[i + 1] as Config,
      arg('--dir')!,
      arg('--out')!,
      Number(arg('--rep') ?? 0),
      arg('--profile'),
      arg('--dist'),
    );
    return;
  }
  await parentMain();
}

if (require.main === module) {
  main().catch((e) => {
    console.error(`bench: ${(e as Error).stack ?? e}`);
    process.exit(1);
  });
}
