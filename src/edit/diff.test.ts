// Tests for unifiedDiff: exact output, minimality against a brute-force LCS, and real `git apply`.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { lineChanges, splitLines, unifiedDiff } from './diff';

describe('unifiedDiff output', () => {
  test('equal texts give the empty string', () => {
    expect(unifiedDiff('a.go', 'x\n', 'x\n')).toBe('');
    expect(unifiedDiff('a.go', '', '')).toBe('');
  });

  test('one changed line, with git headers and 3 lines of context', () => {
    const before = 'a\nb\nc\nd\ne\nf\ng\nh\n';
    const after = 'a\nb\nc\nd\nE\nf\ng\nh\n';
    expect(unifiedDiff('p/x.go', before, after)).toBe(
      [
        'diff --git a/p/x.go b/p/x.go',
        '--- a/p/x.go',
        '+++ b/p/x.go',
        '@@ -2,7 +2,7 @@',
        ' b',
        ' c',
        ' d',
        '-e',
        '+E',
        ' f',
        ' g',
        ' h',
        '',
      ].join('\n'),
    );
  });

  test('insertion into an empty file uses the -0,0 range', () => {
    expect(unifiedDiff('f', '', 'x\ny\n')).toBe('diff --git a/f b/f\n--- a/f\n+++ b/f\n@@ -0,0 +1,2 @@\n+x\n+y\n');
  });

  test('a missing final newline is marked', () => {
    expect(unifiedDiff('f', 'a\nb', 'a\nb\n')).toBe(
      'diff --git a/f b/f\n--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n',
    );
  });

  test('distant changes make separate hunks, near ones share a hunk', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `l${i}\n`);
    const far = [...lines];
    far[5] = 'X\n';
    far[30] = 'Y\n';
    expect(unifiedDiff('f', lines.join(''), far.join('')).match(/^@@/gm)).toHaveLength(2);
    const near = [...lines];
    near[5] = 'X\n';
    near[11] = 'Y\n'; // 5 unchanged lines between: within 2·3
    expect(unifiedDiff('f', lines.join(''), near.join('')).match(/^@@/gm)).toHaveLength(1);
  });

  test('paths that git would quote are C-quoted', () => {
    expect(unifiedDiff('dir/é"x.go', 'a\n', 'b\n').split('\n')[0]).toBe(
      'diff --git "a/dir/\\303\\251\\"x.go" "b/dir/\\303\\251\\"x.go"',
    );
  });
});

describe('lineChanges', () => {
  test('splitLines keeps terminators and a final unterminated line', () => {
    expect(splitLines('a\r\nb\nc')).toEqual(['a\r\n', 'b\n', 'c']);
    expect(splitLines('')).toEqual([]);
    expect(splitLines('\n')).toEqual(['\n']);
  });

  // The number of deleted plus inserted lines of a minimal script is N + M - 2·LCS.
  function lcsLength(a: string[], b: string[]): number {
    const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
    for (let i = a.length - 1; i >= 0; i--)
      for (let j = b.length - 1; j >= 0; j--)
        dp[i][j] = a[i] === b[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
    return dp[0][0];
  }

  function applied(a: string[], b: string[]): string[] {
    const out: string[] = [];
    let pos = 0;
    for (const c of lineChanges(a, b)) {
      out.push(...a.slice(pos, c.a0), ...b.slice(c.b0, c.b1));
      pos = c.a1;
    }
    return [...out, ...a.slice(pos)];
  }

  test('random inputs: the script is correct and minimal', () => {
    let seed = 12345;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let iter = 0; iter < 2000; iter++) {
      const alphabet = 1 + rand(5);
      const a = Array.from({ length: rand(25) }, () => String(rand(alphabet)));
      const b = Array.from({ length: rand(25) }, () => String(rand(alphabet)));
      const changes = lineChanges(a, b);
      expect(applied(a, b)).toEqual(b);
      const cost = changes.reduce((s, c) => s + (c.a1 - c.a0) + (c.b1 - c.b0), 0);
      expect(cost).toBe(a.length + b.length - 2 * lcsLength(a, b));
      for (let i = 1; i < changes.length; i++) expect(changes[i].a0).toBeGreaterThan(changes[i - 1].a1 - 1);
    }
  });

  test('shuffled large inputs that share every line stay correct and fast under the cost bound', () => {
    // Every line occurs in both files, so nothing is discarded and the search hits its cost bound.
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const a = Array.from({ length: 30000 }, () => `v${rand(40)}\n`);
    const b = Array.from({ length: 30000 }, () => `v${rand(40)}\n`);
    const t0 = Date.now();
    expect(applied(a, b)).toEqual(b);
    expect(Date.now() - t0).toBeLessThan(20000);
  });

  test('unrelated large inputs stay correct and fast', () => {
    const a = Array.from({ length: 50000 }, (_, i) => `a${i}\n`);
    const b = Array.from({ length: 50000 }, (_, i) => (i % 7 === 0 ? `a${i}\n` : `b${i}\n`));
    const t0 = Date.now();
    expect(applied(a, b)).toEqual(b);
    expect(Date.now() - t0).toBeLessThan(10000);
  });
});

