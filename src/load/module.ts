// The load phase: find the module root and path, expand package patterns as the go command does, read every Go file.
import * as path from 'path';
import { Codes, Diagnostic, InstrgenError } from '../diagnostics/diagnostic';
import { FileSystem } from './fileSystem';

/** One Go source file of the module, read once. */
export interface SourceFile {
  /** Module-relative path with forward slashes: `cmd/app/main.go`. */
  path: string;
  /** Module-relative directory: `.` for the root. */
  dir: string;
  text: string;
  /** Import path of the file's directory, when the tree joins several modules (else the module path and dir). */
  pkgPath?: string;
  /** The file's name as `go build -trimpath` gives it (module path/module-relative path), when modules are joined. */
  goPath?: string;
}

export interface LoadedModule {
  /** Absolute path of the directory holding go.mod (or the GOPATH package directory). */
  root: string;
  modulePath: string;
  /** Every Go file of every package of the module, whatever the patterns: a rewrite must see every reference. */
  files: SourceFile[];
  /** Module-relative directories the patterns matched: entry points are looked for there. */
  selectedDirs: string[];
  /** True when the root was found by its go.mod (module mode), false for a GOPATH package directory. */
  hasGoMod: boolean;
  /** How modules were joined (src/load/modules.ts): absent or `single` for the module alone. */
  join?: 'workspace' | 'replace' | 'single';
  /** The joined modules, the one around cwd first; absent for the module alone (root is then its root). */
  modules?: Array<{ root: string; modulePath: string; dir: string }>;
}

const error = (code: Diagnostic['code'], message: string): InstrgenError =>
  new InstrgenError([{ code, severity: 'error', message }]);

/** Finds the module enclosing dir: the nearest go.mod above it, else a GOPATH src directory. */
export function findModule(
  fs: FileSystem,
  dir: string,
  env: NodeJS.ProcessEnv = process.env,
): { root: string; modulePath: string; hasGoMod: boolean } {
  const st = fs.stat(dir);
  if (!st) throw error(Codes.NotADirectory, `${dir}: no such directory`);
  if (!st.isDirectory)
    throw error(Codes.NotADirectory, `${dir}: not a directory; run instrgen in a module directory or pass -C <dir>`);
  for (let d = dir; ; d = path.dirname(d)) {
    const gomod = path.join(d, 'go.mod');
    if (fs.stat(gomod)?.isFile) {
      const text = readText(fs, gomod);
      const m = /^\s*module\s+("?)([^\s"]+)\1/m.exec(text);
      if (!m)
        throw new InstrgenError([
          {
            code: Codes.NoModule,
            severity: 'error',
            message: 'go.mod has no module line',
            pos: { file: gomod, line: 1, col: 1 },
          },
        ]);
      return { root: d, modulePath: m[2], hasGoMod: true };
    }
    if (path.dirname(d) === d) break;
  }
  for (const gopath of (env.GOPATH || path.join(env.HOME || '/', 'go')).split(path.delimiter)) {
    const src = path.join(gopath, 'src') + path.sep;
    if (gopath && dir.startsWith(src))
      return { root: dir, modulePath: dir.slice(src.length).split(path.sep).join('/'), hasGoMod: false };
  }
  throw error(
    Codes.NoModule,
    `${dir}: no go.mod here or in any parent directory, and not under a GOPATH src directory; run instrgen in a Go module (a directory with go.mod)`,
  );
}

/** The text of a file of the module other than Go sources (go.mod, go.sum), or undefined when it is not there. */
export function readModuleFile(fs: FileSystem, root: string, rel: string): string | undefined {
  const p = path.join(root, ...rel.split('/'));
  return fs.stat(p)?.isFile ? readText(fs, p) : undefined;
}

function readText(fs: FileSystem, p: string): string {
  try {
    return fs.readFile(p);
  } catch (e) {
    throw error(Codes.Unreadable, `${p}: cannot read: ${(e as Error).message}`);
  }
}

/** Directories the go command skips in `...` patterns. */
function skippedDir(name: string): boolean {
  return name === 'vendor' || name === 'testdata' || name.startsWith('_') || name.startsWith('.');
}

