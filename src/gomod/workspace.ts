// The Go workspace (go.work) a module belongs to: the other modules it uses, so that go get can resolve them.
import * as path from 'path';
import { FileSystem } from '../load/fileSystem';
import { readGoMod } from './goMod';

/** The `use` directories of a go.work text, as written (relative to its directory, or absolute). */
export function workspaceUses(goWork: string): string[] {
  const uses: string[] = [];
  let inBlock = false;
  for (const raw of goWork.split('\n')) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (inBlock) {
      if (line === ')') inBlock = false;
      else if (line) uses.push(line.replace(/^"(.*)"$/, '$1'));
      continue;
    }
    const m = /^use\s+(.*)$/.exec(line);
    if (!m) continue;
    if (m[1] === '(') inBlock = true;
    else uses.push(m[1].replace(/^"(.*)"$/, '$1'));
  }
  return uses;
}

/**
 * Module path → absolute directory of every other module of the workspace that root belongs to, as the go command
 * finds it: $GOWORK (`off`: none), else the nearest go.work above root that uses root. Empty outside a workspace.
 */
export function workspaceModules(fs: FileSystem, root: string, goWorkEnv: string | undefined): Map<string, string> {
  const modules = new Map<string, string>();
  if (goWorkEnv === 'off') return modules;
  let file: string | undefined = goWorkEnv || undefined;
  for (let d = root; !file; d = path.dirname(d)) {
    if (fs.stat(path.join(d, 'go.work'))?.isFile) file = path.join(d, 'go.work');
    else if (path.dirname(d) === d) return modules;
  }
  let text: string;
  try {
    text = fs.readFile(file);
  } catch {
    return modules;
  }
  const dirs = workspaceUses(text).map((u) => path.resolve(path.dirname(file!), u));
  if (!dirs.includes(path.resolve(root))) return modules;
  for (const dir of dirs) {
    if (dir === path.resolve(root)) continue;
    try {
      const mod = readGoMod(fs.readFile(path.join(dir, 'go.mod'))).module;
      if (mod) modules.set(mod, dir);
    } catch {
      // A use directory without go.mod: the go command reports it when it builds.
    }
  }
  return modules;
}
