// The output policy of the commands that rewrite: print a diff, check, JSON, verify, write an overlay, a copy or the module itself.
import * as path from 'path';
import { Argv } from 'yargs';
import { Diagnostic, formatDiagnostic } from '../diagnostics/diagnostic';
import { fileDiff } from '../edit/diff';
import { FileEdits } from '../edit/edit';
import { moduleTree } from '../emit/moduleTree';
import { writeOverlay } from '../emit/overlay';
import { DEFAULT_VERIFY_COMMAND, verifyBuild } from '../emit/verify';
import { writeChanges, writeOutTree } from '../emit/write';
import { RECORD_FILE, RUNTIME_MODULE_DIR } from '../gomod/record';
import { FileSystem } from '../load/fileSystem';
import { readModuleFile } from '../load/module';
import { InjectResult, RunResult } from '../pipeline';
import { summarize, summaryText } from '../plan/report';
import { Common, dirOf, Env, EXIT, UsageError } from './env';
import { paint } from './terminal';

/** Prints errors always, warnings unless quiet (ten of them without --verbose), information with --verbose. */
export function printDiagnostics(
  env: Env,
  ds: readonly Diagnostic[],
  opts: { quiet: boolean; verbose: boolean },
): void {
  const errors = ds.filter((d) => d.severity === 'error');
  // Information (resolution gaps) is for --verbose; warnings (kept signatures) are shown, the first ten by default.
  const rest = ds.filter((d) => d.severity === 'warning' || (opts.verbose && d.severity === 'info'));
  for (const d of errors) env.term.err(paint(env.term, 'red', formatDiagnostic(d)) + '\n');
  if (opts.quiet) return;
  const shown = opts.verbose ? rest : rest.slice(0, 10);
  for (const d of shown) env.term.err(paint(env.term, 'yellow', formatDiagnostic(d)) + '\n');
  if (shown.length < rest.length)
    env.term.err(`… and ${rest.length - shown.length} more warnings (--verbose lists them all)\n`);
}

/** Where a rewrite's result goes: a diff, a check, a separate tree, JSON, or the module itself (a flag not given is undefined). */
export interface OutputOpts {
  diff?: boolean;
  check?: boolean;
  out?: string;
  json?: boolean;
  verify?: string;
  overlay?: string;
}

