#!/usr/bin/env node
// The instrgen command line: parses arguments with yargs, runs the pipeline, and prints or writes its results.
import * as path from 'path';
import yargs, { Argv } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { formatCallGraph, GraphMarks } from '../callgraph/export';
import { formatPosition, hasErrors, InstrgenError } from '../diagnostics/diagnostic';
import { goGetCommand, goVendorCommand } from '../gomod/goCommand';
import { readRuntimeLibrary } from '../gomod/runtime';
import { editsText } from '../edit/format';
import { DEFAULT_VERIFY_COMMAND } from '../emit/verify';
import { nodeFileSystem } from '../load/fileSystem';
import { InjectResult, runInit, runInject, runPrune } from '../pipeline';
import { explainText, keptText, matchFunctions, planText } from '../plan/report';
import { symbolsText } from '../symbols/format';
import { Common, dirOf, Env, EXIT, UsageError } from './env';
import { emitResult, printDiagnostics, withOutput } from './output';
import { processTerminal } from './terminal';
import { runTraces } from './traces';
import { volumeFlags, withSkipTrivialDefault, withVolume } from './volumeFlags';
import { tuneV8 } from './v8Tuning';

export { EXIT } from './env';

const commands = ['inject', 'init', 'prune', 'roots', 'callgraph', 'explain', 'dump', 'traces'];

/** Options of inject that change go.mod and go.sum. */
interface DependencyFlags {
  goGet: boolean;
  otelVersion?: string;
}

/** The dependency phase's options: none in GOPATH mode (GO111MODULE=off) or without a go environment. */
function dependencyOptions(env: Env, flags: DependencyFlags | undefined) {
  if (!flags || !env.goEnv || env.goEnv.GO111MODULE === 'off') return undefined;
  return {
    goGet: flags.goGet ? goGetCommand(env.goEnv) : undefined,
    otelVersion: flags.otelVersion,
    goWork: env.goEnv.GOWORK,
    goVendor: flags.goGet ? goVendorCommand(env.goEnv) : undefined,
    runtime: readRuntimeLibrary(env.fs),
  };
}

function runOptions(env: Env, c: Common, rtlib?: string, deps?: DependencyFlags) {
  const t0 = Date.now();
  return {
    fs: env.fs,
    cwd: dirOf(env, c),
    patterns: c.patterns,
    rtlibPath: rtlib,
    dependencies: dependencyOptions(env, deps),
    volume: volumeFlags(c),
    goWork: env.goEnv ? (env.goEnv.GO111MODULE === 'off' ? 'off' : env.goEnv.GOWORK) : undefined,
    onPhase: (phase: string, detail?: string) => {
      if (!c.quiet)
        env.term.progress(
          `instrgen: ${phase}${detail ? ` (${detail})` : ''} ${((Date.now() - t0) / 1000).toFixed(1)}s`,
        );
    },
  };
}

function marks(result: InjectResult, reachedOnly: boolean): GraphMarks {
  const kept = new Map<string, string>();
  for (const d of result.decisions.byId.values()) if (d.kept) kept.set(d.id, keptText(d.kept));
  const leftOut = new Map([...result.decisions.leftOut].map(([id, lo]) => [id, lo.why]));
  return { roots: new Set(result.roots), reached: new Set(result.reached.keys()), kept, leftOut, reachedOnly };
}

const withPatterns = <T>(y: Argv<T>) =>
  y.positional('patterns', {
    describe: 'packages, as the go command takes them: ./..., ./cmd/app, .',
    type: 'string',
    array: true,
    default: ['./...'],
  });

