// The modules of a loaded tree as the dependency phase sees them: each with its own go.mod, go.sum and record, and
// the tree-relative paths of its files.
import * as path from 'path';
import { FileSystem } from '../load/fileSystem';
import { LoadedModule } from '../load/module';
import { readGoMod } from './goMod';

/** One module of the tree: its go.mod, go.sum and .instrgen/ sit in dir. */
export interface ModuleUnit {
  root: string;
  modulePath: string;
  /** Relative to the tree's root: `.` or `lib`. */
  dir: string;
  /** Absolute directories its go.mod replaces modules with. */
  replacedDirs: string[];
}

/** The tree-relative path of a module-relative one. */
export function inTree(m: { dir: string }, rel: string): string {
  return m.dir === '.' ? rel : `${m.dir}/${rel}`;
}

/** The modules of a loaded tree, the one around cwd first; a module alone is one unit at `.`. */
export function modulesOf(fs: FileSystem, module: LoadedModule): ModuleUnit[] {
  const list = module.modules ?? [{ root: module.root, modulePath: module.modulePath, dir: '.' }];
  return list.map((m) => {
    let replacedDirs: string[] = [];
    try {
      const goMod = fs.readFile(path.join(m.root, 'go.mod'));
      replacedDirs = [...readGoMod(goMod).replaces.values()]
        .filter((t) => /^\.\.?([/\\]|$)/.test(t) || path.isAbsolute(t))
        .map((t) => path.resolve(m.root, t));
    } catch {
      // No go.mod (GOPATH mode): nothing replaced.
    }
    return { ...m, replacedDirs };
  });
}

/** The module a tree-relative path belongs to: the unit with the longest directory holding it. */
export function unitOf(file: string, units: readonly ModuleUnit[]): ModuleUnit | undefined {
  let best: ModuleUnit | undefined;
  for (const u of units)
    if (
      (u.dir === '.' || file.startsWith(u.dir + '/')) &&
      (!best || best.dir === '.' || u.dir.length > best.dir.length)
    )
      best = u;
  return best;
}

/** Tree-relative path → module-relative path of every Go file of m. */
export function moduleFiles(module: LoadedModule, m: ModuleUnit, units: readonly ModuleUnit[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of module.files)
    if (unitOf(f.path, units) === m) out.set(f.path, m.dir === '.' ? f.path : f.path.slice(m.dir.length + 1));
  return out;
}

/** The module-relative path → text of a module's Go files, from tree-relative texts. */
function textsOf(files: ReadonlyMap<string, string>, texts: ReadonlyMap<string, string>): Map<string, string> {
  return new Map([...files].map(([tree, rel]) => [rel, texts.get(tree)!]));
}

/**
 * The texts the dependency phase plans m's go.mod from: its own Go files before and after (module-relative), and
 * those of the modules of the tree its go.mod replaces by a directory, whose new imports its build needs too.
 */
export function moduleGoTexts(
  module: LoadedModule,
  m: ModuleUnit,
  units: readonly ModuleUnit[],
  before: ReadonlyMap<string, string>,
  after: ReadonlyMap<string, string>,
) {
  const own = moduleFiles(module, m, units);
  const replaced = units
    .filter((u) => u !== m && m.replacedDirs.includes(u.root))
    .map((u) => moduleFiles(module, u, units));
  return {
    before: textsOf(own, before),
    after: textsOf(own, after),
    alsoImported: {
      before: replaced.flatMap((r) => [...textsOf(r, before).values()]),
      after: replaced.flatMap((r) => [...textsOf(r, after).values()]),
    },
  };
}
