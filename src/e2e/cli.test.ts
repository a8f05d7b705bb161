// End-to-end tests of the instrgen command line on real temporary copies of testdata modules: writing in place, --check, --diff, --out, --json, --verify, the inspection commands and help.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cli, EXPECTED, INPUT } from '../testing/cliRun';
import { readTree } from '../testing/cases';
import { bytesTree as treeBytes, snapshot } from '../testing/treeSnapshot';
import { buildAndRun, requireGoToolchain } from '../testing/goToolchain';

const REPO = path.resolve(__dirname, '..', '..');
const CASES = path.join(REPO, 'testdata', 'cases');

const temps: string[] = [];
afterAll(() => temps.forEach((t) => fs.rmSync(t, { recursive: true, force: true })));

/** A fresh temporary directory holding a copy of a testdata case's input as `m/`; returns both paths. */
function copyCase(name = 'basic-fib'): { tmp: string; dir: string } {
  const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'instrgen-cli-')));
  temps.push(tmp);
  const dir = path.join(tmp, 'm');
  fs.cpSync(path.join(CASES, name, 'input'), dir, { recursive: true });
  return { tmp, dir };
}

/** The bytes of every file below dir, leaving out .git. */
const bytesTree = (dir: string) => treeBytes(dir, (rel) => rel.startsWith('.git'));

/** 1-based line and column of the first occurrence of needle in a file's text (columns in bytes, as Go counts). */
function positionOf(file: string, needle: string): string {
  const text = fs.readFileSync(file, 'utf8');
  const before = text.slice(0, text.indexOf(needle));
  const line = before.split('\n').length;
  const col = Buffer.byteLength(before.slice(before.lastIndexOf('\n') + 1)) + 1;
  return `${line}:${col}`;
}

describe('in place', () => {
  test('inject writes the golden tree, is idempotent, --check agrees, and prune restores the input byte for byte', () => {
    const { dir } = copyCase();

    const check1 = cli(['--check'], dir);
    expect(check1).toEqual({
      code: 1,
      stdout: '',
      stderr: expect.stringContaining('instrgen: 2 file(s) differ from what instrgen would write'),
    });
    expect(check1.stderr).toContain('main.go: not instrumented as instrgen would leave it');
    expect(check1.stderr).toContain('main_test.go: not instrumented as instrgen would leave it');
    expect(bytesTree(dir)).toEqual(bytesTree(INPUT));

    const inject = cli([], dir);
    expect(inject.code).toBe(0);
    expect(inject.stderr).toMatch(/^instrgen: 4 functions instrumented from 1 root, .*; 2 files changed\n$/);
    expect(readTree(dir)).toEqual(readTree(EXPECTED));
    expect(bytesTree(dir)).toEqual(bytesTree(EXPECTED));

    // Back-date every file: any rewrite, even with identical bytes, would move an mtime.
    const past = new Date('2001-02-03T04:05:06Z');
    for (const f of Object.keys(bytesTree(dir))) fs.utimesSync(path.join(dir, f), past, past);
    const settled = snapshot(dir, true);
    const again = cli(['inject', './...'], dir);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('0 files changed');
    expect(snapshot(dir, true)).toEqual(settled);

    expect(cli(['--check'], dir)).toEqual({ code: 0, stdout: '', stderr: 'instrgen: up to date\n' });
    expect(snapshot(dir, true)).toEqual(settled);

    const prune = cli(['prune'], dir);
    expect(prune.code).toBe(0);
    expect(prune.stderr).toBe('instrgen: 2 files pruned\n');
    expect(bytesTree(dir)).toEqual(bytesTree(INPUT));
    expect(cli(['--check'], dir).code).toBe(1);
  });

  test('-C is taken relative to the directory instrgen starts in', () => {
    const { tmp, dir } = copyCase();
    expect(cli(['-C', 'm'], tmp).code).toBe(0);
    expect(bytesTree(dir)).toEqual(bytesTree(EXPECTED));
  });
});

