// The runtime library as this package ships it (rtlib/), and the import paths Go files name.
import * as path from 'path';
import { Codes, InstrgenError } from '../diagnostics/diagnostic';
import { FileSystem } from '../load/fileSystem';
import { readGoMod } from './goMod';

/** rtlib/ of this package: two levels above both src/gomod and dist/gomod. */
export const RUNTIME_DIR = path.resolve(__dirname, '..', '..', 'rtlib');

/**
 * A file of the runtime library that instrumented code builds: a non-test .go file, or a .s file (the assembly that
 * tells goroutines apart, rtlib/goroutine_gc.go).
 */
export function isRuntimeSource(name: string): boolean {
  return (name.endsWith('.go') && !name.endsWith('_test.go')) || name.endsWith('.s');
}

/** The runtime library's sources (every file isRuntimeSource takes, by name) and the versions its go.mod requires. */
export interface RuntimeLibrary {
  files: Map<string, string>;
  requires: Map<string, string>;
  /** The language version its go.mod says (`1.19`): the Go its files may use. */
  goVersion: string;
}

/** Reads the runtime library from dir: whatever sources it has, so that new files need no change here. */
export function readRuntimeLibrary(fs: FileSystem, dir: string = RUNTIME_DIR): RuntimeLibrary {
  try {
    const files = new Map<string, string>();
    for (const e of fs.readDir(dir)) {
      if (e.isFile && isRuntimeSource(e.name)) files.set(e.name, fs.readFile(path.join(dir, e.name)));
    }
    if (!files.size) throw new Error('no Go files');
    const goMod = fs.stat(path.join(dir, 'go.mod')) ? fs.readFile(path.join(dir, 'go.mod')) : '';
    const facts = readGoMod(goMod);
    return {
      files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1))),
      requires: facts.requires,
      goVersion: facts.go ?? '1.16',
    };
  } catch (e) {
    throw new InstrgenError([
      {
        code: Codes.Unreadable,
        severity: 'error',
        message: `cannot read the runtime library in ${dir}: ${(e as Error).message}; reinstall instrgen`,
      },
    ]);
  }
}

/** The import paths a Go file names (every import declaration, grouped or not), from its text. */
export function importPaths(text: string): string[] {
  const paths: string[] = [];
  const decl = /^import[ \t]*(\([^)]*\)|[^\n]*)/gm;
  for (let m = decl.exec(text); m; m = decl.exec(text)) {
    const spec = /(?:^|[\s(;])(?:[\w.]+[ \t]+)?"([^"\n]+)"|`([^`\n]+)`/g;
    // Comments inside an import block may quote paths too.
    const body = m[1].replace(/\/\/[^\n]*/g, '').replace(/\/\*[\s\S]*?\*\//g, '');
    for (let s = spec.exec(body); s; s = spec.exec(body)) paths.push(s[1] ?? s[2]);
  }
  return paths;
}

/** True for standard library import paths: their first element has no dot (`net/http`, not `example.com/x`). */
export function isStandardLibrary(importPath: string): boolean {
  return !importPath.split('/')[0].includes('.');
}
