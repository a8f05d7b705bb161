// The dependency phase: what instrumented code needs besides its Go files (the runtime library, OpenTelemetry modules
// in go.mod and go.sum), planned from the new imports and resolved by the go command in a scratch copy of go.mod.
import * as path from 'path';
import { Codes, Diagnostic, InstrgenError } from '../diagnostics/diagnostic';
import {
  indirectRequirements,
  LOCAL_REPLACEMENT_VERSION,
  readGoMod,
  withDirectRequirements,
  withLocalModule,
  withoutDirectives,
} from './goMod';
import { RECORD_FILE, recordText, RUNTIME_MODULE_DIR } from './record';
import { importPaths, isStandardLibrary, RuntimeLibrary } from './runtime';

/** What `go get` is asked to do: the module's go.mod and go.sum as they will be, local modules, and the arguments. */
export interface GoGetRequest {
  /** The module root, where go get runs (with -modfile, so the module's own files stay untouched). */
  root: string;
  goMod: string;
  goSum: string | undefined;
  /** Module-relative directory → file name → text: modules go.mod replaces with a directory that is not there yet. */
  localModules: Map<string, Map<string, string>>;
  /**
   * Module path → absolute directory: the other modules of the workspace, which the scratch go.mod replaces while
   * go get runs (go get resolves the module on its own, where unpublished workspace modules cannot be found).
   */
  workspace: Map<string, string>;
  args: string[];
}

/** The go command's answer: go.mod and go.sum after `go get`, or its output when it failed. */
export type GoGetResult = { ok: true; goMod: string; goSum: string | undefined } | { ok: false; output: string };

export type GoGet = (request: GoGetRequest) => GoGetResult;

/** `go mod vendor` on a scratch copy of the module with these files in place (module-relative path → text). */
export interface GoVendorRequest {
  root: string;
  files: Map<string, string>;
}

/** The vendor/ tree `go mod vendor` wrote (module-relative paths), or its output when it failed. */
export type GoVendorResult = { ok: true; vendor: Map<string, string>; output: string } | { ok: false; output: string };

export type GoVendor = (request: GoVendorRequest) => GoVendorResult;

export interface DependencyOptions {
  /** Runs go get; absent (--no-go-get): go.mod gets only what needs no download, and the command is printed. */
  goGet?: GoGet;
  /** The version of go.opentelemetry.io/otel modules the module does not require yet; default: the runtime library's. */
  otelVersion?: string;
  /** $GOWORK: the workspace file, `off`, or undefined to look for go.work above the module. */
  goWork?: string;
  /** Runs `go mod vendor` for a vendored module (with goGet). */
  goVendor?: GoVendor;
  runtime: RuntimeLibrary;
}

export interface DependencyInput {
  modulePath: string;
  root: string;
  goMod: string;
  goSum: string | undefined;
  /** Texts of the Go files before (pruned) and after inject, module-relative. */
  before: ReadonlyMap<string, string>;
  after: ReadonlyMap<string, string>;
  /**
   * Texts of the Go files, before and after, of the modules this one replaces by a directory and instrgen changes
   * along with it: a go 1.17 module lists every module providing a package its build imports, theirs included.
   */
  alsoImported?: { before: string[]; after: string[] };
  /** The import path instrumented code uses for the runtime library. */
  rtlibPath: string;
  /** True when the module has a vendor/modules.txt. */
  vendored: boolean;
  /** The current vendor/ tree of a vendored module, module-relative path → text. */
  vendorFiles?: ReadonlyMap<string, string>;
  /** Write the record prune reads (inject); `init` writes none: what it adds is the user's from then on. */
  record: boolean;
  /** The other modules of the workspace (go.work), module path → absolute directory. */
  workspace?: Map<string, string>;
  /**
   * Where another module of the same workspace holds the runtime library, relative to this module (`../app/.instrgen/rtlib`):
   * go.work allows one replacement per module path, so every module replaces it by that one directory.
   */
  runtimeAt?: string;
}

export interface DependencyChanges {
  /** Module-relative path → text: go.mod, go.sum, the runtime library's files, the record. */
  files: Map<string, string>;
  /** Files to delete (vendored files go mod vendor no longer writes). */
  removed: string[];
  /** With --no-go-get, the command that completes go.mod and go.sum. */
  goGetCommand?: string;
  diagnostics: Diagnostic[];
}

const failure = (code: Diagnostic['code'], message: string) =>
  new InstrgenError([{ code, severity: 'error', message, pos: { file: 'go.mod', line: 1, col: 1 } }]);

const inModule = (importPath: string, modulePath: string) =>
  importPath === modulePath || importPath.startsWith(modulePath + '/');

/** The longest module path in versions that is importPath or a parent of it, with its version. */
function enclosingModule(importPath: string, versions: ReadonlyMap<string, string>): [string, string] | undefined {
  let best: [string, string] | undefined;
  for (const [mod, v] of versions)
    if (inModule(importPath, mod) && (!best || mod.length > best[0].length)) best = [mod, v];
  return best;
}

