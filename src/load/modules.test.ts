// Unit tests of joining modules: which modules a go.work or local replacements join, and the tree they load as.
import { memoryFileSystem } from './fileSystem';
import { joinedModuleRoots, loadModules } from './modules';

const lib = {
  '/w/lib/go.mod': 'module example.com/lib\n\ngo 1.19\n',
  '/w/lib/lib.go': 'package lib\n\nfunc Work(n int) int { return n }\n',
};
const app = (goMod = 'module example.com/app\n\ngo 1.19\n') => ({
  '/w/app/go.mod': goMod,
  '/w/app/main.go': 'package main\n\n//instrgen:entry\nfunc main() {}\n',
});
const rtlib = new Set(['instrgen.dev/rtlib']);

describe('joinedModuleRoots', () => {
  test('a go.work joins the modules it uses, found from a module below it; GOWORK=off ignores it', () => {
    const fs = memoryFileSystem({ '/w/go.work': 'go 1.19\n\nuse (\n\t./app\n\t./lib\n)\n', ...lib, ...app() });
    expect(joinedModuleRoots(fs, '/w/app', '/w/app', {})).toEqual({
      kind: 'workspace',
      roots: ['/w/app', '/w/lib'],
      workFile: '/w/go.work',
      uses: ['/w/app', '/w/lib'],
    });
    expect(joinedModuleRoots(fs, undefined, '/w', {})).toMatchObject({
      kind: 'workspace',
      roots: ['/w/app', '/w/lib'],
    });
    expect(joinedModuleRoots(fs, '/w/app', '/w/app', { goWork: 'off' })).toEqual({ kind: 'single', roots: ['/w/app'] });
  });

  test("a workspace's replacements by a directory join too, but only the modules it uses are searched for entry points", () => {
    const fs = memoryFileSystem({
      '/w/go.work': 'go 1.19\n\nuse ./app\n\nreplace example.com/lib => ./lib\n',
      ...lib,
      ...app(),
      '/w/lib/cmd/main.go': 'package main\n\n//instrgen:entry\nfunc main() {}\n',
    });
    expect(joinedModuleRoots(fs, undefined, '/w', {})).toEqual({
      kind: 'workspace',
      roots: ['/w/app', '/w/lib'],
      workFile: '/w/go.work',
      uses: ['/w/app'],
    });
    expect(loadModules(fs, '/w', ['./...']).selectedDirs).toEqual(['app']);
  });

  test('a go.work that does not use the module is not its workspace', () => {
    const fs = memoryFileSystem({ '/w/go.work': 'go 1.19\n\nuse ./lib\n', ...lib, ...app() });
    expect(joinedModuleRoots(fs, '/w/app', '/w/app', {})).toEqual({ kind: 'single', roots: ['/w/app'] });
  });

  test("the main module's replacements by a directory join; by a version, to a directory without go.mod, or of the runtime library, not", () => {
    const goMod =
      'module example.com/app\n\ngo 1.19\n\nreplace (\n\texample.com/lib => ../lib\n\texample.com/gone => ../gone\n\texample.com/x => example.com/y v1.0.0\n\tinstrgen.dev/rtlib => ./.instrgen/rtlib\n)\n';
    const fs = memoryFileSystem({
      ...lib,
      ...app(goMod),
      '/w/app/.instrgen/rtlib/go.mod': 'module instrgen.dev/rtlib\n',
    });
    expect(joinedModuleRoots(fs, '/w/app', '/w/app', { notJoined: rtlib })).toEqual({
      kind: 'replace',
      roots: ['/w/app', '/w/lib'],
    });
  });
});

describe('loadModules', () => {
  test('alone, a module loads as loadModule loads it', () => {
    const fs = memoryFileSystem({ ...app() });
    const m = loadModules(fs, '/w/app', ['./...']);
    expect(m).toMatchObject({ root: '/w/app', modulePath: 'example.com/app', selectedDirs: ['.'], join: 'single' });
    expect(m.files.map((f) => f.path)).toEqual(['main.go']);
  });

  test('joined, files are relative to the common root and name their package; only the main module selects entry points', () => {
    const fs = memoryFileSystem({
      ...lib,
      ...app('module example.com/app\n\ngo 1.19\n\nreplace example.com/lib => ../lib\n'),
    });
    const m = loadModules(fs, '/w/app', ['./...']);
    expect(m).toMatchObject({ root: '/w', modulePath: 'example.com/app', selectedDirs: ['app'], join: 'replace' });
    expect(m.files.map((f) => [f.path, f.dir, f.pkgPath, f.goPath])).toEqual([
      ['app/main.go', 'app', 'example.com/app', 'example.com/app/main.go'],
      ['lib/lib.go', 'lib', 'example.com/lib', 'example.com/lib/lib.go'],
    ]);
  });

  test('at a workspace root, ./... selects every module; in a module, its own packages; a nested module joined by go.work is its own module', () => {
    const fs = memoryFileSystem({
      '/w/go.work': 'go 1.19\n\nuse (\n\t.\n\t./inner\n)\n',
      '/w/go.mod': 'module example.com/app\n\ngo 1.19\n',
      '/w/main.go': 'package main\n\nfunc main() {}\n',
      '/w/inner/go.mod': 'module example.com/app/inner\n\ngo 1.19\n',
      '/w/inner/inner.go': 'package inner\n',
      '/w/inner/sub/sub.go': 'package sub\n',
    });
    const m = loadModules(fs, '/w', ['./...']);
    expect(m.selectedDirs).toEqual(['.', 'inner', 'inner/sub']);
    expect(m.files.map((f) => [f.path, f.pkgPath])).toEqual([
      ['main.go', 'example.com/app'],
      ['inner/inner.go', 'example.com/app/inner'],
      ['inner/sub/sub.go', 'example.com/app/inner/sub'],
    ]);
    expect(loadModules(fs, '/w/inner', ['./...']).selectedDirs).toEqual(['inner', 'inner/sub']);
    // Without the workspace, the outer module's ./... does not enter the nested module.
    expect(loadModules(fs, '/w', ['./...'], { goWork: 'off' }).files.map((f) => f.path)).toEqual(['main.go']);
  });
});
