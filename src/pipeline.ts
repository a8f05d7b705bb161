// The one function that knows the order of the phases: load → prune → parse → symbols → callgraph → plan → edit.
import * as path from 'path';
import {
  buildCallGraph,
  buildEdgeLists,
  CallGraph,
  EdgeLists,
  Reach,
  reachableOver,
  withoutGroupEdges,
} from './callgraph/graph';
import { Codes, Diagnostic, InstrgenError } from './diagnostics/diagnostic';
import { applyEdits } from './edit/applyEdits';
import { FileEdits } from './edit/edit';
import { gofmtLayout, layoutAround, placesAfter, Rewritten, touchedPlaces } from './edit/gofmtLayout';
import { listOpensAfterEdits } from './edit/offsets';
import { FileSystem } from './load/fileSystem';
import { LoadedModule, readModuleFile } from './load/module';
import { loadModules } from './load/modules';
import { inTree, moduleGoTexts, modulesOf } from './gomod/modules';
import { DependencyOptions, planDependencies } from './gomod/dependencies';
import { parseRecord, RECORD_FILE, RUNTIME_MODULE_DIR, Undo, undoRecord } from './gomod/record';
import { readGoMod } from './gomod/goMod';
import { workspaceModules } from './gomod/workspace';
import { DEFAULT_RTLIB_PATH } from './plan/inject';
import { collectAfterPhase } from './parse/collector';
import { ParsedSource } from './parse/parse';
import { parseGoEachAround, parseGoFiles, startParseWorkers } from './parse/parallel';
import { LineIndex } from './parse/positions';
import { decide, Decisions } from './plan/decide';
import { DecideRounds } from './plan/decideRounds';
import { planInject } from './plan/inject';
import { withTwins } from './plan/twins';
import { withHandOffs } from './plan/handOff';
import { keptFunctionGroups, withoutFunctionGroups, withoutKeys } from './plan/functionGroups';
import { planPruneLines, planPruneRest } from './plan/prune';
import { analyzeModule, ParsedFile } from './symbols/analyze';
import { layoutFactsAround } from './symbols/layoutFacts';
import { Program } from './symbols/program';
import { readVolumeConfig, VolumeSettings } from './load/config';
import { LeftOut, selectReached, volumeOf } from './plan/volume';
import { statementCounter } from './symbols/statementCounts';

export interface RunOptions {
  fs: FileSystem;
  /** The directory instrgen runs in (`-C`); patterns are relative to it. */
  cwd: string;
  patterns: string[];
  /** Import path of the runtime library for roots whose file does not import it (`//instrgen:entry`). */
  rtlibPath?: string;
  /** Called as each phase starts, for progress output. */
  onPhase?: (phase: string, detail?: string) => void;
  /**
   * In module mode (go.mod), also plan go.mod, go.sum and the runtime library so that the result builds with default
   * flags. Without it, only Go sources change (the GOPATH-mode tests, and commands that write nothing).
   */
  dependencies?: DependencyOptions;
  /** --include, --exclude, --max-depth, --skip-trivial: over the same keys of instrgen.yaml at the module root. */
  volume?: VolumeSettings;
  /** $GOWORK (`off`: no workspace; undefined: look for go.work): a workspace joins its modules into one analysis. */
  goWork?: string;
}

/** What every command computes: the files it changes (and how), and what it has to say. */
export interface RunResult {
  module: LoadedModule;
  /** Texts with earlier instrumentation taken out: what inject plans against. */
  pruned: Map<string, string>;
  /**
   * Module-relative path → original text, and → new text for every file that changes or is created (go.mod, go.sum and
   * files instrgen adds included; a created file has no `before`).
   */
  before: Map<string, string>;
  after: Map<string, string>;
  /** Files the run deletes (files an earlier inject added, which prune takes away). */
  removed: string[];
  /** With --no-go-get, the command that completes go.mod and go.sum; undefined when there is none to run. */
  goGetCommand: string | undefined;
  diagnostics: Diagnostic[];
}

/** What inject computed besides: each phase's output, so that any stage can be printed. */
export interface InjectResult extends RunResult {
  program: Program;
  graph: CallGraph;
  roots: string[];
  reached: Map<string, Reach>;
  decisions: Decisions;
  /** Inject's edits, against the pruned texts. */
  edits: FileEdits[];
}

