// Where a GOROOT keeps the standard library's source: its importable package directories and each package's files.
// Parsing them is the symbols phase's (symbols/gorootIndex.ts); this module reads only directories and text.
import { execFileSync } from 'child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';

/** One source file of a standard library package, as read. */
export interface GorootSource {
  path: string;
  text: string;
}

/** Directory names never walked for collection: not importable by users (internal, vendor), not packages (testdata), or tools (cmd). */
const SKIPPED_DIRS = new Set(['internal', 'vendor', 'testdata', 'cmd']);

/** The GOROOT the `go` command on PATH uses; throws when there is no working `go`. */
export function goRootFromGo(): string {
  return execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim();
}

/** `$goroot/src`, after checking that it holds a standard library source tree. */
export function gorootSrc(goroot: string): string {
  const src = path.join(goroot, 'src');
  if (!isDir(path.join(src, 'builtin')))
    throw new Error(`${src} is not a Go standard library source tree (no builtin package)`);
  return src;
}

/** The release named by `$goroot/VERSION` (first line), else by that GOROOT's own go command. */
export function goVersion(goroot: string): string {
  const file = path.join(goroot, 'VERSION');
  if (existsSync(file)) return readFileSync(file, 'utf8').split('\n')[0].trim();
  return execFileSync(path.join(goroot, 'bin', 'go'), ['env', 'GOVERSION'], { encoding: 'utf8' }).trim();
}

/** The package directories of `$goroot/src`, found by import path; internal and vendored ones too. */
export class GorootTree {
  constructor(readonly src: string) {}

  /**
   * Where the package imported by `importPath` lives, and the path that gives it its identity: vendored packages
   * (the standard library's golang.org/x/... imports, under src/vendor) are `vendor/...`, distinct from a module's own copy.
   */
  packageDir(importPath: string): { dir: string; identity: string } | undefined {
    const own = path.join(this.src, importPath);
    if (isDir(own)) return { dir: own, identity: importPath };
    const vendored = path.join(this.src, 'vendor', importPath);
    return isDir(vendored) ? { dir: vendored, identity: `vendor/${importPath}` } : undefined;
  }

  /** Import paths of the packages a user can import (see SKIPPED_DIRS), in a fixed order; builtin is documentation, not one. */
  importable(): string[] {
    return packageDirs(this.src, '').filter((p) => p !== 'builtin');
  }

  /** A package directory's non-test Go files in a fixed order, without generators and documentation programs (`//go:build ignore`). */
  packageFiles(dir: string): GorootSource[] {
    return goFiles(dir)
      .map((file) => ({ path: path.join(dir, file), text: readFileSync(path.join(dir, file), 'utf8') }))
      .filter((f) => !buildIgnored(f.text));
  }
}

/** True when a build constraint before the package clause requires the `ignore` tag, which no build sets. */
function buildIgnored(text: string): boolean {
  const header = text.slice(0, Math.max(0, text.search(/^package\s/m)));
  const constraints = header.match(/^\/\/(go:build|\s*\+build)\s.*$/gm) ?? [];
  return constraints.some((line) => /[^!\w]ignore\b/.test(line));
}

/** Import paths (relative to `src`) of the directories holding Go files, in a fixed order, skipping SKIPPED_DIRS. */
function packageDirs(src: string, rel: string): string[] {
  const dir = path.join(src, rel);
  const entries = readdirSync(dir).sort(byCodeUnits);
  const out: string[] = [];
  if (rel && goFiles(dir).length) out.push(rel.split(path.sep).join('/'));
  for (const e of entries) {
    // The go command ignores directories starting with `.` or `_` as well.
    if (SKIPPED_DIRS.has(e) || e.startsWith('.') || e.startsWith('_')) continue;
    if (isDir(path.join(dir, e))) out.push(...packageDirs(src, path.join(rel, e)));
  }
  return out;
}

function goFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.go') && !f.endsWith('_test.go') && !f.startsWith('.') && !f.startsWith('_'))
    .filter((f) => statSync(path.join(dir, f)).isFile())
    .sort(byCodeUnits);
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Plain UTF-16 order, independent of locale, so the generated tables are the same everywhere. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
