// Defines the module-mode test harness: the offline module proxy (scripts/module-proxy.sh), the go environment that
// uses it, and building, vetting, testing and running a module in place with default flags (-mod=readonly).
import { execFileSync } from 'child_process';
import { existsSync, promises as fsp } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { crc32 } from 'zlib';
import { parseTraces } from '../traces/spans';
import {
  CmdResult,
  GO_CACHE_DIR,
  GO_COMMAND_TIMEOUT_MS,
  GoRunResult,
  REPO_ROOT,
  RUN_TIMEOUT_MS,
  runCommand,
} from './goToolchain';

/** One module cache for every module-mode test, so each module version is extracted once. */
export const GO_MOD_CACHE_DIR = path.join(os.tmpdir(), 'instrgen-gomodcache');

let proxyDir: string | undefined;

/** Builds (or finds, cached by content) the file-system module proxy and returns its directory. */
export function moduleProxy(): string {
  if (proxyDir === undefined) {
    proxyDir = execFileSync('bash', [path.join(REPO_ROOT, 'scripts', 'module-proxy.sh')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 10 * 60 * 1000,
    }).trim();
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
    const run: CmdResult = await runCommand(binary, opts.args ?? [], {
      cwd: runDir,
      env: process.env,
      stdin: opts.stdin,
      timeoutMs: RUN_TIMEOUT_MS,
    });
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

/** A zip archive of text files, stored uncompressed: what a module proxy serves as MODULE@VERSION.zip. */
function storedZip(files: ReadonlyArray<[string, string]>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of files) {
    const data = Buffer.from(text, 'utf8');
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(fileName.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    central.push(entry, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/**
 * Publishes a module version (module-relative path → text; go.mod among them) in a file-system module proxy, laid
 * out as the GOPROXY protocol says: what a repository's nested module looks like once released on its own.
 */
export async function publishModule(
  proxy: string,
  modulePath: string,
  version: string,
  files: Record<string, string>,
): Promise<void> {
  // The protocol's case encoding: an upper-case letter is `!` and its lower case.
  const escapedPath = modulePath.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
  const dir = path.join(proxy, ...escapedPath.split('/'), '@v');
  await fsp.mkdir(dir, { recursive: true });
  await fsp.writeFile(path.join(dir, 'list'), `${version}\n`);
  await fsp.writeFile(
    path.join(dir, `${version}.info`),
    JSON.stringify({ Version: version, Time: '2024-01-01T00:00:00Z' }) + '\n',
  );
  await fsp.writeFile(path.join(dir, `${version}.mod`), files['go.mod']);
  const entries = Object.entries(files)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([f, t]): [string, string] => [`${modulePath}@${version}/${f}`, t]);
  await fsp.writeFile(path.join(dir, `${version}.zip`), storedZip(entries));
}