/** Takes out earlier instrumentation: inject plans against this, which makes it idempotent and prune its inverse. */
function prunedText(text: string): Rewritten | undefined {
  if (!text.includes('__atel_') && !text.includes('//instrgen:oneline')) return undefined;
  const lines = planPruneLines(text);
  const withoutLines = applyEdits(text, lines);
  const rest = planPruneRest(withoutLines);
  const lists = rest.filter((e) => withoutLines[e.start] === '(').map((e) => e.start);
  const places = placesAfter(touchedPlaces(lines, text, []), rest, touchedPlaces(rest, withoutLines, lists));
  places.opens.push(...listOpensAfterEdits(rest));
  return gofmtLayout(applyEdits(withoutLines, rest), places);
}

function syntaxDiagnostics(
  file: string,
  text: string,
  { tree, errors }: ParsedSource,
): { tree: ParsedSource['tree']; diagnostics: Diagnostic[] } {
  const lines = new LineIndex(text);
  return {
    tree,
    diagnostics: errors.map((e) => ({
      code: Codes.SyntaxError,
      severity: 'error' as const,
      message: e.message,
      pos: { file, ...lines.position(e.offset) },
    })),
  };
}

/** New texts must parse, or nothing is written: a planner bug must never reach a user's files. */
function checkOutputs(after: Map<string, Rewritten>): void {
  const problems: Diagnostic[] = [];
  for (const [file, { text, errors }] of after)
    for (const e of errors)
      problems.push({
        code: Codes.OutputSyntaxError,
        severity: 'error',
        pos: { file, ...new LineIndex(text).position(e.offset) },
        message: `instrgen produced invalid Go (${e.message}); nothing was written. Please report this with \`instrgen dump --stage edits\``,
      });
  if (problems.length) throw new InstrgenError(problems);
}

/** Files holding bytes that are not UTF-8 cannot be rewritten without changing those bytes. */
function checkEncodable(fs: FileSystem, root: string, after: Map<string, string>, before: Map<string, string>): void {
  const problems: Diagnostic[] = [];
  for (const file of after.keys())
    if (
      before.get(file)!.includes('\uFFFD') &&
      Buffer.from(before.get(file)!, 'utf8').length !== safeByteLength(fs, `${root}/${file}`)
    )
      problems.push({
        code: Codes.Unreadable,
        severity: 'error',
        message: 'file is not valid UTF-8 and would have to change; fix its encoding first',
        pos: { file, line: 1, col: 1 },
      });
  if (problems.length) throw new InstrgenError(problems);
}

function safeByteLength(fs: FileSystem, p: string): number {
  try {
    return fs.readBytes ? fs.readBytes(p).length : -1;
  } catch {
    return -1;
  }
}

/** What an earlier inject added besides Go code, undone (in memory), with the current texts of those files. */
interface Extras {
  undo: Undo;
  current: Map<string, string>;
}

/** The records of an earlier inject in every module of the tree, undone, with paths relative to the tree's root. */
function undoneExtras(fs: FileSystem, module: LoadedModule): Extras | undefined {
  let all: Extras | undefined;
  for (const m of modulesOf(fs, module)) {
    const e = undoneModuleExtras(fs, m.root);
    if (!e) continue;
    all ??= { undo: { texts: new Map(), removed: [], kept: [] }, current: new Map() };
    for (const [f, t] of e.undo.texts) all.undo.texts.set(inTree(m, f), t);
    all.undo.removed.push(...e.undo.removed.map((f) => inTree(m, f)));
    all.undo.kept.push(...e.undo.kept.map((f) => inTree(m, f)));
    for (const [f, t] of e.current) all.current.set(inTree(m, f), t);
  }
  return all;
}

/** Reads the record of an earlier inject in the module at root, and plans undoing it; undefined when there is none. */
function undoneModuleExtras(fs: FileSystem, root: string): Extras | undefined {
  const text = readModuleFile(fs, root, RECORD_FILE);
  if (text === undefined) return undefined;
  let record;
  try {
    record = parseRecord(text);
  } catch (e) {
    throw new InstrgenError([
      {
        code: Codes.Unreadable,
        severity: 'error',
        pos: { file: RECORD_FILE, line: 1, col: 1 },
        message: `cannot read instrgen's record (${(e as Error).message}); restore it from version control, or delete it and undo instrgen's go.mod changes by hand`,
      },
    ]);
  }
  const current = new Map<string, string>();
  const read = (f: string) => {
    const t = readModuleFile(fs, root, f);
    if (t !== undefined) current.set(f, t);
    return t;
  };
  read(RECORD_FILE);
  return { undo: undoRecord(record, read), current };
}

