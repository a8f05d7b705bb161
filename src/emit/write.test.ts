// Tests for all-or-nothing output, in memory and on real temporary directories (never on testdata/).
import { execFileSync } from 'child_process';
import * as nodeFs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Codes, type Diagnostic, InstrgenError } from '../diagnostics/diagnostic';
import { type FileSystem, memoryFileSystem, nodeFileSystem } from '../load/fileSystem';
import { type FileChange, writeChanges, writeOutTree } from './write';

/** Returns fs whose `op` throws a genuine-looking OS error on its nth call, once. */
function failingOn(fs: FileSystem, op: 'writeFile' | 'rename' | 'chmod', n: number): FileSystem {
  let calls = 0;
  const wrapped = { ...fs };
  const real = fs[op] as (...args: unknown[]) => void;
  (wrapped as Record<string, unknown>)[op] = (...args: unknown[]) => {
    if (++calls === n) {
      const e = new Error(`EIO: i/o error, ${op} '${String(args[0])}'`) as NodeJS.ErrnoException;
      e.code = 'EIO';
      throw e;
    }
    return real(...args);
  };
  return wrapped;
}

/** Returns the error thrown by f, which must be an InstrgenError with the given code. */
function instrgenError(f: () => void, code: string): InstrgenError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InstrgenError);
    const err = e as InstrgenError;
    expect(err.diagnostics.map((d) => d.code)).toEqual([code]);
    return err;
  }
  throw new Error('expected an InstrgenError');
}

/** Returns the diagnostics of the InstrgenError f throws. */
function caughtDiagnostics(f: () => void): Diagnostic[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InstrgenError);
    return (e as InstrgenError).diagnostics;
  }
  throw new Error('expected an InstrgenError');
}

/** Runs writeChanges on the real file system in a child process as user nobody; returns the diagnostics it failed with. */
function writeChangesAsNobody(root: string, changes: readonly FileChange[]): Diagnostic[] {
  const repo = path.resolve(__dirname, '..', '..');
  const script =
    `const { writeChanges } = require(${JSON.stringify(path.join(repo, 'src/emit/write'))});` +
    `const { nodeFileSystem } = require(${JSON.stringify(path.join(repo, 'src/load/fileSystem'))});` +
    'try { writeChanges(nodeFileSystem, process.argv[1], JSON.parse(process.argv[2])); console.log("[]"); }' +
    'catch (e) { if (!e.diagnostics) throw e; console.log(JSON.stringify(e.diagnostics)); }';
  const out = execFileSync(
    'runuser',
    ['-u', 'nobody', '--', path.join(repo, 'node_modules/.bin/tsx'), '-e', script, root, JSON.stringify(changes)],
    {
      encoding: 'utf8',
      env: { ...process.env, HOME: '/tmp' },
    },
  );
  return JSON.parse(out) as Diagnostic[];
}

const originals: Record<string, string> = {
  '/m/go.mod': 'module example.com/m\n',
  '/m/a.go': 'package m\n\nfunc A() {}\n',
  '/m/b.go': 'package m\r\n\r\nfunc B() {}\r\n', // CRLF
  '/m/c.go': '\uFEFFpackage m // BOM, non-ASCII: héllo ✓\n',
  '/m/sub/d.go': 'package sub\n',
};
const newTexts = [
  { file: 'a.go', text: 'package m\n\nfunc A() { /* A */ }\n' },
  { file: 'b.go', text: 'package m\r\n\r\nfunc B() { /* B */ }\r\n' },
  { file: 'c.go', text: '\uFEFFpackage m // changed\n' },
  { file: 'sub/d.go', text: 'package sub // changed\n' },
];