/** Every package directory of the module (module-relative), with its Go file names, skipping nested modules. */
export function packageDirectories(fs: FileSystem, root: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const walk = (rel: string) => {
    const abs = rel === '.' ? root : path.join(root, rel);
    let entries;
    try {
      entries = fs.readDir(abs);
    } catch (e) {
      throw error(Codes.Unreadable, `${abs}: cannot read directory: ${(e as Error).message}`);
    }
    const goFiles = entries
      .filter((e) => e.isFile && e.name.endsWith('.go') && !e.name.startsWith('_') && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort();
    if (goFiles.length) found.set(rel, goFiles);
    for (const e of entries) {
      // Symbolic links are not followed, as the go command does not follow them in `...` patterns.
      if (!e.isDirectory || e.isSymbolicLink || skippedDir(e.name)) continue;
      const sub = rel === '.' ? e.name : `${rel}/${e.name}`;
      if (fs.stat(path.join(root, sub, 'go.mod'))) continue; // a nested module is another module
      walk(sub);
    }
  };
  walk('.');
  return found;
}

/**
 * Expands patterns the way the go command does: `./...`, `./dir/...`, `./dir`, `.`, and import paths under the
 * module path. Relative patterns are taken from cwd, which may be below the module root.
 */
export function matchPatterns(
  patterns: readonly string[],
  dirs: readonly string[],
  root: string,
  cwd: string,
  modulePath: string,
): string[] {
  const selected = new Set<string>();
  const cwdRel = path.relative(root, cwd).split(path.sep).join('/') || '.';
  for (const raw of patterns) {
    let p = raw.replace(/\\/g, '/');
    let recursive = false;
    if (p === '...' || p.endsWith('/...')) {
      recursive = true;
      p = p === '...' ? '.' : p.slice(0, -4) || '.';
    }
    let rel: string;
    if (p === '.' || p === '..' || p.startsWith('./') || p.startsWith('../') || p.startsWith('/')) {
      const abs = path.resolve(cwd, p);
      rel = path.relative(root, abs).split(path.sep).join('/') || '.';
    } else if (p === modulePath || p.startsWith(modulePath + '/')) {
      rel = p === modulePath ? '.' : p.slice(modulePath.length + 1);
    } else {
      rel = cwdRel === '.' ? p : `${cwdRel}/${p}`;
      if (!dirs.includes(rel))
        throw error(
          Codes.NoPackages,
          `pattern ${raw}: not a package of module ${modulePath}; use ./... or a path relative to the module like ./cmd/app`,
        );
    }
    if (rel.startsWith('..')) throw error(Codes.NoPackages, `pattern ${raw}: directory is outside module root ${root}`);
    const matched = dirs.filter((d) => d === rel || (recursive && (rel === '.' || d.startsWith(rel + '/'))));
    if (!matched.length)
      throw error(
        Codes.NoPackages,
        `pattern ${raw}: matched no packages (no .go files in ${rel === '.' ? 'the module root' : rel}${recursive ? ' or below' : ''})`,
      );
    matched.forEach((d) => selected.add(d));
  }
  return [...selected].sort();
}

/** Loads the module around cwd: its root, path, every Go file, and the directories the patterns select. */
export function loadModule(fs: FileSystem, cwd: string, patterns: readonly string[]): LoadedModule {
  const { root, modulePath, hasGoMod } = findModule(fs, cwd);
  const dirs = packageDirectories(fs, root);
  if (dirs.size === 0) throw error(Codes.NoPackages, `module ${modulePath} (${root}) has no Go files`);
  const selectedDirs = matchPatterns(patterns.length ? patterns : ['./...'], [...dirs.keys()], root, cwd, modulePath);
  const files: SourceFile[] = [];
  for (const [dir, names] of dirs) {
    for (const name of names) {
      const rel = dir === '.' ? name : `${dir}/${name}`;
      files.push({ path: rel, dir, text: readText(fs, path.join(root, rel)) });
    }
  }
  return { root, modulePath, files, selectedDirs, hasGoMod };
}