/** Load and prune: the first half of every command. */
function loadAndPrune(
  opts: RunOptions,
  parseLater = false,
): {
  module: LoadedModule;
  before: Map<string, string>;
  pruned: Map<string, string>;
  extras?: Extras;
} {
  opts.onPhase?.('load');
  if (parseLater) startParseWorkers(); // they load while load and prune run
  const module = loadModules(opts.fs, opts.cwd, opts.patterns, {
    goWork: opts.goWork ?? opts.dependencies?.goWork,
    notJoined: new Set([opts.rtlibPath ?? DEFAULT_RTLIB_PATH]),
  });
  const before = new Map(module.files.map((f) => [f.path, f.text]));
  const rewritten = new Map<string, Rewritten>();
  for (const f of module.files) {
    const r = prunedText(f.text);
    if (r && r.text !== f.text) rewritten.set(f.path, r);
  }
  checkOutputs(rewritten);
  const pruned = new Map(module.files.map((f) => [f.path, rewritten.get(f.path)?.text ?? f.text]));
  const extras = module.hasGoMod ? undoneExtras(opts.fs, module) : undefined;
  return { module, before, pruned, extras };
}

/** The texts of every file below vendor/, module-relative. */
function vendorTexts(fs: FileSystem, root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string) => {
    for (const e of fs.readDir(`${root}/${rel}`)) {
      const r = `${rel}/${e.name}`;
      if (e.isDirectory && !e.isSymbolicLink) walk(r);
      else if (e.isFile) out.set(r, fs.readFile(`${root}/${r}`));
    }
  };
  walk('vendor');
  return out;
}

/** What the dependency phase needs to know around the module: its vendor/ tree, and its workspace. */
function surroundings(fs: FileSystem, root: string, deps: DependencyOptions) {
  const vendored = !!fs.stat(`${root}/vendor/modules.txt`)?.isFile;
  return {
    vendored,
    vendorFiles: vendored ? vendorTexts(fs, root) : undefined,
    workspace: workspaceModules(fs, root, deps.goWork),
  };
}

/** Files kept by prune because the user changed them since inject wrote them. */
function keptDiagnostics(extras: Extras | undefined): Diagnostic[] {
  return (extras?.undo.kept ?? []).map((file) => ({
    code: Codes.Dependencies,
    severity: 'warning' as const,
    pos: { file, line: 1, col: 1 },
    message: 'instrgen added this file, but it changed since; it is kept: delete it yourself if it is no longer needed',
  }));
}

/**
 * Sets after, before and removed for the files besides Go sources: `wanted` maps each to its text, or null when it
 * must not exist; files that already are as wanted are left alone.
 */
function applyExtras(
  wanted: Map<string, string | null>,
  current: (file: string) => string | undefined,
  before: Map<string, string>,
  after: Map<string, string>,
  removed: string[],
): void {
  for (const [file, text] of [...wanted].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const now = current(file);
    if (now !== undefined) before.set(file, now);
    if (text === null) {
      if (now !== undefined) removed.push(file);
    } else if (text !== now) after.set(file, text);
  }
}

/** The state the files besides Go sources have without instrumentation: the record undone. */
function undoneState(extras: Extras | undefined): Map<string, string | null> {
  const wanted = new Map<string, string | null>();
  if (!extras) return wanted;
  for (const [f, t] of extras.undo.texts) wanted.set(f, t);
  for (const f of extras.undo.removed) wanted.set(f, null);
  return wanted;
}

/** `instrgen prune`: every file back to what it was before inject. */
export function runPrune(opts: RunOptions): RunResult {
  const { module, before, pruned, extras } = loadAndPrune(opts);
  const after = new Map([...pruned].filter(([f, t]) => t !== before.get(f)));
  const removed: string[] = [];
  applyExtras(undoneState(extras), (f) => extras?.current.get(f), before, after, removed);
  return { module, pruned, before, after, removed, goGetCommand: undefined, diagnostics: keptDiagnostics(extras) };
}

