// Defines the end-to-end test harness that builds, vets, tests and runs a Go module offline in GOPATH mode, then reads the spans it wrote.
import { spawn, spawnSync } from 'child_process';
import { existsSync, mkdtempSync, promises as fsp, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseTraces, type Span } from '../traces/spans';
import { isRuntimeSource } from '../gomod/runtime';

/** Where Debian's golang-opentelemetry-otel-dev puts the OTel Go v1.1.0 sources (a GOPATH root). */
export const SYSTEM_GOPATH = '/usr/share/gocode';

/** The repository root, found from this file's location (src/testing/). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** The import path instrumented programs use for the runtime library. */
export const RTLIB_IMPORT_PATH = 'instrgen.dev/rtlib';

/**
 * Every import path the tests put the runtime library at: the cases' own, and the original tool's, which sorts
 * before go.opentelemetry.io/otel (so the import block inject adds must be sorted as gofmt sorts it).
 */
export const RTLIB_IMPORT_PATHS = [RTLIB_IMPORT_PATH, 'go.opentelemetry.io/contrib/instrgen/rtlib'];

/** A module's files with the runtime library imported from `importPath` instead of RTLIB_IMPORT_PATH. */
export function withRtlibImportPath(files: Record<string, string>, importPath: string): Record<string, string> {
  if (importPath === RTLIB_IMPORT_PATH) return files;
  const quoted = `"${RTLIB_IMPORT_PATH}"`;
  return Object.fromEntries(
    Object.entries(files).map(([p, t]) => [p, p.endsWith('.go') ? t.split(quoted).join(`"${importPath}"`) : t]),
  );
}

/**
 * The Go files among `names` that the real `gofmt -l` lists: those gofmt would change. One gofmt process for all
 * of them; throws when gofmt is missing or fails (a syntax error), so that a test cannot pass without it.
 */
export function gofmtUnclean(files: Record<string, string>, names: readonly string[]): string[] {
  const goNames = names.filter((f) => f.endsWith('.go'));
  if (!goNames.length) return [];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'instrgen-gofmt-'));
  try {
    const paths = goNames.map((f, i) => {
      const p = path.join(dir, `${i}.go`);
      writeFileSync(p, files[f]);
      return p;
    });
    const r = spawnSync('gofmt', ['-l', ...paths], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.error || r.status !== 0)
      throw new Error(`gofmt -l failed (${r.error?.message ?? `exit ${r.status}`}): ${r.stderr}`);
    return r.stdout
      .split('\n')
      .filter(Boolean)
      .map((p) => goNames[Number(path.basename(p, '.go'))]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Shared across all builds so repeated compiles of the OTel SDK come from the cache. */
export const GO_CACHE_DIR = path.join(os.tmpdir(), 'instrgen-gocache');

/** How long the built program may run before it is killed. */
export const RUN_TIMEOUT_MS = 30_000;

/** Build, vet and test get more time: the first build compiles the whole OTel SDK. */
export const GO_COMMAND_TIMEOUT_MS = 300_000;

const REQUIRED_GOPATH_DIRS = [
  'src/go.opentelemetry.io/otel/sdk/trace',
  'src/go.opentelemetry.io/otel/exporters/stdout/stdouttrace',
];

/** The outcome of one external command. */
export interface CmdResult {
  /** The command line, for failure messages. */
  command: string;
  cwd: string;
  stdout: string;
  stderr: string;
  /** The exit code; -1 when the process was killed by a signal or the timeout. */
  exitCode: number;
  timedOut: boolean;
}

export interface BuildAndRunOptions {
  /** Module-relative path → file text, including go.mod. */
  files: Record<string, string>;
  /** The module path; files are written to $GOPATH/src/<modulePath>/. */
  modulePath: string;
  /** Module-relative directory of the package main to build and run; default ".". */
  mainPackage?: string;
  args?: string[];
  stdin?: string;
  /** Also run `go vet ./...` in the module. */
  vet?: boolean;
  /** Also run `go test ./...` in the module. */
  test?: boolean;
  /** Run the built binary; default true. */
  run?: boolean;
  /** Extra environment variables for the program run (not for the go commands). */
  env?: Record<string, string>;
  /** Kill the program after this long; default RUN_TIMEOUT_MS (30 s). */
  timeoutMs?: number;
  /** Where the runtime library is put in the GOPATH; default RTLIB_IMPORT_PATH. */
  rtlibImportPath?: string;
}

export interface GoRunResult {
  build: CmdResult;
  vet?: CmdResult;
  test?: CmdResult;
  /** Present when the build succeeded and running was not disabled. */
  run?: { stdout: string; stderr: string; exitCode: number; timedOut: boolean };
  /** Parsed traces.txt from the run's working directory, when the program wrote one. */
  traces?: Span[];
  tracesText?: string;
  /** The temporary directory holding gopath/, bin/ and run/; deleted unless INSTRGEN_KEEP_TMP=1. */
  workDir: string;
}

let goAvailableCache: boolean | undefined;

/** True when `go` runs and the Debian OTel Go sources are installed. */
export function goAvailable(): boolean {
  if (goAvailableCache === undefined) goAvailableCache = missingGoPieces().length === 0;
  return goAvailableCache;
}

/** Throws (so tests fail rather than skip) when the Go toolchain or OTel sources are missing. */
export function requireGoToolchain(): void {
  if (goAvailable()) return;
  const missing = missingGoPieces();
  throw new Error(
    `The Go toolchain needed by end-to-end tests is missing (${missing.join('; ')}). ` +
      `Install it with: bash ${path.join(REPO_ROOT, 'scripts', 'install-go.sh')} (as root; it apt-installs golang-go and golang-opentelemetry-otel-dev).`,
  );
}

function missingGoPieces(): string[] {
  const missing: string[] = [];
  const version = spawnSync('go', ['version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) missing.push('`go version` failed');
  for (const dir of REQUIRED_GOPATH_DIRS) {
    const full = path.join(SYSTEM_GOPATH, dir);
    if (!existsSync(full)) missing.push(`${full} not found`);
  }
  return missing;
}

/** Environment for go commands: GOPATH mode, offline, the shared cache, no cgo (no C compiler needed). */
export function goEnvironment(gopath: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GO111MODULE: 'off',
    GOPATH: `${gopath}${path.delimiter}${SYSTEM_GOPATH}`,
    GOFLAGS: '',
    GOCACHE: GO_CACHE_DIR,
    GOPROXY: 'off',
    CGO_ENABLED: '0',
  };
}

/** Runs a command asynchronously, capturing output; never rejects for a non-zero exit. */
export function runCommand(
  command: string,
  args: readonly string[],
  opts: { cwd: string; env?: NodeJS.ProcessEnv; stdin?: string; timeoutMs?: number },
): Promise<CmdResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: 'pipe' });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer =
      opts.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
          }, opts.timeoutMs);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    // A program that exits without reading stdin makes the write fail with EPIPE; that is not our error.
    child.stdin.on('error', () => undefined);
    child.stdin.end(opts.stdin ?? '');
    child.on('error', (e) => {
      if (timer) clearTimeout(timer);
      reject(new Error(`cannot start ${command}: ${e.message}`));
    });
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      resolve({
        command: [command, ...args].join(' '),
        cwd: opts.cwd,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        exitCode: code ?? -1,
        timedOut,
      });
    });
  });
}

