// Reading the Go standard library's own source from a GOROOT: its importable package directories, and each package parsed once.
// The scans that derive committed tables from GOROOT (standard library interfaces, standard library types) share it.
import { execFileSync } from 'child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';
import { parseGo, SyntaxNode } from '../parse/parse';

/** An import spec of a file: `alias` is undefined without an explicit name, '.' for a dot import. */
export interface GoImport {
  alias?: string;
  path: string;
}

/** One parsed file of a standard library package. */
export interface GorootFile {
  path: string;
  root: SyntaxNode;
  imports: GoImport[];
}

/** A standard library package as its files declare it. */
export interface GorootPackage {
  /** The path the standard library imports it by (`net/http`, `golang.org/x/net/dns/dnsmessage` for a vendored one). */
  importPath: string;
  /** The path that gives the package its identity: vendored packages are `vendor/...`, distinct from a module's own copy. */
  identity: string;
  /** The package clause name, which import specs without an alias are qualified by. */
  name: string;
  files: GorootFile[];
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
  if (!isDir(path.join(src, 'builtin'))) throw new Error(`${src} is not a Go standard library source tree (no builtin package)`);
  return src;
}

/** The release named by `$goroot/VERSION` (first line), else by that GOROOT's own go command. */
export function goVersion(goroot: string): string {
  const file = path.join(goroot, 'VERSION');
  if (existsSync(file)) return readFileSync(file, 'utf8').split('\n')[0].trim();
  return execFileSync(path.join(goroot, 'bin', 'go'), ['env', 'GOVERSION'], { encoding: 'utf8' }).trim();
}

/** Loads standard library packages by import path on demand, each parsed once; internal and vendored ones too. */
export class GorootPackages {
  filesParsed = 0;
  private readonly packages = new Map<string, GorootPackage | null>();

  constructor(readonly src: string) {}

  /** The package at an import path, or null when no directory holds a non-main package there. */
  load(importPath: string): GorootPackage | null {
    if (this.packages.has(importPath)) return this.packages.get(importPath)!;
    // The standard library's third-party imports (golang.org/x/...) live under src/vendor.
    const own = path.join(this.src, importPath);
    const vendored = path.join(this.src, 'vendor', importPath);
    const dir = isDir(own) ? own : isDir(vendored) ? vendored : undefined;
    const pkg = dir ? this.parsePackage(importPath, dir === own ? importPath : `vendor/${importPath}`, dir) : null;
    this.packages.set(importPath, pkg);
    return pkg;
  }

  /** Import paths of the packages a user can import (see SKIPPED_DIRS), in a fixed order; builtin is documentation, not one. */
  importable(): string[] {
    return packageDirs(this.src, '').filter((p) => p !== 'builtin');
  }

  private parsePackage(importPath: string, identity: string, dir: string): GorootPackage | null {
    const pkg: GorootPackage = { importPath, identity, name: '', files: [] };
    for (const file of goFiles(dir)) {
      const full = path.join(dir, file);
      const text = readFileSync(full, 'utf8');
      // Generators and documentation programs (`//go:build ignore`, often `package main`) are not part of the package.
      if (buildIgnored(text)) continue;
      const { tree, errors } = parseGo(text);
      this.filesParsed++;
      if (errors.length) throw new Error(`${full}: ${errors[0].message} at offset ${errors[0].offset}`);
      const root = tree.rootNode;
      const clause = root.namedChildren.find((n) => n.type === 'package_clause');
      const name = clause?.namedChildren.find((n) => n.type === 'package_identifier')?.text;
      if (!name || name === 'main' || name === 'documentation') continue;
      if (!pkg.name) pkg.name = name;
      else if (pkg.name !== name) throw new Error(`${full}: package ${name}, but ${importPath} is package ${pkg.name}`);
      const imports: GoImport[] = [];
      for (const decl of root.namedChildren) if (decl.type === 'import_declaration') collectImports(decl, imports);
      pkg.files.push({ path: full, root, imports });
    }
    return pkg.name ? pkg : null;
  }
}

function collectImports(decl: SyntaxNode, out: GoImport[]): void {
  const visit = (n: SyntaxNode) => {
    if (n.type === 'import_spec') {
      const pathNode = n.childForFieldName('path')!;
      const alias = n.childForFieldName('name')?.text;
      out.push({ alias, path: pathNode.text.slice(1, -1) });
    } else for (const c of n.namedChildren) visit(c);
  };
  visit(decl);
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

/** Whether Go exports a name: its first character is an upper-case letter (`Name`, `Ünicode`; not `_Name`). */
export function isExported(name: string): boolean {
  return /^\p{Lu}/u.test(name);
}

/** Plain UTF-16 order, independent of locale, so the output is the same everywhere. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
