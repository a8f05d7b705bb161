// Defines the module-mode test harness: the offline module proxy (scripts/module-proxy.sh), the go environment that
// uses it, and building, vetting, testing and running a module in place with default flags (-mod=readonly).
import { execFileSync } from 'child_process';
import { existsSync, promises as fsp } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseTraces } from '../traces/spans';
import { CmdResult, GO_CACHE_DIR, GO_COMMAND_TIMEOUT_MS, GoRunResult, REPO_ROOT, RUN_TIMEOUT_MS, runCommand } from './goToolchain';

/** One module cache for every module-mode test, so each module version is extracted once. */
export const GO_MOD_CACHE_DIR = path.join(os.tmpdir(), 'instrgen-gomodcache');

let proxyDir: string | undefined;

/** Builds (or finds, cached by content) the file-system module proxy and returns its directory. */
export function moduleProxy(): string {
  if (proxyDir === undefined) {
    proxyDir = execFileSync('bash', [path.join(REPO_ROOT, 'scripts', 'module-proxy.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 10 * 60 * 1000 }).trim();
  }
  return proxyDir;
}

/**
 * The environment of a Go developer in module mode whose proxy is the offline one: default flags (so -mod=readonly),
 * no checksum database (the proxy's zips are ours), the shared caches, no cgo, no workspace.
 */
export function moduleEnvironment(proxy: string = moduleProxy()): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['GOPATH', 'GOFLAGS', 'GOWORK', 'GONOSUMDB', 'GOPRIVATE', 'GONOPROXY', 'GOINSECURE']) delete env[k];
  return {
    ...env,
    GO111MODULE: 'on',
    GOPROXY: `file://${proxy}`,
    GOSUMDB: 'off',
    GOMODCACHE: GO_MOD_CACHE_DIR,
    GOCACHE: GO_CACHE_DIR,
    GOPATH: path.join(os.tmpdir(), 'instrgen-gopath-modules'),
    CGO_ENABLED: '0',
    GOWORK: 'off',
    GOTOOLCHAIN: 'local',
  };
}

/** An environment in which no module can be downloaded: the proxy is off and the module cache is empty. */
export function offlineEnvironment(emptyCache: string): NodeJS.ProcessEnv {
  return { ...moduleEnvironment('/nonexistent'), GOPROXY: 'off', GOMODCACHE: emptyCache };
}

export interface ModuleRunOptions {
  /** The module directory, built in place. */
  dir: string;
  env: NodeJS.ProcessEnv;
  mainPackage?: string;
  args?: string[];
  stdin?: string;
  vet?: boolean;
  test?: boolean;
}

/**
 * Builds the module's main package with default flags, optionally vets and tests the module, runs the binary in a
 * fresh directory and reads the traces.txt it leaves there. The binary and the run directory are outside the
 * module, so that the module's files are only what the user has. Failures are returned, not thrown.
 */
export async function buildAndRunModule(opts: ModuleRunOptions): Promise<GoRunResult> {
  const workDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'instrgen-modrun-'));
  try {
    const binary = path.join(workDir, 'prog');
    const target = !opts.mainPackage || opts.mainPackage === '.' ? '.' : `./${opts.mainPackage.replace(/^\.\//, '')}`;
    const goOpts = { cwd: opts.dir, env: opts.env, timeoutMs: GO_COMMAND_TIMEOUT_MS };
    const build = await runCommand('go', ['build', '-o', binary, target], goOpts);
    const result: GoRunResult = { build, workDir };
    if (opts.vet) result.vet = await runCommand('go', ['vet', './...'], goOpts);
    if (opts.test) result.test = await runCommand('go', ['test', './...'], goOpts);
    if (build.exitCode !== 0) return result;
    const runDir = path.join(workDir, 'run');
    await fsp.mkdir(runDir);
    const run: CmdResult = await runCommand(binary, opts.args ?? [], { cwd: runDir, env: process.env, stdin: opts.stdin, timeoutMs: RUN_TIMEOUT_MS });
    result.run = { stdout: run.stdout, stderr: run.stderr, exitCode: run.exitCode, timedOut: run.timedOut };
    const tracesPath = path.join(runDir, 'traces.txt');
    if (existsSync(tracesPath)) {
      result.tracesText = await fsp.readFile(tracesPath, 'utf8');
      result.traces = parseTraces(result.tracesText);
    }
    return result;
  } finally {
    if (process.env.INSTRGEN_KEEP_TMP !== '1') await fsp.rm(workDir, { recursive: true, force: true });
  }
}

/** Every file (bytes as a latin1 string) and directory (`dir/`) below dir but .git: what "byte for byte" compares. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (rel: string): Promise<void> => {
    for (const e of await fsp.readdir(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (e.name === '.git') continue;
        out[`${r}/`] = '';
        await walk(r);
      } else out[r] = (await fsp.readFile(path.join(dir, r))).toString('latin1');
    }
  };
  await walk('');
  return out;
}