describe('writeChanges in memory', () => {
  test('writes every change, keeps modes, leaves no temp files', () => {
    const fs = memoryFileSystem(originals);
    fs.chmod('/m/a.go', 0o600);
    writeChanges(fs, '/m', [...newTexts, { file: 'go.mod', text: originals['/m/go.mod'] }]);
    for (const c of newTexts) expect(fs.files.get('/m/' + c.file)).toBe(c.text);
    expect(fs.stat('/m/a.go')!.mode).toBe(0o600);
    expect([...fs.files.keys()].sort()).toEqual(Object.keys(originals).sort());
  });

  test('creates a new file in an existing directory', () => {
    const fs = memoryFileSystem(originals);
    writeChanges(fs, '/m', [{ file: 'sub/new.go', text: 'package sub\n' }]);
    expect(fs.files.get('/m/sub/new.go')).toBe('package sub\n');
  });

  test.each([
    ['writeFile', 3, 'c.go'],
    ['chmod', 2, 'b.go'],
    ['rename', 3, 'c.go'],
    ['rename', 4, 'sub/d.go'],
  ] as const)('a failing %s on call %d leaves every original and no temp files', (op, n, culprit) => {
    const fs = memoryFileSystem(originals);
    const err = instrgenError(() => writeChanges(failingOn(fs, op, n), '/m', newTexts), Codes.WriteFailed);
    expect(err.message).toContain(`cannot write ${culprit}: EIO: i/o error`);
    expect(err.message).toContain('no file was changed');
    expect(Object.fromEntries(fs.files)).toEqual(originals);
  });

  test('rollback removes a file it created', () => {
    const fs = memoryFileSystem(originals);
    instrgenError(
      () => writeChanges(failingOn(fs, 'rename', 2), '/m', [{ file: 'a0.go', text: 'package m\n' }, newTexts[0]]),
      Codes.WriteFailed,
    );
    expect(Object.fromEntries(fs.files)).toEqual(originals);
  });

  test.each(['../x.go', 'sub/../../x.go', '/etc/passwd', 'sub\\..\\..\\x.go', 'C:/x.go', '', '.'])(
    'refuses %j before writing anything',
    (file) => {
      const fs = memoryFileSystem(originals);
      instrgenError(() => writeChanges(fs, '/m', [newTexts[0], { file, text: 'x' }]), Codes.OutsideRoot);
      expect(Object.fromEntries(fs.files)).toEqual(originals);
    },
  );

  test('refuses a leftover temp file rather than overwrite it', () => {
    const fs = memoryFileSystem({ ...originals, [`/m/.a.go.instrgen-tmp-${process.pid}`]: 'someone else' });
    const err = instrgenError(() => writeChanges(fs, '/m', newTexts), Codes.WriteFailed);
    expect(err.message).toContain('already exists');
    expect(fs.files.get('/m/a.go')).toBe(originals['/m/a.go']);
  });

  test('a directory target is WriteFailed; a new file in a missing directory creates the directory', () => {
    const fs = memoryFileSystem(originals);
    instrgenError(() => writeChanges(fs, '/m', [{ file: 'sub', text: '' }]), Codes.WriteFailed);
    writeChanges(fs, '/m', [{ file: 'new/dir/x.go', text: 'package x\n' }]);
    expect(fs.files.get('/m/new/dir/x.go')).toBe('package x\n');
  });

  test('removals delete files and the directories they leave empty, after the changes; a failure puts everything back', () => {
    const fs = memoryFileSystem({
      ...originals,
      '/m/.instrgen/rtlib/rtlib.go': 'package rtlib\n',
      '/m/.instrgen/added.json': '{}',
    });
    writeChanges(fs, '/m', [newTexts[0]], ['.instrgen/rtlib/rtlib.go', '.instrgen/added.json']);
    expect(fs.files.get('/m/a.go')).toBe(newTexts[0].text);
    expect(fs.stat('/m/.instrgen')).toBeUndefined();
    expect(fs.stat('/m/sub')?.isDirectory).toBe(true);

    const fs2 = memoryFileSystem({ ...originals, '/m/old.txt': 'old' });
    const remove = fs2.remove;
    fs2.remove = (p: string) => {
      if (p === '/m/old.txt') throw new Error('EACCES');
      remove(p);
    };
    const err = instrgenError(
      () => writeChanges(fs2, '/m', [...newTexts, { file: 'fresh/new.go', text: 'package fresh\n' }], ['old.txt']),
      Codes.WriteFailed,
    );
    expect(err.message).toContain('no file was changed');
    fs2.remove = remove;
    expect(Object.fromEntries(fs2.files)).toEqual({ ...originals, '/m/old.txt': 'old' });
    expect(fs2.stat('/m/fresh')).toBeUndefined();
  });

  test('two changes for one file are a caller bug', () => {
    const fs = memoryFileSystem(originals);
    expect(() => writeChanges(fs, '/m', [newTexts[0], newTexts[0]])).toThrow('two changes for a.go');
  });
});

