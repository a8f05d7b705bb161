// The load phase across modules: the modules a go.work or local `replace` directives join to the one around cwd,
// loaded as one tree (paths relative to a common root) so that a signature changed in one module updates its
// callers in the others.
import * as path from 'path';
import { Codes, InstrgenError } from '../diagnostics/diagnostic';
import { readGoMod } from '../gomod/goMod';
import { workspaceUses } from '../gomod/workspace';
import { FileSystem } from './fileSystem';
import { findModule, LoadedModule, loadModule, matchPatterns, packageDirectories, SourceFile } from './module';

/** One module of a joined tree. */
export interface JoinedModule {
  /** Absolute directory holding its go.mod. */
  root: string;
  modulePath: string;
  /** Its directory relative to the tree's root, with forward slashes: `.` or `lib`. */
  dir: string;
}

/** Where the modules come from: a workspace file, local replacements in go.mod, or the module alone. */
export type JoinKind = 'workspace' | 'replace' | 'single';

export interface LoadOptions {
  /** $GOWORK as the go command reads it: a go.work file, `off`, or undefined/'' to look for go.work above. */
  goWork?: string;
  /** Module paths never joined even when replaced by a directory: the runtime library instrgen writes. */
  notJoined?: ReadonlySet<string>;
}

/** A local replacement target: `./x`, `../x` or an absolute path, as the go command tells directories from modules. */
const isDirectoryTarget = (target: string) => /^(\.\.?)([/\\]|$)/.test(target) || path.isAbsolute(target);

/** The text of a file, or undefined when it is not there or cannot be read. */
function textOf(fs: FileSystem, p: string): string | undefined {
  try {
    return fs.stat(p)?.isFile ? fs.readFile(p) : undefined;
  } catch {
    return undefined;
  }
}

/** The go.work file the go command uses for a module at dir (or for dir itself): $GOWORK, else the nearest above. */
export function workspaceFile(fs: FileSystem, dir: string, goWork: string | undefined): string | undefined {
  if (goWork === 'off') return undefined;
  if (goWork) return path.resolve(dir, goWork);
  for (let d = dir; ; d = path.dirname(d)) {
    if (fs.stat(path.join(d, 'go.work'))?.isFile) return path.join(d, 'go.work');
    if (path.dirname(d) === d) return undefined;
  }
}

/** The directories a go.mod (or go.work) text replaces modules with, resolved from base. */
function localReplacements(text: string, base: string): string[] {
  return [...readGoMod(text).replaces]
    .filter(([, to]) => isDirectoryTarget(to))
    .map(([, to]) => path.resolve(base, to));
}

/**
 * The modules joined to the module at mainRoot (undefined: cwd is a workspace root outside any module): with a
 * go.work that uses it, every module the workspace uses and the directories they or go.work replace modules with;
 * otherwise the directories mainRoot's go.mod replaces modules with (the go command reads the replacements of the
 * main module only). A directory without go.mod, or holding a module of notJoined, is left out.
 */
export function joinedModuleRoots(
  fs: FileSystem,
  mainRoot: string | undefined,
  cwd: string,
  opts: LoadOptions,
): { kind: JoinKind; roots: string[]; workFile?: string; uses?: string[] } {
  const workFile = workspaceFile(fs, mainRoot ?? cwd, opts.goWork);
  const workText = workFile && textOf(fs, workFile);
  let kind: JoinKind = 'single';
  let candidates: string[] = mainRoot ? [mainRoot] : [];
  let uses: string[] = [];
  if (workFile && workText !== undefined) {
    uses = workspaceUses(workText).map((u) => path.resolve(path.dirname(workFile), u));
    if (!mainRoot || uses.includes(path.resolve(mainRoot))) {
      kind = 'workspace';
      candidates = [...candidates, ...uses];
      for (const u of uses) {
        const goMod = textOf(fs, path.join(u, 'go.mod'));
        if (goMod !== undefined) candidates.push(...localReplacements(goMod, u));
      }
      candidates.push(...localReplacements(workText, path.dirname(workFile)));
    }
  }
  if (kind === 'single' && mainRoot) {
    const goMod = textOf(fs, path.join(mainRoot, 'go.mod'));
    const replaced = goMod === undefined ? [] : localReplacements(goMod, mainRoot);
    candidates.push(...replaced);
  }
  const roots: string[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    const goMod = textOf(fs, path.join(c, 'go.mod'));
    const modulePath = goMod === undefined ? undefined : readGoMod(goMod).module;
    if (!modulePath || opts.notJoined?.has(modulePath)) continue;
    let real: string;
    try {
      real = fs.realPath(c);
    } catch {
      continue;
    }
    if (seen.has(real)) continue;
    seen.add(real);
    roots.push(path.resolve(c));
  }
  if (kind === 'single' && roots.length > 1) kind = 'replace';
  return kind === 'workspace' ? { kind, roots, workFile, uses } : { kind, roots };
}