/** `instrgen [inject]`: plan the whole rewrite, and stop before writing anything. */
export function runInject(opts: RunOptions): InjectResult {
  const { module, before, pruned, extras } = loadAndPrune(opts, true);
  const volume = volumeOf(opts.volume, readVolumeConfig(opts.fs, module.root), module.modulePath);

  opts.onPhase?.('parse', `${module.files.length} files`);
  const parsed: ParsedFile[] = [];
  const syntax: Diagnostic[] = [];
  const sources = parseGoFiles(module.files.map((f) => pruned.get(f.path)!));
  for (const [i, f] of module.files.entries()) {
    const { tree, diagnostics } = syntaxDiagnostics(f.path, pruned.get(f.path)!, sources[i]);
    syntax.push(...diagnostics);
    parsed.push({ file: { ...f, text: pruned.get(f.path)! }, tree });
  }
  if (syntax.length) throw new InstrgenError(syntax);

  opts.onPhase?.('symbols');
  const analyzed = analyzeModule(module.modulePath, parsed);
  // The trees go as soon as nothing reads them (the edit phase parses its outputs): here, unless --skip-trivial counts
  // statements on them while the call graph is walked.
  const dropTrees = () => {
    if (!parsed.length) return;
    let units = 0;
    for (const p of parsed) {
      p.tree.release();
      units += p.file.text.length;
    }
    parsed.length = 0;
    sources.length = 0;
    collectAfterPhase(units); // the symbols phase's garbage, before the plan piles on it
  };
  if (volume?.skipTrivial === undefined) dropTrees();

  opts.onPhase?.('callgraph');
  const selected = new Set(module.selectedDirs);
  const roots = [...analyzed.funcs.values()]
    .map((decls) => decls[0])
    .filter(
      (f) =>
        (f.entryCall !== undefined || f.entry) &&
        f.pkg !== analyzed.rtlibPackage &&
        selected.has(analyzed.files.get(f.file)!.dir) &&
        !analyzed.files.get(f.file)!.isTest,
    )
    .map((f) => f.id);
  if (roots.length === 0)
    throw new InstrgenError([
      {
        code: Codes.NoEntryPoint,
        severity: 'error',
        message: `no entry point in ${module.selectedDirs.length === 1 ? `package ${module.selectedDirs[0]}` : `${module.selectedDirs.length} packages`} of ${module.modulePath}: add a call to rtlib.AutotelEntryPoint() at the top of main (import "instrgen.dev/rtlib"), or put //instrgen:entry on the line above a function`,
      },
    ]);
  // Function-typed fields that cannot change type are taken out and the walk done again, so that they change nothing.
  // Twins change no decision the rounds read (kept, addParam): they are planned once, for the last walk.
  let program = analyzed;
  // Without volume rules the walks need only the edges: made once, and the groups' edges marked dead as they go.
  let edges = volume ? undefined : buildEdgeLists(program);
  // Later rounds replay the reasons round 0 found that taking groups out does not change (src/plan/decideRounds.ts).
  const rounds = new DecideRounds();
  let walked = walkAndDecide(program, roots, volume, parsed, edges, rounds, opts);
  let { reached, decisions } = walked;
  let removedSinceWalk = new Set<string>();
  const groupWarnings = [];
  for (let round = 0; round < 4; round++) {
    const groups = keptFunctionGroups(program, decisions, reached);
    groupWarnings.push(...groups.diagnostics);
    if (!groups.ids.size) break;
    const walkAgain = groups.members.some((id) => reached.has(id));
    edges = edges && withoutGroupEdges(edges, program, groups.ids);
    program = withoutFunctionGroups(program, groups.ids);
    if (walkAgain) {
      ({ reached, decisions } = walked = walkAndDecide(program, roots, volume, parsed, edges, rounds));
      removedSinceWalk = new Set();
    } else {
      decisions = { ...decisions, byId: withoutKeys(decisions.byId, groups.ids) };
      groups.ids.forEach((id) => removedSinceWalk.add(id));
    }
  }
  const twinned = withHandOffs(walked.program, withTwins(walked.program, walked.decisions));
  decisions = removedSinceWalk.size ? { ...twinned, byId: withoutKeys(twinned.byId, removedSinceWalk) } : twinned;
  decisions.diagnostics.push(...groupWarnings);
  dropTrees();
  const rtlibPath = opts.rtlibPath ?? rtlibImportPath(program);
  const edits = planInject(program, decisions, rtlibPath);

  opts.onPhase?.('edit', `${edits.length} files`);
  const edited = edits.map((fe) => applyEdits(pruned.get(fe.file)!, fe.edits));
  const places = edits.map((fe) => {
    const lists = fe.edits.filter((e) => e.kind === 'pass-context').map((e) => e.start - 1);
    const touched = touchedPlaces(fe.edits, pruned.get(fe.file)!, lists);
    touched.opens.push(...listOpensAfterEdits(fe.edits));
    return touched;
  });
  const around = edited.map((text, i) => layoutAround(text, places[i]));
  // Each output laid out as soon as a worker has parsed it, and its tree dropped: one tree at a time on this thread.
  // The workers keep only the nodes around the places the layout reads (the whole parse still checks the syntax).
  const laidOut: Rewritten[] = new Array(edits.length);
  parseGoEachAround(edited, around, (i, reparsed) => {
    laidOut[i] = gofmtLayout(edited[i], places[i], layoutFactsAround(edited[i], around[i], reparsed));
    reparsed.tree.release();
  });
  const rewritten = new Map(edits.map((fe, i) => [fe.file, laidOut[i]]));
  checkOutputs(rewritten);
  const after = new Map<string, string>();
  for (const [file, text] of pruned) {
    const final = rewritten.get(file)?.text ?? text;
    if (final !== before.get(file)) after.set(file, final);
  }
  checkEncodable(opts.fs, module.root, after, before);
  const removed: string[] = [];
  const diagnostics = [...decisions.diagnostics];
  let goGetCommand: string | undefined;
  if (opts.dependencies && module.hasGoMod) {
    opts.onPhase?.('dependencies');
    const wanted = undoneState(extras);
    const current = (f: string) =>
      extras?.current.has(f) ? extras.current.get(f) : readModuleFile(opts.fs, module.root, f);
    const baseline = (f: string) => (wanted.has(f) ? (wanted.get(f) ?? undefined) : current(f));
    const finalGo = new Map([...pruned].map(([f, t]) => [f, rewritten.get(f)?.text ?? t]));
    const units = modulesOf(opts.fs, module);
    // Each module gets what its own new imports need, and what those of the modules it replaces by a directory need:
    // a module at go 1.17 or later lists every module providing a package its build imports.
    // go.work allows one replacement of the runtime library: the first module that holds it (or writes it) lends its
    // directory to every other module of the workspace.
    const rtlib = rtlibPath ?? DEFAULT_RTLIB_PATH;
    let runtimeDir =
      module.join === 'workspace'
        ? units.map((m) => localReplacement(baseline(inTree(m, 'go.mod')), rtlib, m.root)).find((d) => d !== undefined)
        : undefined;
    for (const m of units) {
      const runtimeAt = runtimeDir === undefined ? undefined : relativeReplacement(m.root, runtimeDir);
      const deps = planDependencies(
        {
          modulePath: m.modulePath,
          root: m.root,
          goMod: baseline(inTree(m, 'go.mod')) ?? '',
          goSum: baseline(inTree(m, 'go.sum')),
          ...moduleGoTexts(module, m, units, pruned, finalGo),
          rtlibPath: rtlibPath ?? DEFAULT_RTLIB_PATH,
          ...surroundings(opts.fs, m.root, opts.dependencies),
          record: true,
          runtimeAt,
        },
        opts.dependencies,
      );
      if (module.join === 'workspace' && runtimeDir === undefined && deps.files.has(`${RUNTIME_MODULE_DIR}/go.mod`))
        runtimeDir = path.join(m.root, RUNTIME_MODULE_DIR);
      for (const [f, t] of deps.files) wanted.set(inTree(m, f), t);
      for (const f of deps.removed) wanted.set(inTree(m, f), null);
      diagnostics.push(
        ...deps.diagnostics.map((d) => (d.pos ? { ...d, pos: { ...d.pos, file: inTree(m, d.pos.file) } } : d)),
      );
      // Several modules: each command in its module's directory, as seen from where instrgen runs.
      const inModule =
        units.length > 1 ? `(cd ${path.relative(opts.cwd, m.root) || '.'} && ${deps.goGetCommand})` : deps.goGetCommand;
      if (deps.goGetCommand) goGetCommand = goGetCommand ? `${goGetCommand} && ${inModule}` : inModule;
    }
    applyExtras(wanted, current, before, after, removed);
  }
  return {
    module,
    pruned,
    program,
    // Only the commands that print the call graph read it: it is made then, of the program the last walk was over.
    get graph() {
      return walked.graph();
    },
    roots,
    reached,
    decisions,
    edits,
    before,
    after,
    removed,
    goGetCommand,
    diagnostics,
  };
}