describe('on real temporary directories', () => {
  let tmp: string;
  let root: string;
  beforeEach(() => {
    tmp = nodeFs.realpathSync(nodeFs.mkdtempSync(path.join(os.tmpdir(), 'instrgen-write-')));
    root = path.join(tmp, 'm');
    for (const [p, text] of Object.entries(originals)) {
      const f = path.join(root, p.slice('/m/'.length));
      nodeFs.mkdirSync(path.dirname(f), { recursive: true });
      nodeFs.writeFileSync(f, text);
    }
  });
  afterEach(() => nodeFs.rmSync(tmp, { recursive: true, force: true }));

  /** Every file under dir with its bytes, and every directory, so leftovers of any kind show up. */
  function snapshot(dir: string): Record<string, string> {
    const out: Record<string, string> = {};
    const walk = (d: string) => {
      for (const e of nodeFs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        const rel = path.relative(dir, p);
        if (e.isSymbolicLink()) out[rel] = 'symlink -> ' + nodeFs.readlinkSync(p);
        else if (e.isDirectory()) ((out[rel + '/'] = 'dir'), walk(p));
        else
          out[rel] =
            nodeFs.readFileSync(p).toString('base64') + ' mode ' + (nodeFs.statSync(p).mode & 0o777).toString(8);
      }
    };
    walk(dir);
    return out;
  }

  describe('writeChanges', () => {
    test('writes every change and keeps modes, including a read-only file', () => {
      nodeFs.chmodSync(path.join(root, 'a.go'), 0o755);
      nodeFs.chmodSync(path.join(root, 'b.go'), 0o444);
      writeChanges(nodeFileSystem, root, newTexts);
      for (const c of newTexts) expect(nodeFs.readFileSync(path.join(root, c.file), 'utf8')).toBe(c.text);
      // The target's own permissions do not matter: it is replaced by rename, which needs only a
      // writable directory, and the new file gets the old mode back.
      expect(nodeFs.statSync(path.join(root, 'a.go')).mode & 0o777).toBe(0o755);
      expect(nodeFs.statSync(path.join(root, 'b.go')).mode & 0o777).toBe(0o444);
      expect(nodeFs.readdirSync(root).filter((n) => n.includes('instrgen-tmp'))).toEqual([]);
    });

    test('a symlink to a file inside the root is kept and its target rewritten', () => {
      nodeFs.symlinkSync('sub/d.go', path.join(root, 'link.go'));
      writeChanges(nodeFileSystem, root, [{ file: 'link.go', text: 'package sub // via link\n' }]);
      expect(nodeFs.lstatSync(path.join(root, 'link.go')).isSymbolicLink()).toBe(true);
      expect(nodeFs.readFileSync(path.join(root, 'sub/d.go'), 'utf8')).toBe('package sub // via link\n');
    });

    test('a rename failing on the 3rd file leaves every original byte-for-byte and no temp files', () => {
      const before = snapshot(tmp);
      const err = instrgenError(
        () => writeChanges(failingOn(nodeFileSystem, 'rename', 3), root, newTexts),
        Codes.WriteFailed,
      );
      expect(err.message).toMatch(/cannot write c\.go: EIO.*no file was changed/);
      expect(snapshot(tmp)).toEqual(before);
    });

    test('a writeFile failing on the 3rd file leaves every original and no temp files', () => {
      const before = snapshot(tmp);
      instrgenError(() => writeChanges(failingOn(nodeFileSystem, 'writeFile', 3), root, newTexts), Codes.WriteFailed);
      expect(snapshot(tmp)).toEqual(before);
    });

    test('a genuine OS error in the middle of a run (ENAMETOOLONG, no injection) changes nothing', () => {
      // A 240-byte name is legal, but its temp name `.<name>.instrgen-tmp-<pid>` exceeds NAME_MAX
      // (255), so the real file system refuses the third temp file after two were written.
      const long = 'c' + 'x'.repeat(236) + '.go';
      nodeFs.writeFileSync(path.join(root, long), 'package m\n');
      const before = snapshot(tmp);
      const err = instrgenError(
        () =>
          writeChanges(nodeFileSystem, root, [
            newTexts[0],
            newTexts[1],
            { file: long, text: 'package m // x\n' },
            newTexts[3],
          ]),
        Codes.WriteFailed,
      );
      expect(err.message).toContain(`cannot write ${long}: ENAMETOOLONG`);
      expect(snapshot(tmp)).toEqual(before);
    });

    // Root ignores permission bits, so when the tests run as root the write runs in a child process as user
    // nobody (runuser), which owns the module: a genuine EACCES from the kernel, no injected failure.
    test('a read-only directory (genuine EACCES) changes nothing', () => {
      const asRoot = process.getuid?.() === 0;
      if (asRoot) {
        nodeFs.chmodSync(tmp, 0o755);
        execFileSync('chown', ['-R', 'nobody', root]);
      }
      nodeFs.chmodSync(path.join(root, 'sub'), 0o555);
      try {
        const before = snapshot(tmp);
        const diagnostics = asRoot
          ? writeChangesAsNobody(root, newTexts)
          : caughtDiagnostics(() => writeChanges(nodeFileSystem, root, newTexts));
        expect(diagnostics.map((d) => d.code)).toEqual([Codes.WriteFailed]);
        expect(diagnostics[0].message).toMatch(
          /^cannot write sub\/d\.go: EACCES: permission denied.*no file was changed$/,
        );
        expect(snapshot(tmp)).toEqual(before);
      } finally {
        nodeFs.chmodSync(path.join(root, 'sub'), 0o755);
      }
    });

    test('refuses a symlinked directory that leads outside the root', () => {
      nodeFs.mkdirSync(path.join(tmp, 'outside'));
      nodeFs.writeFileSync(path.join(tmp, 'outside', 'x.go'), 'package x\n');
      nodeFs.symlinkSync(path.join(tmp, 'outside'), path.join(root, 'vendored'));
      const before = snapshot(tmp);
      const err = instrgenError(
        () => writeChanges(nodeFileSystem, root, [newTexts[0], { file: 'vendored/x.go', text: 'hacked' }]),
        Codes.OutsideRoot,
      );
      expect(err.message).toContain('outside the module root');
      instrgenError(
        () => writeChanges(nodeFileSystem, root, [{ file: 'vendored/new.go', text: 'hacked' }]),
        Codes.OutsideRoot,
      );
      expect(snapshot(tmp)).toEqual(before);
    });

    test('refuses a symlinked file that leads outside the root', () => {
      nodeFs.writeFileSync(path.join(tmp, 'secret.go'), 'package secret\n');
      nodeFs.symlinkSync('../secret.go', path.join(root, 'e.go'));
      const before = snapshot(tmp);
      instrgenError(() => writeChanges(nodeFileSystem, root, [{ file: 'e.go', text: 'hacked' }]), Codes.OutsideRoot);
      instrgenError(
        () => writeChanges(nodeFileSystem, root, [{ file: '../secret.go', text: 'hacked' }]),
        Codes.OutsideRoot,
      );
      expect(snapshot(tmp)).toEqual(before);
    });

    test('refuses a dangling symlink in the temp file slot', () => {
      nodeFs.symlinkSync(path.join(tmp, 'elsewhere'), path.join(root, `.a.go.instrgen-tmp-${process.pid}`));
      instrgenError(() => writeChanges(nodeFileSystem, root, newTexts), Codes.WriteFailed);
      expect(nodeFs.existsSync(path.join(tmp, 'elsewhere'))).toBe(false);
    });
  });

  describe('writeOutTree', () => {
    const tree = () =>
      new Map(Object.entries(originals).map(([p, text]) => [p.slice('/m/'.length), text] as [string, string]))
        .set('a.go', newTexts[0].text)
        .set('README.md', '# m\n');

    test('writes the complete module into an absent outDir, keeping modes', () => {
      nodeFs.writeFileSync(path.join(root, 'README.md'), '# m\n');
      nodeFs.chmodSync(path.join(root, 'README.md'), 0o640);
      const rootBefore = snapshot(root);
      const out = path.join(tmp, 'out');
      writeOutTree(nodeFileSystem, root, out, tree(), new Map([['sub/gen/helper.go', 'package gen\n']]));
      expect(nodeFs.readFileSync(path.join(out, 'a.go'), 'utf8')).toBe(newTexts[0].text);
      expect(nodeFs.readFileSync(path.join(out, 'b.go'), 'utf8')).toBe(originals['/m/b.go']);
      expect(nodeFs.readFileSync(path.join(out, 'sub/d.go'), 'utf8')).toBe(originals['/m/sub/d.go']);
      expect(nodeFs.readFileSync(path.join(out, 'sub/gen/helper.go'), 'utf8')).toBe('package gen\n');
      expect(nodeFs.statSync(path.join(out, 'README.md')).mode & 0o777).toBe(0o640);
      expect(snapshot(root)).toEqual(rootBefore);
      expect(nodeFs.readdirSync(tmp).sort()).toEqual(['m', 'out']);
    });

    test('writes into an existing empty outDir', () => {
      const out = path.join(tmp, 'out');
      nodeFs.mkdirSync(out);
      writeOutTree(nodeFileSystem, root, out + '/', tree());
      expect(nodeFs.readFileSync(path.join(out, 'go.mod'), 'utf8')).toBe(originals['/m/go.mod']);
      expect(nodeFs.readdirSync(tmp).sort()).toEqual(['m', 'out']);
    });

    test('refuses a non-empty outDir, touching nothing', () => {
      const out = path.join(tmp, 'out');
      nodeFs.mkdirSync(out);
      nodeFs.writeFileSync(path.join(out, 'keep.txt'), 'mine');
      const before = snapshot(tmp);
      const err = instrgenError(() => writeOutTree(nodeFileSystem, root, out, tree()), Codes.WriteFailed);
      expect(err.message).toContain('is not empty');
      expect(snapshot(tmp)).toEqual(before);
    });

    test('refuses an outDir that is a file', () => {
      nodeFs.writeFileSync(path.join(tmp, 'out'), 'x');
      instrgenError(() => writeOutTree(nodeFileSystem, root, path.join(tmp, 'out'), tree()), Codes.WriteFailed);
    });

    test.each([
      ['inside root', (root: string) => path.join(root, 'out')],
      ['equal to root', (root: string) => root],
      ['deep inside root', (root: string) => path.join(root, 'sub', 'x', 'y')],
    ])('refuses an outDir %s', (_, outOf) => {
      const before = snapshot(tmp);
      const err = instrgenError(() => writeOutTree(nodeFileSystem, root, outOf(root), tree()), Codes.OutsideRoot);
      expect(err.message).toContain('is inside the module root');
      expect(snapshot(tmp)).toEqual(before);
    });

    test('refuses an outDir that reaches into root through a symlink', () => {
      nodeFs.symlinkSync(root, path.join(tmp, 'alias'));
      const before = snapshot(tmp);
      instrgenError(
        () => writeOutTree(nodeFileSystem, root, path.join(tmp, 'alias', 'out'), tree()),
        Codes.OutsideRoot,
      );
      instrgenError(
        () => writeOutTree(nodeFileSystem, path.join(tmp, 'alias'), path.join(root, 'out'), tree()),
        Codes.OutsideRoot,
      );
      expect(snapshot(tmp)).toEqual(before);
    });

    test('refuses module paths that escape', () => {
      const out = path.join(tmp, 'out');
      instrgenError(() => writeOutTree(nodeFileSystem, root, out, new Map([['../evil.go', 'x']])), Codes.OutsideRoot);
      expect(nodeFs.readdirSync(tmp)).toEqual(['m']);
    });

    test('a write failing on the 3rd file leaves no outDir and nothing staged', () => {
      const out = path.join(tmp, 'out');
      const before = snapshot(tmp);
      const err = instrgenError(
        () => writeOutTree(failingOn(nodeFileSystem, 'writeFile', 3), root, out, tree()),
        Codes.WriteFailed,
      );
      expect(err.message).toContain('EIO');
      expect(err.message).toContain(`nothing was written to ${out}`);
      expect(err.message).not.toContain('remains');
      expect(snapshot(tmp)).toEqual(before);
    });

    test('with a file system that cannot remove directories, the error names the empty staging directory left', () => {
      // rmSync without `recursive` refuses directories: staged files go, their directories stay.
      const fs: FileSystem = { ...nodeFileSystem, remove: (p) => nodeFs.rmSync(p, { force: true }) };
      const out = path.join(tmp, 'out');
      const before = snapshot(tmp);
      const err = instrgenError(
        () => writeOutTree(failingOn(fs, 'writeFile', 3), root, out, tree()),
        Codes.WriteFailed,
      );
      const staging = `${out}.instrgen-tmp-${process.pid}`;
      expect(err.message).toContain(`the empty staging directory ${staging} remains`);
      expect(nodeFs.existsSync(out)).toBe(false);
      const after = snapshot(tmp);
      expect(Object.entries(after).filter(([k]) => !k.startsWith(path.basename(staging)))).toEqual(
        Object.entries(before),
      );
      expect(Object.values(after).filter((v) => v !== 'dir')).toEqual(Object.values(before).filter((v) => v !== 'dir'));
    });

    test('a failing final rename leaves no outDir', () => {
      const fs: FileSystem = { ...nodeFileSystem, remove: (p) => nodeFs.rmSync(p, { recursive: true, force: true }) };
      const out = path.join(tmp, 'out');
      const before = snapshot(tmp);
      const err = instrgenError(() => writeOutTree(failingOn(fs, 'rename', 1), root, out, tree()), Codes.WriteFailed);
      expect(err.message).toContain(`cannot write ${out}`);
      expect(snapshot(tmp)).toEqual(before);
    });
  });
});

describe('writeOutTree in memory', () => {
  test('refuses outDir inside or equal to root before any I/O', () => {
    const fs = memoryFileSystem(originals);
    const files = new Map([['go.mod', 'module m\n']]);
    expect(instrgenError(() => writeOutTree(fs, '/m', '/m/out', files), Codes.OutsideRoot).message).toContain(
      'output directory /m/out is inside the module root /m',
    );
    instrgenError(() => writeOutTree(fs, '/m', '/m', files), Codes.OutsideRoot);
    instrgenError(() => writeOutTree(fs, '/m', '/m/./sub/../x', files), Codes.OutsideRoot);
    expect(Object.fromEntries(fs.files)).toEqual(originals);
  });

  test('a sibling whose name starts with the root name is outside it', () => {
    const fs = memoryFileSystem(originals);
    writeOutTree(fs, '/m', '/m-out', new Map([['go.mod', 'module m\n']]));
    expect(fs.files.get('/m-out/go.mod')).toBe('module m\n');
    expect(Object.fromEntries([...fs.files].filter(([p]) => p.startsWith('/m/')))).toEqual(originals);
  });
});