export function emitResult(
  env: Env,
  c: Common,
  o: OutputOpts,
  result: RunResult | InjectResult,
  verb: 'instrumented' | 'pruned' | 'set up',
): number {
  // Go files first, then go.mod and go.sum, then the files instrgen adds: the order a reviewer reads a diff in.
  const rank = (f: string) =>
    f.endsWith('.go') && !f.startsWith('.instrgen/') ? 0 : f === 'go.mod' || f === 'go.sum' ? 1 : 2;
  const changed = [...new Set([...result.after.keys(), ...result.removed])].sort(
    (a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const inject = 'decisions' in result ? result : undefined;
  const summary = inject
    ? summaryText(
        summarize(inject.decisions, inject.edits, changed.length),
        o.diff || o.check || o.json ? 'would change' : o.out ? 'changed in the copy' : 'changed',
      )
    : `instrgen: ${changed.length} file${changed.length === 1 ? '' : 's'} ${o.diff || o.check || o.json ? 'would be ' : ''}${verb}`;
  if (o.json) {
    const decisions = inject ? [...inject.decisions.byId.values()].filter((d) => d.reached || d.addParam) : [];
    env.term.out(
      JSON.stringify(
        {
          module: result.module.modulePath,
          root: result.module.root,
          roots: inject?.roots ?? [],
          summary: inject ? summarize(inject.decisions, inject.edits, changed.length) : undefined,
          diagnostics: result.diagnostics,
          decisions,
          leftOut: inject?.decisions.leftOut,
          changedFiles: changed,
          removedFiles: result.removed,
          goGetCommand: result.goGetCommand,
          edits: publishedEdits(inject?.edits ?? []),
        },
        (_k, v) => (v instanceof Map ? Object.fromEntries(v) : v),
        2,
      ) + '\n',
    );
  }
  if (o.diff) for (const f of changed) env.term.out(fileDiff(f, result.before.get(f), result.after.get(f)));
  if (!c.quiet) printDiagnostics(env, result.diagnostics, c);
  if (o.check) {
    for (const f of changed) env.term.err(`${f}: not ${verb} as instrgen would leave it\n`);
    if (!c.quiet)
      env.term.err(
        changed.length
          ? `instrgen: ${changed.length} file(s) differ from what instrgen would write\n`
          : `instrgen: up to date\n`,
      );
    return changed.length ? EXIT.errors : EXIT.ok;
  }
  const goGetNote = () => {
    if (result.goGetCommand)
      env.term.err(
        `instrgen: go.mod and go.sum still lack what the instrumented code imports; run: ${result.goGetCommand}\n`,
      );
  };
  if (o.diff || o.json) {
    if (!c.quiet && !o.json) env.term.err(summary + '\n');
    goGetNote();
    return EXIT.ok;
  }
  const joined = result.module.modules?.length ? result.module.modules : undefined;
  if (joined && (o.verify !== undefined || o.overlay))
    throw new UsageError(
      `${o.overlay ? '--overlay' : '--verify'} works on one module, and this run spans ${joined.length} (${joined.map((m) => m.modulePath).join(', ')}, joined by ${result.module.join === 'workspace' ? 'go.work' : 'replace directives'}): use --out DIR for an instrumented copy of them`,
    );
  if (o.verify !== undefined) {
    const v = verifyBuild(
      result.module.root,
      result.module.modulePath,
      result.after,
      o.verify || DEFAULT_VERIFY_COMMAND,
      result.removed,
      env.goEnv,
    );
    if (!v.ok) {
      env.term.err(
        paint(
          env.term,
          'red',
          `instrgen: --verify: \`${v.command}\` failed on the instrumented module; nothing was written\n`,
        ) +
          v.output.split(v.dir + path.sep).join('') +
          '\n',
      );
      return EXIT.errors;
    }
    if (!c.quiet) env.term.err(`instrgen: --verify: \`${v.command}\` passed\n`);
  }
  if (o.overlay) {
    const dir = path.resolve(dirOf(env, c), o.overlay);
    const currentSum = readModuleFile(env.fs, result.module.root, 'go.sum');
    const flags = writeOverlay(env.fs, result.module.root, dir, result.after, result.removed, currentSum, {
      runtimeDir: RUNTIME_MODULE_DIR,
      pruneOnly: [RECORD_FILE],
    });
    if (!c.quiet)
      env.term.err(
        paint(env.term, 'green', summary.replace(/changed$/, 'written to the overlay')) + ` → ${o.overlay}\n`,
      );
    // go test's vet step reads the files on disk, not the overlay (Go 1.19), so it would check the pristine code.
    env.term.out(`go build ${flags} ./...\ngo test -vet=off ${flags} ./...\n`);
    goGetNote();
    return EXIT.ok;
  }
  if (o.out) {
    const tree = joined ? joinedTree(env.fs, result.module.root, joined) : moduleTree(env.fs, result.module.root);
    for (const [f, t] of result.after) tree.files.set(f, t);
    for (const f of result.removed) {
      tree.files.delete(f);
      tree.binary.delete(f);
    }
    // -C means "as if started there", so a relative --out is taken from that directory, as go -C does.
    writeOutTree(env.fs, result.module.root, path.resolve(dirOf(env, c), o.out), tree.files, new Map(), tree.binary);
    if (tree.skipped.length && !c.quiet)
      env.term.err(`instrgen: not copied (symbolic links, pipes or sockets): ${tree.skipped.join(', ')}\n`);
  } else {
    writeChanges(
      env.fs,
      result.module.root,
      [...result.after.keys()].sort().map((file) => ({ file, text: result.after.get(file)! })),
      result.removed,
    );
  }
  if (c.verbose)
    for (const f of changed)
      env.term.err(`  ${result.removed.includes(f) ? 'removed' : o.out ? 'wrote' : 'rewrote'} ${f}\n`);
  if (!c.quiet) env.term.err(paint(env.term, 'green', summary) + (o.out ? ` → ${o.out}` : '') + '\n');
  goGetNote();
  return EXIT.ok;
}

/** The options that choose where a rewrite's result goes, for every command that rewrites. */
export const withOutput = <T>(y: Argv<T>) =>
  y
    .option('diff', { type: 'boolean', describe: 'print a unified diff (git apply accepts it) and write nothing' })
    .option('check', { type: 'boolean', describe: 'write nothing; exit 1 if any file would change (for CI)' })
    .option('out', {
      type: 'string',
      describe: 'write the complete result to this directory (outside the module) and leave the module as it is',
    })
    .option('json', { type: 'boolean', describe: 'print the plan and summary as JSON on stdout and write nothing' })
    .conflicts('diff', ['check', 'out'])
    .conflicts('check', ['out']);

/** The files of joined modules (and the go.work above them), relative to the tree's root: nothing else below it. */
function joinedTree(
  fs: FileSystem,
  root: string,
  modules: ReadonlyArray<{ root: string; dir: string }>,
): ReturnType<typeof moduleTree> {
  const tree: ReturnType<typeof moduleTree> = { files: new Map(), binary: new Map(), skipped: [] };
  const work = readModuleFile(fs, root, 'go.work');
  if (work !== undefined) tree.files.set('go.work', work);
  for (const m of modules) {
    const t = moduleTree(fs, m.root);
    const at = (f: string) => (m.dir === '.' ? f : `${m.dir}/${f}`);
    for (const [f, text] of t.files) tree.files.set(at(f), text);
    for (const [f, data] of t.binary) tree.binary.set(at(f), data);
    tree.skipped.push(...t.skipped.map(at));
  }
  return tree;
}

/** Edits as --json has always printed them: an edit's kind is for instrgen's own code, and stays out of the output. */
function publishedEdits(plan: readonly FileEdits[]) {
  return plan.map(({ file, edits }) => ({
    file,
    edits: edits.map(({ start, end, newText, message }) => ({ start, end, newText, message })),
  }));
}