/**
 * `instrgen init`: what a module needs before its code may import the runtime library (to call AutotelEntryPoint):
 * the library under .instrgen/rtlib, replaced in go.mod, and the modules it imports; no record, so prune keeps it.
 */
export function runInit(opts: RunOptions & { dependencies: DependencyOptions }): RunResult {
  const { module, before, pruned } = loadAndPrune(opts);
  if (!module.hasGoMod)
    throw new InstrgenError([
      {
        code: Codes.NoModule,
        severity: 'error',
        message: `${module.root}: no go.mod; init sets up a module (run go mod init first)`,
      },
    ]);
  const rtlibPath = opts.rtlibPath ?? DEFAULT_RTLIB_PATH;
  // In a workspace or with local replacements, init sets up the module around the directory it runs in.
  const units = modulesOf(opts.fs, module);
  const m = units[0];
  const rel = path.relative(m.root, opts.cwd);
  if (rel.startsWith('..') || path.isAbsolute(rel))
    throw new InstrgenError([
      {
        code: Codes.NoModule,
        severity: 'error',
        message: `${opts.cwd}: not in a module of the workspace; run init in the module whose code calls rtlib.AutotelEntryPoint()`,
      },
    ]);
  const own = moduleGoTexts(module, m, units, pruned, pruned).before;
  const deps = planDependencies(
    {
      modulePath: m.modulePath,
      root: m.root,
      goMod: readModuleFile(opts.fs, m.root, 'go.mod') ?? '',
      goSum: readModuleFile(opts.fs, m.root, 'go.sum'),
      before: own,
      after: new Map([...own, ['<init>', `package p\n\nimport _ "${rtlibPath}"\n`]]),
      rtlibPath,
      ...surroundings(opts.fs, m.root, opts.dependencies),
      record: false,
    },
    opts.dependencies,
  );
  const after = new Map<string, string>();
  const removed: string[] = [];
  const wanted = new Map<string, string | null>([
    ...[...deps.files].map(([f, t]): [string, string] => [inTree(m, f), t]),
    ...deps.removed.map((f): [string, null] => [inTree(m, f), null]),
  ]);
  applyExtras(wanted, (f) => readModuleFile(opts.fs, module.root, f), before, after, removed);
  return { module, pruned, before, after, removed, goGetCommand: deps.goGetCommand, diagnostics: deps.diagnostics };
}

