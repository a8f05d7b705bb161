// Tests for the process terminal: progress and colour only on an interactive stderr, and a progress line never mixed into results or left behind.
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { processTerminal } from './terminal';

const REPO = path.resolve(__dirname, '..', '..');
const TSX = path.join(REPO, 'node_modules', '.bin', 'tsx');
const MAIN = path.join(REPO, 'src', 'cli', 'main.ts');
const INPUT = path.join(REPO, 'testdata', 'cases', 'basic-fib', 'input');

describe('processTerminal', () => {
  const writes: Array<[string, string]> = [];
  let ttyBefore: boolean | undefined;
  let stdoutErrorListeners: Function[];
  let exitListeners: Function[];

  beforeEach(() => {
    writes.length = 0;
    ttyBefore = process.stderr.isTTY;
    stdoutErrorListeners = process.stdout.listeners('error');
    exitListeners = process.listeners('exit');
    jest.spyOn(process.stdout, 'write').mockImplementation((t) => (writes.push(['out', String(t)]), true));
    jest.spyOn(process.stderr, 'write').mockImplementation((t) => (writes.push(['err', String(t)]), true));
  });
  afterEach(() => {
    jest.restoreAllMocks();
    process.stderr.isTTY = ttyBefore as true;
    for (const l of process.stdout.listeners('error'))
      if (!stdoutErrorListeners.includes(l)) process.stdout.removeListener('error', l as (...a: unknown[]) => void);
    for (const l of process.listeners('exit'))
      if (!exitListeners.includes(l)) process.removeListener('exit', l as (...a: unknown[]) => void);
  });

  /** The listeners processTerminal added for process exit. */
  const addedExitListeners = () => process.listeners('exit').filter((l) => !exitListeners.includes(l));

  test('on a stderr that is not a TTY, progress writes nothing and there is no colour', () => {
    process.stderr.isTTY = false as true;
    const t = processTerminal({});
    expect(t.color).toBe(false);
    t.progress('instrgen: load 0.0s');
    t.out('result\n');
    t.err('summary\n');
    for (const l of addedExitListeners()) (l as () => void)();
    expect(writes).toEqual([
      ['out', 'result\n'],
      ['err', 'summary\n'],
    ]);
  });

  test('on a TTY, progress is shown and cleared before results, messages and exit', () => {
    process.stderr.isTTY = true;
    const t = processTerminal({ TERM: 'xterm' });
    expect(t.color).toBe(true);
    t.progress('instrgen: load 0.0s');
    t.progress('instrgen: parse 0.1s');
    t.out('result\n');
    t.out('more\n');
    t.progress('instrgen: plan 0.2s');
    t.err('summary\n');
    t.progress('instrgen: edit 0.3s');
    for (const l of addedExitListeners()) (l as () => void)();
    expect(writes).toEqual([
      ['err', 'instrgen: load 0.0s'],
      ['err', '\r\x1b[K'],
      ['err', 'instrgen: parse 0.1s'],
      ['err', '\r\x1b[K'],
      ['out', 'result\n'],
      ['out', 'more\n'],
      ['err', 'instrgen: plan 0.2s'],
      ['err', '\r\x1b[K'],
      ['err', 'summary\n'],
      ['err', 'instrgen: edit 0.3s'],
      ['err', '\r\x1b[K'],
    ]);
  });

  test.each([[{ NO_COLOR: '' }], [{ TERM: 'dumb' }]])('no colour with %j even on a TTY', (env) => {
    process.stderr.isTTY = true;
    expect(processTerminal(env).color).toBe(false);
  });
});

describe('the instrgen process', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'instrgen-term-')));
    fs.cpSync(INPUT, path.join(tmp, 'm'), { recursive: true });
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test('with stderr a pipe, prints no progress: only the summary', () => {
    // GOPATH mode (GO111MODULE=off): only Go sources change, so no go command runs for go.mod.
    const r = spawnSync(TSX, [MAIN, '-C', path.join(tmp, 'm'), '--diff'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, GO111MODULE: 'off' },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^diff --git a\/main\.go b\/main\.go\n/);
    expect(r.stderr).toBe(
      'instrgen: 4 functions instrumented from 1 root, 2 signatures given a context, 4 call sites rewritten, 0 signatures kept; 2 files would change\n',
    );
  });

  test('with a terminal (script(1) gives it one), progress appears, and is cleared before output and at exit', () => {
    // script runs the command on a pseudo-terminal and copies everything it writes, stdout and stderr, to its stdout.
    const run = (args: string) =>
      execFileSync('script', ['-qec', `${TSX} ${MAIN} -C ${path.join(tmp, 'm')} ${args}`, '/dev/null'], {
        encoding: 'utf8',
      });
    const roots = run('roots');
    expect(roots).toMatch(/^instrgen: load \d+\.\ds\r\x1b\[K/);
    expect(roots).toMatch(/\r\x1b\[Kmain\.go:22:6: example\.com\/basic-fib\.main\r\n$/);

    const silent = run('roots > /dev/null');
    expect(silent).toContain('instrgen: callgraph');
    expect(silent).toMatch(/\r\x1b\[K$/);

    expect(run('roots -q')).toBe('main.go:22:6: example.com/basic-fib.main\r\n');
  });
});