/** The non-standard packages outside the module that texts import. */
function foreignImports(texts: Iterable<string>, modulePath: string): Set<string> {
  const out = new Set<string>();
  for (const t of texts)
    for (const p of importPaths(t)) if (!isStandardLibrary(p) && !inModule(p, modulePath) && p !== 'C') out.add(p);
  return out;
}

/**
 * Plans what go.mod, go.sum and the module's files need so that the instrumented module builds with default flags:
 * the runtime library, written as a module of its own under .instrgen/rtlib that go.mod replaces, when the module
 * neither contains nor requires it; and every package the new code imports from outside the module, at the version
 * the module already requires (the longest required module path containing it), else the runtime library's.
 */
export function planDependencies(input: DependencyInput, opts: DependencyOptions): DependencyChanges {
  const facts = readGoMod(input.goMod);
  const imported = foreignImports(input.before.values(), input.modulePath);
  const importedAfter = foreignImports(input.after.values(), input.modulePath);
  const needed = new Set([...importedAfter].filter((p) => !imported.has(p)));
  if (input.alsoImported) {
    const theirs = foreignImports(input.alsoImported.before, input.modulePath);
    for (const p of foreignImports(input.alsoImported.after, input.modulePath))
      if (!theirs.has(p) && !imported.has(p) && p !== input.rtlibPath) needed.add(p);
  }
  const added = new Map<string, string>();
  /** The runtime library's files, when this module replaces it by a directory not written yet. */
  const runtimeFiles = new Map<string, string>();
  let goMod = input.goMod;
  const addedRequires = new Map<string, string>();
  const addedReplaces = new Map<string, string>();
  // The runtime library is provided whenever the result imports it and nothing else does: also for roots that
  // imported it before instrgen ran (AutotelEntryPoint), which then build only once instrgen has run (or `init`).
  if (importedAfter.has(input.rtlibPath)) {
    needed.delete(input.rtlibPath);
    if (!facts.requires.has(input.rtlibPath) && !facts.replaces.has(input.rtlibPath)) {
      const dir = input.runtimeAt ?? `./${RUNTIME_MODULE_DIR}`;
      runtimeFiles.set(
        'go.mod',
        `// The runtime library of instrgen's instrumented code, written by instrgen; instrgen prune removes it.\nmodule ${input.rtlibPath}\n\ngo ${opts.runtime.goVersion}\n`,
      );
      for (const [name, text] of opts.runtime.files) runtimeFiles.set(name, text);
      if (!input.runtimeAt) for (const [name, text] of runtimeFiles) added.set(`${RUNTIME_MODULE_DIR}/${name}`, text);
      for (const p of foreignImports(opts.runtime.files.values(), input.rtlibPath)) if (!imported.has(p)) needed.add(p);
      goMod = withLocalModule(goMod, input.rtlibPath, dir);
      addedRequires.set(input.rtlibPath, LOCAL_REPLACEMENT_VERSION);
      addedReplaces.set(input.rtlibPath, dir);
    }
  }
  const vendoring = input.vendored && (needed.size > 0 || added.size > 0);
  if (vendoring && opts.goGet && !opts.goVendor)
    throw failure(
      Codes.Vendored,
      `the module vendors its dependencies (vendor/modules.txt), and instrumented code needs ${[...needed].sort().join(', ')}: run instrgen without vendor/ (move it aside), then \`go mod vendor\``,
    );

  const diagnostics: Diagnostic[] = [];
  const args: string[] = [];
  // Modules that provide a package the module's own new code imports are direct requirements: those new to go.mod,
  // and those it requires `// indirect` (after instrgen init, OTel), whose line goes where tidy wants a direct one.
  const direct = new Map<string, string>();
  const promoted = new Map<string, string>();
  const indirect = indirectRequirements(goMod);
  for (const p of [...needed].sort()) {
    const version =
      enclosingModule(p, facts.requires)?.[1] ??
      (opts.otelVersion && inModule(p, 'go.opentelemetry.io/otel') ? opts.otelVersion : undefined) ??
      enclosingModule(p, opts.runtime.requires)?.[1];
    if (!version)
      throw failure(
        Codes.Dependencies,
        `instrumented code imports ${p}, and neither go.mod nor the runtime library's go.mod requires a module that provides it`,
      );
    args.push(`${p}@${version}`);
    const provider = enclosingModule(p, opts.runtime.requires)?.[0];
    const required = enclosingModule(p, facts.requires);
    if (!importedAfter.has(p)) continue;
    // Only where the module's code imported nothing of that module before: a marker tidy would already change is
    // the user's business.
    if (required && indirect.has(required[0])) {
      if (![...imported].some((q) => enclosingModule(q, facts.requires)?.[0] === required[0]))
        promoted.set(required[0], required[1]);
    } else if (provider && !required) direct.set(provider, version);
  }
  const seeded = (text: string) =>
    withDirectRequirements(
      promoted.size ? withoutDirectives(text, promoted, new Map()) : text,
      new Map([...direct, ...promoted]),
    );

  let goSum = input.goSum;
  let goGetCommand: string | undefined;
  if (args.length && !opts.goGet) {
    // The direct requirements go in now, so that the user's go get keeps them direct as instrgen's would.
    goMod = seeded(goMod);
    for (const [m, v] of direct) addedRequires.set(m, v);
    goGetCommand = `go get ${args.join(' ')}${vendoring ? ' && go mod vendor' : ''}`;
  } else if (args.length) {
    const localModules = new Map<string, Map<string, string>>();
    if (runtimeFiles.size) localModules.set((input.runtimeAt ?? RUNTIME_MODULE_DIR).replace(/^\.\//, ''), runtimeFiles);
    const workspace = new Map([...(input.workspace ?? [])].filter(([m]) => !facts.replaces.has(m)));
    // Go 1.19 loads the whole module graph once it holds modules older than go 1.17 (as OTel v1.1.0 is), and then
    // reads the go.mod of a workspace module at the version required, which an unpublished module does not have.
    for (const mod of workspace.keys())
      if (facts.requires.has(mod))
        diagnostics.push({
          code: Codes.Dependencies,
          severity: 'warning',
          pos: { file: 'go.mod', line: 1, col: 1 },
          message: `go.mod requires the workspace module ${mod} without replacing it: if the workspace build then says it cannot read ${mod}@${facts.requires.get(mod)}, add \`replace ${mod} => ${path.relative(input.root, workspace.get(mod)!) || '.'}\` to go.mod`,
        });
    const r = opts.goGet!({ root: input.root, goMod: seeded(goMod), goSum, localModules, workspace, args });
    if (!r.ok)
      throw failure(
        Codes.Dependencies,
        `cannot add what instrumented code needs: \`go get ${args.join(' ')}\` failed; nothing was written. Make a module proxy reachable (GOPROXY), or run instrgen with --no-go-get and that command yourself.\n${r.output.trim()}`,
      );
    const after = readGoMod(r.goMod);
    for (const [mod, v] of after.requires) {
      if (!facts.requires.has(mod) && !addedRequires.has(mod)) addedRequires.set(mod, v);
      else if (facts.requires.has(mod) && facts.requires.get(mod) !== v)
        diagnostics.push({
          code: Codes.Dependencies,
          severity: 'warning',
          pos: { file: 'go.mod', line: 1, col: 1 },
          message: `go get raised ${mod} from ${facts.requires.get(mod)} to ${v}, which ${args.join(' ')} requires`,
        });
    }
    goMod = r.goMod;
    goSum = r.goSum;
  }

  const files = new Map(added);
  if (goMod !== input.goMod) files.set('go.mod', goMod);
  if (goSum !== undefined && goSum !== input.goSum) files.set('go.sum', goSum);
  // A vendored module gets its vendor/ tree as `go mod vendor` leaves it for the instrumented sources: the go
  // command would otherwise stop with "inconsistent vendoring".
  const removed: string[] = [];
  const changed: Array<{ path: string; before: string; after: string }> = [];
  const deleted: Array<{ path: string; before: string }> = [];
  if (vendoring && opts.goGet) {
    const overrides = new Map([...[...input.after].filter(([f]) => f.endsWith('.go')), ...files]);
    const r = opts.goVendor!({ root: input.root, files: overrides });
    if (!r.ok)
      throw failure(
        Codes.Vendored,
        `the module vendors its dependencies, and \`go mod vendor\` failed on the instrumented module; nothing was written.\n${r.output.trim()}`,
      );
    if (r.output)
      diagnostics.push({
        code: Codes.Vendored,
        severity: 'warning',
        pos: { file: 'vendor/modules.txt', line: 1, col: 1 },
        message: `go mod vendor -e reported (the vendor tree lacks these packages):\n${r.output}`,
      });
    const current = input.vendorFiles ?? new Map<string, string>();
    for (const [f, t] of r.vendor) {
      const was = current.get(f);
      if (was === t) continue;
      files.set(f, t);
      if (was === undefined) added.set(f, t);
      else changed.push({ path: f, before: was, after: t });
    }
    for (const [f, t] of current)
      if (!r.vendor.has(f)) {
        removed.push(f);
        deleted.push({ path: f, before: t });
      }
  }
  if ((files.size || removed.length) && input.record)
    files.set(
      RECORD_FILE,
      recordText(
        added,
        { before: input.goMod, after: goMod, requires: addedRequires, replaces: addedReplaces },
        goSum === undefined ? undefined : { before: input.goSum, after: goSum },
        { changed, deleted },
      ),
    );
  return { files, removed, goGetCommand, diagnostics };
}