/** The import path under which the module's files import the runtime library, for roots that do not import it. */
function rtlibImportPath(program: Program): string | undefined {
  for (const f of program.files.values()) {
    // Any import form: `import "x/rtlib"`, a line of an import block, an alias, a dot import.
    const m = /^\s*(?:import\s+)?(?:[\w.]+\s+)?"([^"]*\/rtlib)"\s*$/m.exec(f.text.slice(0, f.importInsertAt));
    if (m) return m[1];
  }
  return undefined;
}

/** The directory go.mod replaces the runtime library by, when it is a local one. */
function localReplacement(goMod: string | undefined, rtlib: string, root: string): string | undefined {
  const target = goMod === undefined ? undefined : readGoMod(goMod).replaces.get(rtlib);
  return target !== undefined && (/^\.\.?([/\\]|$)/.test(target) || path.isAbsolute(target))
    ? path.resolve(root, target)
    : undefined;
}

/** dir as a replacement in the go.mod of the module at root: `./x` or `../x`, as the go command wants it. */
function relativeReplacement(root: string, dir: string): string {
  const rel = path.relative(root, dir).split(path.sep).join('/');
  return rel.startsWith('../') ? rel : `./${rel}`;
}

/** A walk from the roots (volume rules applied) and the decisions on it, twins not yet planned: what a round needs. */
interface Walked {
  program: Program;
  /** The call graph of `program`, made on the first ask. */
  graph: () => CallGraph;
  reached: Map<string, Reach>;
  decisions: Decisions;
}

function walkAndDecide(
  program: Program,
  roots: string[],
  volume: ReturnType<typeof volumeOf>,
  parsed: ParsedFile[],
  edges: EdgeLists | undefined,
  rounds: DecideRounds,
  opts?: RunOptions,
): Walked {
  let graph: CallGraph | undefined;
  const graphOf = () => (graph ??= buildCallGraph(program));
  const stop = (id: string) => {
    const f = program.funcs.get(id)?.[0];
    return !f || f.ignore || program.files.get(f.file)!.ignored || f.pkg === program.rtlibPackage;
  };
  const { reached, leftOut } = edges
    ? { reached: reachableOver(edges, roots, stop), leftOut: new Map<string, LeftOut>() }
    : selectReached(program, graphOf(), roots, stop, volume, () => statementCounter(parsed, program));
  opts?.onPhase?.('plan');
  return { program, graph: graphOf, reached, decisions: decide(program, roots, reached, leftOut, rounds) };
}