describe('git apply accepts the diffs', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'instrgen-diff-'));
    git('init', '-q');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  function git(...args: string[]): string {
    return execFileSync('git', ['-c', 'core.autocrlf=false', '-c', 'core.safecrlf=false', ...args], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }

  /** Writes before, applies the diff with real git and returns the resulting bytes. */
  function roundTrip(name: string, before: string, after: string, context?: number): void {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, before, 'utf8');
    const patch = unifiedDiff(name, before, after, context);
    expect(patch).not.toBe('');
    fs.writeFileSync(path.join(dir, 'change.patch'), patch, 'utf8');
    git('apply', '--check', 'change.patch');
    git('apply', 'change.patch');
    // Buffer.equals, not toEqual: jest's deep equality is very slow on megabyte buffers.
    const got = fs.readFileSync(file);
    if (!got.equals(Buffer.from(after, 'utf8'))) expect(got.toString('utf8')).toBe(after);
  }

  const body = Array.from({ length: 20 }, (_, i) => `line ${i}\n`).join('');

  test('insertion at the start', () => roundTrip('start.go', body, '// header\n' + body));
  test('insertion at the end', () => roundTrip('end.go', body, body + 'tail\n'));
  test('whole file replaced', () => roundTrip('all.go', 'a\nb\n', 'c\nd\ne\n'));
  test('file emptied', () => roundTrip('gone.go', body, ''));
  test('empty file filled', () => roundTrip('new.go', '', body));
  test('no trailing newline before', () => roundTrip('nonl1.go', 'a\nb\nc', 'a\nB\nc'));
  test('no trailing newline after', () => roundTrip('nonl2.go', 'a\nb\nc\n', 'a\nb\nc'));
  test('no trailing newline on either side, last line changed', () => roundTrip('nonl3.go', 'a\nb\nc', 'a\nb\nC'));
  test('no trailing newline, edit far from the end', () => roundTrip('nonl4.go', body + 'last', 'x\n' + body + 'last'));
  test('CRLF lines round-trip', () =>
    roundTrip('crlf.go', 'package p\r\n\r\nfunc f() {\r\n}\r\n', 'package p\r\n\r\nfunc f() {\r\n\tg()\r\n}\r\n'));
  test('CRLF without final newline', () => roundTrip('crlf2.go', 'a\r\nb\r\nc', 'a\r\nX\r\nc'));
  test('non-ASCII text', () =>
    roundTrip('utf.go', '// héllo wörld ✓\nvar s = "日本語"\n', '// héllo wörld ✓\nvar s = "日本語 🎉"\nvar t = 1\n'));
  test('non-ASCII file name', () => roundTrip('dïr/fïle.go', 'a\n', 'b\n'));
  test('context 0 applies with --unidiff-zero', () => {
    const before = body;
    const after = body.replace('line 7\n', 'seven\n');
    fs.writeFileSync(path.join(dir, 'zero.go'), before);
    fs.writeFileSync(path.join(dir, 'zero.patch'), unifiedDiff('zero.go', before, after, 0));
    git('apply', '--unidiff-zero', 'zero.patch');
    expect(fs.readFileSync(path.join(dir, 'zero.go'), 'utf8')).toBe(after);
  });
  test('many hunks', () => {
    const lines = Array.from({ length: 500 }, (_, i) => `x${i}\n`);
    const after = lines.map((l, i) => (i % 37 === 0 ? `changed ${i}\n` : i % 53 === 0 ? l + 'inserted\n' : l));
    after.splice(250, 3);
    const patch = unifiedDiff('many.go', lines.join(''), after.join(''));
    expect(patch.match(/^@@/gm)!.length).toBeGreaterThan(10);
    roundTrip('many.go', lines.join(''), after.join(''));
  });
  test('50,000-line file with scattered edits is fast', () => {
    const lines = Array.from({ length: 50000 }, (_, i) => `\tx := ${i % 100} // line\n`);
    const after = [...lines];
    for (const i of [3, 1000, 12345, 25000, 25001, 40000, 49999])
      after[i] = `\tctx, span := tracer.Start(ctx, "f${i}")\n`;
    after.splice(30000, 0, '\tdefer span.End()\n');
    const t0 = Date.now();
    const patch = unifiedDiff('big.go', lines.join(''), after.join(''));
    // Generous: the machine may be loaded; an O(N·M) diff would take minutes here.
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(patch.match(/^@@/gm)).toHaveLength(7);
    roundTrip('big.go', lines.join(''), after.join(''));
  });
  test('large unrelated files still apply', () => {
    const a = Array.from({ length: 20000 }, (_, i) => `a ${i % 10}\n`).join('');
    const b = Array.from({ length: 20000 }, (_, i) => `b ${i % 13}\n`).join('') + 'end';
    roundTrip('unrelated.go', a, b);
  });
});