/**
 * Writes the module into a fresh GOPATH next to a copy of the repository's rtlib, builds its
 * main package, optionally vets and tests it, runs the binary in a fresh directory and reads
 * the traces.txt it leaves there. Build failures are returned, not thrown.
 */
export async function buildAndRun(opts: BuildAndRunOptions): Promise<GoRunResult> {
  requireGoToolchain();
  const workDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'instrgen-run-'));
  try {
    return await buildAndRunIn(workDir, opts);
  } finally {
    if (process.env.INSTRGEN_KEEP_TMP !== '1') await fsp.rm(workDir, { recursive: true, force: true });
  }
}

async function buildAndRunIn(workDir: string, opts: BuildAndRunOptions): Promise<GoRunResult> {
  const gopath = path.join(workDir, 'gopath');
  const moduleDir = path.join(gopath, 'src', ...opts.modulePath.split('/'));
  await writeFiles(moduleDir, opts.files);
  await copyRtlib(path.join(gopath, 'src', ...(opts.rtlibImportPath ?? RTLIB_IMPORT_PATH).split('/')));

  const env = goEnvironment(gopath);
  const binDir = path.join(workDir, 'bin');
  await fsp.mkdir(binDir);
  const binary = path.join(binDir, 'prog');
  const mainPackage = opts.mainPackage ?? '.';
  // "./" keeps go from taking a bare directory name for an import path.
  const target = mainPackage === '.' || mainPackage === '' ? '.' : `./${mainPackage.replace(/^\.\//, '')}`;
  const goOpts = { cwd: moduleDir, env, timeoutMs: GO_COMMAND_TIMEOUT_MS };

  const build = await runCommand('go', ['build', '-o', binary, target], goOpts);
  const result: GoRunResult = { build, workDir };
  if (opts.vet) result.vet = await runCommand('go', ['vet', './...'], goOpts);
  if (opts.test) result.test = await runCommand('go', ['test', './...'], goOpts);
  if (build.exitCode !== 0 || opts.run === false) return result;

  const runDir = path.join(workDir, 'run');
  await fsp.mkdir(runDir);
  const run = await runCommand(binary, opts.args ?? [], {
    cwd: runDir,
    env: { ...process.env, ...opts.env },
    stdin: opts.stdin,
    timeoutMs: opts.timeoutMs ?? RUN_TIMEOUT_MS,
  });
  result.run = { stdout: run.stdout, stderr: run.stderr, exitCode: run.exitCode, timedOut: run.timedOut };

  const tracesPath = path.join(runDir, 'traces.txt');
  if (existsSync(tracesPath)) {
    result.tracesText = await fsp.readFile(tracesPath, 'utf8');
    try {
      result.traces = parseTraces(result.tracesText);
    } catch (e) {
      throw new Error(
        `${(e as Error).message}\n(in ${tracesPath}; set INSTRGEN_KEEP_TMP=1 to keep it)\n${goRunReport(result)}`,
      );
    }
  }
  return result;
}