/** The deepest directory holding every one of dirs. */
function commonAncestor(dirs: readonly string[]): string {
  let common = path.resolve(dirs[0]);
  for (const d of dirs.slice(1)) {
    const abs = path.resolve(d);
    while (common !== path.dirname(common) && abs !== common && !abs.startsWith(common + path.sep))
      common = path.dirname(common);
  }
  return common;
}

const toSlash = (p: string) => p.split(path.sep).join('/') || '.';

/**
 * The directories (tree-relative) a module's share of the patterns selects. A relative recursive pattern whose base
 * holds the module root selects the whole module (`./...` at a workspace root); other patterns are matched as the
 * go command matches them within the module. undefined when the patterns select nothing of it.
 */
function selectedIn(m: JoinedModule, dirs: string[], patterns: readonly string[], cwd: string): string[] | undefined {
  const out = new Set<string>();
  for (const raw of patterns) {
    const p = raw.replace(/\\/g, '/');
    const recursive = p === '...' || p.endsWith('/...');
    const base = recursive ? (p === '...' ? '.' : p.slice(0, -4) || '.') : p;
    const relative =
      base === '.' || base === '..' || base.startsWith('./') || base.startsWith('../') || base.startsWith('/');
    if (recursive && relative) {
      const abs = path.resolve(cwd, base);
      if (m.root === abs || m.root.startsWith(abs + path.sep)) {
        dirs.forEach((d) => out.add(d));
        continue;
      }
    }
    try {
      matchPatterns([raw], dirs, m.root, cwd, m.modulePath).forEach((d) => out.add(d));
    } catch {
      // Not a package of this module: another module may have it.
    }
  }
  return out.size ? [...out] : undefined;
}

/**
 * Loads the module around cwd with every module joined to it (see joinedModuleRoots), or, at the root of a
 * workspace outside any module, the workspace's modules. Alone, it is exactly loadModule's result. Joined, the
 * tree's root is the deepest directory holding every module (the go.work's directory for a workspace below it),
 * files and directories are relative to it, and each file names its package's import path.
 */
export function loadModules(
  fs: FileSystem,
  cwd: string,
  patterns: readonly string[],
  opts: LoadOptions = {},
): LoadedModule {
  let main: string | undefined;
  let mainError: unknown;
  try {
    const found = findModule(fs, cwd);
    if (!found.hasGoMod) return loadModule(fs, cwd, patterns);
    main = found.root;
  } catch (e) {
    mainError = e;
  }
  const { kind, roots, workFile, uses } = joinedModuleRoots(fs, main, cwd, opts);
  if (main === undefined && kind !== 'workspace') throw mainError;
  if (kind === 'single' || roots.length === 0) {
    if (main === undefined) throw mainError;
    return { ...loadModule(fs, cwd, patterns), join: 'single' };
  }
  const treeRoot = commonAncestor(workFile ? [path.dirname(workFile), ...roots] : roots);
  const modules: JoinedModule[] = roots.map((root) => ({
    root,
    modulePath: readGoMod(fs.readFile(path.join(root, 'go.mod'))).module!,
    dir: toSlash(path.relative(treeRoot, root)),
  }));
  const files: SourceFile[] = [];
  const selected = new Set<string>();
  const inTree = (m: JoinedModule, rel: string) => (m.dir === '.' ? rel : rel === '.' ? m.dir : `${m.dir}/${rel}`);
  for (const m of modules) {
    const dirs = packageDirectories(fs, m.root);
    // Entry points are looked for in the main modules only: the one around cwd, or every module go.work uses.
    const picked =
      m.root === main || uses?.includes(m.root)
        ? selectedIn(m, [...dirs.keys()], patterns.length ? patterns : ['./...'], cwd)
        : undefined;
    picked?.forEach((d) => selected.add(inTree(m, d)));
    for (const [dir, names] of dirs) {
      const pkgPath = dir === '.' ? m.modulePath : `${m.modulePath}/${dir}`;
      for (const name of names) {
        const rel = dir === '.' ? name : `${dir}/${name}`;
        files.push({
          path: inTree(m, rel),
          dir: inTree(m, dir),
          text: fs.readFile(path.join(m.root, rel)),
          pkgPath,
          goPath: `${m.modulePath}/${rel}`,
        });
      }
    }
  }
  if (selected.size === 0) {
    // The module around cwd says why its patterns match nothing, as it would alone.
    if (main !== undefined) loadModule(fs, cwd, patterns);
    throw new InstrgenError([
      {
        code: Codes.NoPackages,
        severity: 'error',
        message: `patterns ${patterns.join(' ')} match no package of the workspace's modules (${modules.map((m) => m.modulePath).join(', ')})`,
      },
    ]);
  }
  const first = modules.find((m) => m.root === main) ?? modules[0];
  return {
    root: treeRoot,
    modulePath: first.modulePath,
    files,
    selectedDirs: [...selected].sort(),
    hasGoMod: true,
    join: kind,
    modules,
  };
}