/** Runs the CLI on arguments and returns the exit code; I/O goes through env (tests pass their own). */
export function main(
  argv: string[],
  env: Env = { fs: nodeFileSystem, term: processTerminal(), cwd: process.cwd(), goEnv: process.env },
): number {
  argv = withSkipTrivialDefault(argv);
  let code: number = EXIT.ok;
  const guard = (fn: () => number) => {
    try {
      code = fn();
    } catch (e) {
      if (e instanceof InstrgenError) {
        printDiagnostics(env, e.diagnostics, { quiet: false, verbose: true });
        code = hasErrors(e.diagnostics) ? EXIT.errors : EXIT.ok;
      } else if (e instanceof UsageError) {
        env.term.err(`instrgen: ${e.message}\nRun 'instrgen --help' for usage.\n`);
        code = EXIT.usage;
      } else throw e;
    }
  };

  const parser = yargs(argv)
    .scriptName('instrgen')
    .usage(
      'instrgen: instrument a Go module with OpenTelemetry spans, from its entry points down its call graph.\n\n' +
        'Put //instrgen:entry above main (or call rtlib.AutotelEntryPoint() there, after instrgen init), then run\n' +
        'instrgen in the module root; in module mode it adds the runtime library and go gets what it needs. Every function reachable from there opens a span; a context.Context parameter is threaded\n' +
        'through signatures and call sites so the spans form one trace. Signatures that cannot change safely\n' +
        '(functions used as values, methods satisfying standard library interfaces, ...) are kept and reported.',
    )
    .option('C', { type: 'string', default: '.', describe: 'run as if started in this directory', requiresArg: true })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'print only errors' })
    .option('verbose', { alias: 'v', type: 'boolean', default: false, describe: 'list every decision and file' })
    .command(
      ['$0 [patterns..]', 'inject [patterns..]'],
      'instrument the module in place (default: ./...)',
      (y) =>
        withVolume(withOutput(withPatterns(y)))
          .option('verify', {
            type: 'string',
            describe: `before writing, build a temporary copy with this shell command (default: ${DEFAULT_VERIFY_COMMAND}); INSTRGEN_VERIFY_GOPATH names the copy's GOPATH`,
          })
          .option('rtlib', {
            type: 'string',
            describe:
              'import path of the runtime library, for roots marked //instrgen:entry in files that do not import it',
          })
          .option('overlay', {
            type: 'string',
            describe:
              "leave the module as it is; write the instrumented files, the go command's overlay.json and (module mode) go.mod and go.sum for -modfile to this directory, and print the go build command that uses them",
            requiresArg: true,
          })
          .conflicts('overlay', ['diff', 'check', 'out', 'json'])
          .option('go-get', {
            type: 'boolean',
            default: true,
            describe:
              'in module mode, run go get for the modules instrumented code needs (--no-go-get: print the command instead)',
          })
          .option('otel-version', {
            type: 'string',
            describe:
              "version of the go.opentelemetry.io/otel modules to add when go.mod has none (default: the runtime library's, v1.1.0)",
            requiresArg: true,
          }),
      (a) =>
        guard(() => {
          const c = a;
          const first = c.patterns[0];
          if (
            first &&
            /^[a-z]+$/.test(first) &&
            !commands.includes(first) &&
            !env.fs.stat(path.resolve(dirOf(env, c), first))
          )
            throw new UsageError(
              `unknown command or package pattern '${first}' (commands: ${commands.join(', ')}; patterns look like ./..., ./cmd/app)`,
            );
          if (c.otelVersion !== undefined && !/^v\d+\.\d+\.\d+(?:-[\w.-]+)?$/.test(c.otelVersion))
            throw new UsageError(`--otel-version ${c.otelVersion}: not a module version like v1.1.0`);
          const result = runInject(runOptions(env, c, c.rtlib, { goGet: c.goGet, otelVersion: c.otelVersion }));
          if (c.verbose) env.term.err(planText(result.program, result.decisions));
          return emitResult(env, c, c, result, 'instrumented');
        }),
    )
    .command(
      'init',
      'set the module up for rtlib.AutotelEntryPoint(): the runtime library under .instrgen/rtlib, replaced in go.mod, and the modules it needs (prune keeps them)',
      (y) =>
        withOutput(y)
          .option('rtlib', {
            type: 'string',
            describe: 'import path of the runtime library (default: instrgen.dev/rtlib)',
          })
          .option('go-get', {
            type: 'boolean',
            default: true,
            describe: 'run go get for the modules the runtime library needs (--no-go-get: print the command instead)',
          })
          .option('otel-version', {
            type: 'string',
            describe: 'version of the go.opentelemetry.io/otel modules to add when go.mod has none',
            requiresArg: true,
          }),
      (a) =>
        guard(() => {
          const c = {
            ...a,
            patterns: ['./...'],
          };
          const deps = dependencyOptions(env.goEnv ? env : { ...env, goEnv: process.env }, {
            goGet: c.goGet,
            otelVersion: c.otelVersion,
          });
          if (!deps) throw new UsageError('init sets up a module: it cannot run with GO111MODULE=off');
          const code = emitResult(env, c, c, runInit({ ...runOptions(env, c, c.rtlib), dependencies: deps }), 'set up');
          if (code === EXIT.ok && !c.quiet && !c.diff && !c.check && !c.json)
            env.term.err(
              `instrgen: now import "${c.rtlib ?? 'instrgen.dev/rtlib'}" and call rtlib.AutotelEntryPoint() first thing in the function where tracing starts\n`,
            );
          return code;
        }),
    )
    .command(
      'prune [patterns..]',
      'remove everything inject added (across the whole module)',
      (y) => withOutput(withPatterns(y)),
      (a) => guard(() => emitResult(env, a, a, runPrune(runOptions(env, a)), 'pruned')),
    )
    .command(
      'roots [patterns..]',
      'list the entry points (functions that call AutotelEntryPoint or have //instrgen:entry)',
      (y) => withPatterns(y),
      (a) =>
        guard(() => {
          const r = runInject(runOptions(env, a));
          for (const id of r.roots) {
            const f = r.program.funcs.get(id)![0];
            env.term.out(`${formatPosition(f.pos)}: ${id}\n`);
          }
          return EXIT.ok;
        }),
    )
    .command(
      'callgraph [patterns..]',
      'print the call graph with roots, reached functions and kept signatures marked',
      (y) =>
        withVolume(withPatterns(y))
          .option('format', {
            choices: ['text', 'dot', 'mermaid', 'json'] as const,
            default: 'text' as const,
            describe: 'output format (dot renders with Graphviz as is)',
          })
          .option('reached-only', { type: 'boolean', default: false, describe: 'leave out functions no root reaches' }),
      (a) =>
        guard(() => {
          const r = runInject(runOptions(env, a));
          env.term.out(formatCallGraph(r.graph, marks(r, a['reached-only']), a.format));
          return EXIT.ok;
        }),
    )
    .command(
      'explain <function> [patterns..]',
      'say why a function is instrumented: its path from a root, or why it is not reached, or why its signature was kept',
      (y) =>
        withVolume(
          withPatterns(
            y.positional('function', {
              type: 'string',
              describe: 'a function: fib, main.fib, (*Point).Move, or a full id',
              demandOption: true,
            }),
          ),
        ),
      (a) =>
        guard(() => {
          const r = runInject(runOptions(env, a));
          const ids = matchFunctions(r.program, a.function);
          if (!ids.length) throw new UsageError(`no function matches '${a.function}' in module ${r.module.modulePath}`);
          for (const id of ids) env.term.out(explainText(r.program, r.decisions, r.reached, id));
          return EXIT.ok;
        }),
    )
    .command(
      'dump [patterns..]',
      'print one intermediate representation, in the form the golden tests use',
      (y) =>
        withVolume(withPatterns(y)).option('stage', {
          choices: ['load', 'symbols', 'callgraph', 'plan', 'edits'] as const,
          demandOption: true,
          describe: 'which phase output to print',
        }),
      (a) =>
        guard(() => {
          const r = runInject(runOptions(env, a));
          const stage = a.stage;
          if (stage === 'load')
            env.term.out(
              `module ${r.module.modulePath}\nroot ${r.module.root}\nselected ${r.module.selectedDirs.join(' ')}\n${r.module.files.map((f) => `file ${f.path}\n`).join('')}`,
            );
          else if (stage === 'symbols') env.term.out(symbolsText(r.program));
          else if (stage === 'callgraph') env.term.out(formatCallGraph(r.graph, marks(r, false), 'text'));
          else if (stage === 'plan') env.term.out(planText(r.program, r.decisions));
          else env.term.out(editsText(r.edits, r.pruned));
          return EXIT.ok;
        }),
    )
    .command(
      'traces [file]',
      'print the span tree an instrumented program wrote (traces.txt), or an HTML page with --html',
      (y) =>
        y
          .positional('file', {
            type: 'string',
            default: 'traces.txt',
            describe: 'the traces file a run wrote (or the older stdout exporter output)',
          })
          .option('html', {
            type: 'string',
            describe: 'write a self-contained page (span waterfall and call graph) to this file',
          })
          .option('callgraph', {
            type: 'boolean',
            default: true,
            describe: 'with --html, draw the call graph of the module in -C',
          })
          .option('full', {
            type: 'boolean',
            default: false,
            describe: 'print (or draw) every span however many there are',
          })
          .option('limit', {
            type: 'number',
            describe:
              'above this many spans print a summary (default 2000), or draw only the first (--html, default 5000)',
          }),
      (a) =>
        guard(() =>
          runTraces(env, {
            file: a.file,
            html: a.html,
            callgraph: a.callgraph,
            C: a.C,
            quiet: a.quiet,
            full: a.full,
            limit: a.limit,
          }),
        ),
    )
    .example('instrgen ./...', 'instrument every package of the module in place')
    .example('instrgen --diff', 'show what would change, write nothing')
    .example('instrgen --out /tmp/instrumented', 'write an instrumented copy of the module')
    .example('instrgen --check', 'in CI: fail if the module is not instrumented as instrgen would')
    .example('instrgen explain fib', 'why fib gets a span (or not), and why its signature changes (or not)')
    .example('instrgen callgraph --format dot | dot -Tsvg > cg.svg', 'draw the call graph')
    .example('instrgen prune ./...', 'take the instrumentation out again')
    .epilogue(
      'Exit codes: 0 success; 1 errors in the input (reported as file:line:col) or --check found a difference; 2 usage errors.',
    )
    .strict()
    .strictCommands()
    .help()
    .alias('help', 'h')
    .version(false)
    .wrap(Math.min(110, process.stdout.columns || 110))
    .fail((msg, err) => {
      // yargs' own validation errors (an option without its argument) are usage errors too.
      if (err && err.name !== 'YError') throw err;
      throw new UsageError(msg || err.message);
    });
  try {
    parser.exitProcess(false).parseSync(argv, {}, (err, _argv, output) => {
      if (err) throw err;
      if (output) env.term.out(output + '\n');
    });
  } catch (e) {
    if (e instanceof UsageError) {
      env.term.err(`instrgen: ${e.message}\nRun 'instrgen --help' for usage.\n`);
      return EXIT.usage;
    }
    throw e;
  }
  return code;
}

if (require.main === module) {
  tuneV8();
  process.exitCode = main(hideBin(process.argv));
}