/** A readable account of every command in a result, for assertion messages. */
export function goRunReport(result: GoRunResult): string {
  const parts: string[] = [`workDir: ${result.workDir}`];
  const cmd = (label: string, r: CmdResult | undefined): void => {
    if (!r) return;
    parts.push(`--- ${label}: ${r.command} (exit ${r.exitCode}${r.timedOut ? ', timed out' : ''})`);
    if (r.stdout) parts.push(`stdout:\n${r.stdout}`);
    if (r.stderr) parts.push(`stderr:\n${r.stderr}`);
  };
  cmd('build', result.build);
  cmd('vet', result.vet);
  cmd('test', result.test);
  if (result.run) {
    parts.push(`--- run (exit ${result.run.exitCode}${result.run.timedOut ? ', timed out' : ''})`);
    if (result.run.stdout) parts.push(`stdout:\n${result.run.stdout}`);
    if (result.run.stderr) parts.push(`stderr:\n${result.run.stderr}`);
  }
  if (result.traces) parts.push(`--- ${result.traces.length} spans`);
  return parts.join('\n');
}

/** Reads every regular file under dir into the module-relative path → text map buildAndRun takes. */
export async function moduleFilesFromDir(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const walk = async (rel: string): Promise<void> => {
    for (const entry of await fsp.readdir(path.join(dir, rel), { withFileTypes: true })) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(childRel);
      else if (entry.isFile()) files[childRel] = await fsp.readFile(path.join(dir, childRel), 'utf8');
    }
  };
  await walk('');
  return files;
}

async function writeFiles(root: string, files: Record<string, string>): Promise<void> {
  for (const [rel, text] of Object.entries(files)) {
    const full = path.resolve(root, rel);
    if (!full.startsWith(root + path.sep)) throw new Error(`buildAndRun: file path escapes the module: ${rel}`);
    await fsp.mkdir(path.dirname(full), { recursive: true });
    await fsp.writeFile(full, text);
  }
}

async function copyRtlib(dest: string): Promise<void> {
  const src = path.join(REPO_ROOT, 'rtlib');
  await fsp.mkdir(dest, { recursive: true });
  const names = (await fsp.readdir(src)).filter(isRuntimeSource);
  if (names.length === 0) throw new Error(`buildAndRun: no Go files in ${src}`);
  for (const name of names) await fsp.copyFile(path.join(src, name), path.join(dest, name));
}

/**
 * A small module instrumented by hand the way instrgen's output looks: every function reachable
 * from main opens a span, and main bootstraps rtlib. Tests use it to prove rtlib and the harness
 * work without depending on the instrumenter. With the argument "exit" it calls os.Exit(3)
 * from inside main.work, so main.main's span never ends and its children become orphans.
 */
export function handInstrumentedModule(): { modulePath: string; files: Record<string, string> } {
  const modulePath = 'example.com/handapp';
  return {
    modulePath,
    files: {
      'go.mod': `module ${modulePath}\n\ngo 1.19\n`,
      'main.go': `package main

import (
	__atel_context "context"
	"fmt"
	"os"
	"sync"
	"time"

	__atel_otel "go.opentelemetry.io/otel"
	"${modulePath}/lib"
	"${RTLIB_IMPORT_PATH}"
)

func work(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("${modulePath}").Start(__atel_tracing_ctx, "main.work")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	time.Sleep(2 * time.Millisecond)
	r := lib.Fib(__atel_child_tracing_ctx, n)
	if len(os.Args) > 1 && os.Args[1] == "exit" {
		fmt.Println("exiting early")
		os.Exit(3)
	}
	return r
}

func background(__atel_tracing_ctx __atel_context.Context, wg *sync.WaitGroup) {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("${modulePath}").Start(__atel_tracing_ctx, "main.background")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	defer wg.Done()
	time.Sleep(3 * time.Millisecond)
}

func main() {
	__atel_ts := rtlib.NewTracingState()
	defer rtlib.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("${modulePath}").Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	rtlib.AutotelEntryPoint()

	var wg sync.WaitGroup
	wg.Add(1)
	go background(__atel_child_tracing_ctx, &wg)
	fmt.Println("fib", work(__atel_child_tracing_ctx, 4))
	wg.Wait()
}
`,
      'lib/lib.go': `package lib

import (
	__atel_context "context"

	__atel_otel "go.opentelemetry.io/otel"
)

// Fib recurses so that one function name appears at several depths of the span tree.
func Fib(__atel_tracing_ctx __atel_context.Context, n int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("${modulePath}/lib").Start(__atel_tracing_ctx, "lib.Fib")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	if n < 2 {
		return n
	}
	return Fib(__atel_child_tracing_ctx, n-1) + Fib(__atel_child_tracing_ctx, n-2)
}
`,
      'lib/lib_test.go': `package lib

import (
	"context"
	"testing"
)

func TestFib(t *testing.T) {
	if got := Fib(context.Background(), 6); got != 8 {
		t.Fatalf("Fib(6) = %d, want 8", got)
	}
}
`,
    },
  };
}