describe('output modes', () => {
  test('--diff writes nothing, and git apply of its output on the input gives the golden tree', () => {
    const { tmp, dir } = copyCase();
    const before = snapshot(tmp, true);
    const r = cli(['--diff'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^diff --git a\/main\.go b\/main\.go\n--- a\/main\.go\n\+\+\+ b\/main\.go\n@@ /);
    expect(r.stdout).toContain('diff --git a/main_test.go b/main_test.go');
    expect(r.stderr).toContain('2 files would change');
    expect(snapshot(tmp, true)).toEqual(before);

    const repo = path.join(tmp, 'repo');
    fs.cpSync(INPUT, repo, { recursive: true });
    execFileSync('git', ['init', '-q'], { cwd: repo });
    execFileSync('git', ['apply', '--check', '-'], { cwd: repo, input: r.stdout });
    execFileSync('git', ['apply', '-'], { cwd: repo, input: r.stdout });
    expect(bytesTree(repo)).toEqual(bytesTree(EXPECTED));
  });

  test('--out writes the complete module, non-Go files and modes included, and leaves the source untouched', () => {
    const { tmp, dir } = copyCase();
    fs.writeFileSync(path.join(dir, 'README.md'), '# basic-fib\n');
    fs.mkdirSync(path.join(dir, 'docs', 'img'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'docs', 'img', 'notes.txt'), 'notes ✓\n');
    fs.writeFileSync(path.join(dir, 'run.sh'), '#!/bin/sh\ngo run .\n');
    fs.chmodSync(path.join(dir, 'run.sh'), 0o755);
    const source = snapshot(dir, true);
    const out = path.join(tmp, 'instrumented');

    const r = cli(['--out', out], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`changed in the copy → ${out}`);
    expect(snapshot(dir, true)).toEqual(source);
    expect(bytesTree(out)).toEqual({
      ...bytesTree(EXPECTED),
      'README.md': '# basic-fib\n',
      'docs/img/notes.txt': Buffer.from('notes ✓\n').toString('latin1'),
      'run.sh': '#!/bin/sh\ngo run .\n',
    });
    expect(fs.statSync(path.join(out, 'run.sh')).mode & 0o777).toBe(0o755);
    expect(fs.readdirSync(tmp).sort()).toEqual(['instrumented', 'm']);
  });

  test('--out inside the module root is refused and nothing is written', () => {
    const { tmp, dir } = copyCase();
    const before = snapshot(tmp, true);
    for (const out of [path.join(dir, 'instrumented'), dir, path.join(dir, 'a', 'b')]) {
      const r = cli(['--out', out], dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(
        `error IG1009: output directory ${out} is inside the module root ${dir}; choose a directory outside the module, or omit the output directory to rewrite the module in place\n`,
      );
    }
    expect(snapshot(tmp, true)).toEqual(before);
  });

  test('--out under a regular file fails with a clear message and leaves nothing behind', () => {
    const { tmp, dir } = copyCase();
    fs.writeFileSync(path.join(tmp, 'afile'), 'not a directory\n');
    const before = snapshot(tmp, true);
    const out = path.join(tmp, 'afile', 'out');
    const r = cli(['--out', out], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(`^error IG1008: cannot write ${out}: ENOTDIR: not a directory.*; nothing was written to ${out}\\n$`),
    );
    expect(snapshot(tmp, true)).toEqual(before);

    const asFile = cli(['--out', path.join(tmp, 'afile')], dir);
    expect(asFile.code).toBe(1);
    expect(asFile.stderr).toContain(`output directory ${path.join(tmp, 'afile')} exists and is not a directory`);
    expect(snapshot(tmp, true)).toEqual(before);
  });

  test('--json prints the plan as JSON with summary, diagnostics and changed files, and writes nothing', () => {
    const { tmp, dir } = copyCase();
    const before = snapshot(tmp, true);
    const r = cli(['--json'], dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({
      module: 'example.com/basic-fib',
      root: dir,
      roots: ['example.com/basic-fib.main'],
      summary: { roots: 1, spans: 4, signaturesChanged: 2, callSitesRewritten: 4, kept: {}, filesChanged: 2 },
      diagnostics: [],
      changedFiles: ['main.go', 'main_test.go'],
    });
    expect(json.edits.map((f: { file: string }) => f.file).sort()).toEqual(['main.go', 'main_test.go']);
    expect(snapshot(tmp, true)).toEqual(before);
  });

  test.each([[['--diff', '--check']], [['--diff', '--out', '/tmp/x']], [['--check', '--out', '/tmp/x']]])(
    '%j conflict: usage error, exit 2',
    (args) => {
      const { tmp, dir } = copyCase();
      const before = snapshot(tmp, true);
      const r = cli(args, dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^instrgen: Arguments .* mutually exclusive\nRun 'instrgen --help' for usage\.\n$/);
      expect(snapshot(tmp, true)).toEqual(before);
    },
  );
});

describe('--verify', () => {
  test.each(['exit 3', 'false'])('a failing command (%s) exits 1 with a message and writes nothing', (command) => {
    const { tmp, dir } = copyCase();
    const before = snapshot(tmp, true);
    const r = cli(['--verify', `echo "compiler says no" >&2; ${command}`], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('failed on the instrumented module; nothing was written');
    expect(r.stderr).toContain('compiler says no');
    expect(snapshot(tmp, true)).toEqual(before);
  });

  test('a passing command (true) lets the files be written', () => {
    const { dir } = copyCase();
    const r = cli(['--verify', 'true'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('instrgen: --verify: `true` passed\n');
    expect(bytesTree(dir)).toEqual(bytesTree(EXPECTED));
  });

  test('the command runs in the instrumented copy at $INSTRGEN_VERIFY_GOPATH/src/<module path>, which is removed afterwards', () => {
    const { tmp, dir } = copyCase();
    const record = path.join(tmp, 'seen.txt');
    const cmd = `{ echo "$INSTRGEN_VERIFY_GOPATH"; pwd; grep -c __atel_span main.go; } > ${record}; exit 4`;
    expect(cli(['--verify', cmd], dir).code).toBe(1);
    const [gopath, cwd, spans] = fs.readFileSync(record, 'utf8').trim().split('\n');
    expect(cwd).toBe(path.join(gopath, 'src', 'example.com', 'basic-fib'));
    expect(Number(spans)).toBeGreaterThan(0);
    expect(fs.existsSync(gopath)).toBe(false);
  });

  test('a real GOPATH-mode go build and vet of basic-fib passes, and then the module is written', () => {
    requireGoToolchain();
    const { dir } = copyCase();
    const rtlib = path.join(REPO, 'rtlib');
    const cmd =
      `mkdir -p "$INSTRGEN_VERIFY_GOPATH/src/instrgen.dev" && cp -r '${rtlib}' "$INSTRGEN_VERIFY_GOPATH/src/instrgen.dev/rtlib" && ` +
      `export GO111MODULE=off GOPATH="$INSTRGEN_VERIFY_GOPATH:/usr/share/gocode" GOFLAGS= GOPROXY=off CGO_ENABLED=0 GOCACHE='${path.join(os.tmpdir(), 'instrgen-gocache')}' && ` +
      'go build ./... && go vet ./...';
    const r = cli(['--verify', cmd], dir);
    expect(r).toEqual({ code: 0, stdout: '', stderr: expect.stringContaining('passed\n') });
    expect(bytesTree(dir)).toEqual(bytesTree(EXPECTED));
  });

  test('a real build that fails (rtlib missing from the GOPATH) writes nothing and shows the compiler error', () => {
    requireGoToolchain();
    const { tmp, dir } = copyCase();
    const before = snapshot(tmp, true);
    const cmd = `export GO111MODULE=off GOPATH="$INSTRGEN_VERIFY_GOPATH:/usr/share/gocode" GOFLAGS= GOPROXY=off CGO_ENABLED=0 GOCACHE='${path.join(os.tmpdir(), 'instrgen-gocache')}' && go build ./...`;
    const r = cli(['--verify', cmd], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nothing was written');
    expect(r.stderr).toMatch(/instrgen\.dev\/rtlib/);
    expect(snapshot(tmp, true)).toEqual(before);
  });
});

describe('inspection commands', () => {
  let tmp: string;
  let dir: string;
  let before: Record<string, string>;
  beforeAll(() => {
    execFileSync('bash', [path.join(REPO, 'scripts', 'install-graphviz.sh')], { stdio: ['ignore', 'ignore', 'pipe'] });
    ({ tmp, dir } = copyCase());
    before = snapshot(tmp, true);
  });
  // None of these commands writes anything.
  afterEach(() => expect(snapshot(tmp, true)).toEqual(before));

  const mainGo = path.join(INPUT, 'main.go');
  const at = (needle: string) => `main.go:${positionOf(mainGo, needle)}`;

  test('roots lists the entry point with its position', () => {
    expect(cli(['roots'], dir)).toEqual({
      code: 0,
      stdout: `${at('main() {')}: example.com/basic-fib.main\n`,
      stderr: '',
    });
  });

  test('callgraph --format text marks roots, reached and unreached functions with call positions', () => {
    const r = cli(['callgraph', '--format', 'text'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `example.com/basic-fib.main [root] ${at('main() {')}\n  -> example.com/basic-fib.fib (call ${at('fib(n))')})\n`,
    );
    expect(r.stdout).toContain(`example.com/basic-fib.printResult [reached] ${at('printResult(label')}\n`);
    expect(r.stdout).toMatch(/^example\.com\/basic-fib\.TestFib \[not reached\] main_test\.go:5:6$/m);
    expect(cli(['callgraph', '--reached-only'], dir).stdout).not.toContain('TestFib');
  });

  test('callgraph --format dot is accepted by Graphviz', () => {
    const r = cli(['callgraph', '--format', 'dot'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^digraph callgraph \{\n/);
    const svg = execFileSync('dot', ['-Tsvg'], { input: r.stdout, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
    expect(svg).toContain('<svg');
    for (const name of ['main.main', 'main.fib', 'main.main$1', 'main.printResult'])
      expect(svg).toContain(`>${name}</text>`);
  });

  test('callgraph --format mermaid is a flowchart with classes', () => {
    const r = cli(['callgraph', '--format', 'mermaid'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^flowchart LR\n/);
    expect(r.stdout).toMatch(/^ {2}n\d+\["main\.main"\]:::root$/m);
    expect(r.stdout).toMatch(/^ {2}n\d+\["main\.fib"\]:::reached$/m);
    expect(r.stdout).toContain('classDef root ');
  });

  test('callgraph --format json holds nodes and edges', () => {
    const r = cli(['callgraph', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    const g = JSON.parse(r.stdout);
    expect(g.nodes).toContainEqual(
      expect.objectContaining({
        id: 'example.com/basic-fib.main',
        name: 'main.main',
        root: true,
        reachable: true,
        pos: at('main() {'),
      }),
    );
    expect(g.nodes).toContainEqual(
      expect.objectContaining({ id: 'example.com/basic-fib.TestFib', root: false, reachable: false }),
    );
    expect(g.edges).toContainEqual({
      from: 'example.com/basic-fib.main',
      to: 'example.com/basic-fib.fib',
      pos: at('fib(n))'),
    });
  });

  test('explain fib gives the path from the root with positions', () => {
    const r = cli(['explain', 'fib'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `example.com/basic-fib.fib (${at('fib(n int)')})\n` +
        '  is reached from root example.com/basic-fib.main:\n' +
        `    example.com/basic-fib.main ${at('main() {')}\n` +
        `    -> (call at ${at('fib(n))')}) example.com/basic-fib.fib ${at('fib(n int)')}\n` +
        '  gets a context parameter and opens a span from it\n',
    );
  });

  test('explain of a function no root reaches says it is not reached, and by whom it is called', () => {
    const { dir: unreachable } = copyCase('unreachable');
    const src = path.join(CASES, 'unreachable', 'input', 'main.go');
    const r = cli(['explain', 'deadHelper'], unreachable);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `example.com/unreachable.deadHelper (main.go:${positionOf(src, 'deadHelper(n int)')})\n` +
        '  is not reached: no root calls it\n' +
        `    called from example.com/unreachable.unused$1 at main.go:${positionOf(src, 'deadHelper(')} (not reached)\n` +
        '  gets no span\n',
    );
  });

  test('explain says a function was linked through a function-typed group, or is stored in one that keeps its type', () => {
    const { dir: fields } = copyCase('func-fields');
    const src = path.join(CASES, 'func-fields', 'input', 'main.go');
    const count = cli(['explain', 'count'], fields);
    expect(count.code).toBe(0);
    expect(count.stdout).toContain(
      `  is linked through a function-typed group, the function-typed field command.run: it is stored there, and the call through it at main.go:${positionOf(src, 'c.run(args)')} passes the caller's context\n`,
    );
    const trim = cli(['explain', 'trim'], fields);
    expect(trim.stdout).toContain(
      `  is stored in the function-typed field hooked.on, which keeps its type (IG2016: its value is read here (.on) for something else than a call, a store or a comparison with nil at main.go:${positionOf(src, 'on)')}), so calls through it are not followed\n`,
    );
  });

  test('explain of an unknown function is a usage error', () => {
    const r = cli(['explain', 'nosuch'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no function matches 'nosuch' in module example.com/basic-fib");
  });

  test.each([
    ['load', ['module example.com/basic-fib\n', 'selected .\n', 'file main.go\n', 'file main_test.go\n']],
    [
      'symbols',
      [
        'func example.com/basic-fib.main func main.go:22:6 params=0 results=0 entry-call\n',
        'call main.go:26:35 call example.com/basic-fib.main -> example.com/basic-fib.fib\n',
      ],
    ],
    ['callgraph', ['example.com/basic-fib.main [root] main.go:22:6\n']],
    [
      'plan',
      [
        'example.com/basic-fib.fib main.go:10:6: reached; span: param; adds context parameter\n',
        'example.com/basic-fib.main main.go:22:6: reached; span: bootstrap\n',
      ],
    ],
    [
      'edits',
      [
        'main.go:10:10: add context parameter to fib: "__atel_tracing_ctx __atel_context.Context, "\n',
        'main_test.go:8:17: pass context to fib: "__atel_context.TODO(), "\n',
      ],
    ],
  ])('dump --stage %s', (stage, lines) => {
    const r = cli(['dump', '--stage', stage], dir);
    expect(r.code).toBe(0);
    for (const l of lines) expect(r.stdout).toContain(l);
  });

  test('dump without --stage is a usage error', () => {
    const r = cli(['dump'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Missing required argument: stage');
  });
});

describe('traces', () => {
  let tmp: string;
  let dir: string;
  beforeAll(async () => {
    requireGoToolchain();
    ({ tmp, dir } = copyCase());
    const built = await buildAndRun({ files: readTree(EXPECTED), modulePath: 'example.com/basic-fib' });
    if (!built.tracesText) throw new Error(`the instrumented basic-fib wrote no traces.txt: ${built.build.stderr}`);
    fs.writeFileSync(path.join(tmp, 'traces.txt'), built.tracesText);
  });

  test('prints the span tree of a real traces.txt', () => {
    const r = cli(['traces'], tmp);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    // Each span says where its function is (code.filepath, code.lineno).
    expect(lines[0]).toMatch(/^main\.main {2}\S+ {2}example\.com\/basic-fib {2}main\.go:22$/);
    // main.main → 5 × main.fib and main.main$1 → 6 × main.fib and main.printResult.
    expect(
      lines.filter((l) => /^ {2}main\.fib {2}\S+ {2}example\.com\/basic-fib {2}main\.go:10$/.test(l)),
    ).toHaveLength(5);
    expect(lines.filter((l) => /^ {2}main\.main\$1 {2}/.test(l))).toHaveLength(1);
    expect(lines.filter((l) => /^ {4}main\.fib {2}/.test(l))).toHaveLength(6);
    expect(lines.filter((l) => /^ {4}main\.printResult {2}/.test(l))).toHaveLength(1);
    expect(lines).toHaveLength(14);
  });

  test('--html writes a self-contained page with the spans and the call graph (paths taken from -C, as go -C does)', () => {
    const r = cli(['traces', '../traces.txt', '--html', '../out.html', '-C', 'm'], tmp);
    expect(r).toEqual({ code: 0, stdout: '', stderr: 'instrgen: wrote ../out.html (14 spans)\n' });
    const html = fs.readFileSync(path.join(tmp, 'out.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('main.printResult');
    expect(html).toContain('id="callgraph-section"');
    expect(fs.existsSync(path.join(dir, 'out.html'))).toBe(false);
  });

  test('a missing traces file is an input error that says how to get one', () => {
    const r = cli(['traces', 'nope.txt'], tmp);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error IG1005: nope\.txt: cannot read: ENOENT.*run the instrumented program first/);
  });

  test('a file that is not exporter output is an input error', () => {
    fs.writeFileSync(path.join(tmp, 'junk.txt'), 'hello\n');
    const r = cli(['traces', 'junk.txt'], tmp);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('junk.txt: not a traces file');
  });
});

describe('help and quiet', () => {
  test('--help exits 0 and lists every command and examples', () => {
    const { tmp } = copyCase();
    const r = cli(['--help'], tmp);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    for (const c of ['inject', 'prune', 'roots', 'callgraph', 'explain <function>', 'dump', 'traces'])
      expect(r.stdout).toMatch(new RegExp(`^ {2}instrgen ${c} `, 'm'));
    expect(r.stdout).toContain('Examples:\n');
    expect(r.stdout).toMatch(/^ {2}instrgen --diff +show what would change, write nothing$/m);
    expect(r.stdout).toContain('Exit codes: 0 success; 1 errors in the input');
    expect(cli(['-h'], tmp).stdout).toBe(r.stdout);
  });

  test('--quiet prints nothing on success, for inject and prune alike', () => {
    const { dir } = copyCase();
    expect(cli(['--quiet'], dir)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(bytesTree(dir)).toEqual(bytesTree(EXPECTED));
    expect(cli(['prune', '-q'], dir)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(bytesTree(dir)).toEqual(bytesTree(INPUT));
    expect(cli(['--check', '-q'], dir)).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'main.go: not instrumented as instrgen would leave it\nmain_test.go: not instrumented as instrgen would leave it\n',
    });
  });

  test('--quiet still prints errors', () => {
    const { dir } = copyCase();
    const r = cli(['--quiet', './nope/...'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error IG1004');
  });
});
