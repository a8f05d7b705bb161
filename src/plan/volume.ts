// The volume rules: which reachable functions --include, --exclude, --max-depth and --skip-trivial leave without a span.
import { calleesOf, callersOf, reachableWithin } from '../callgraph/depth';
import { CallGraph, Reach, reachableFrom } from '../callgraph/graph';
import { Codes, Diagnostic, InstrgenError } from '../diagnostics/diagnostic';
import { PatternSetting, VolumeSettings } from '../load/config';
import { Program } from '../symbols/program';

export type LeftOutRule = 'exclude' | 'include' | 'max-depth' | 'skip-trivial';

/** Why a function that the walk would instrument gets no span and no new parameter. */
export interface LeftOut {
  rule: LeftOutRule;
  /** The rule as given, and where: `--exclude 'example.com/app/gen/**'`, `exclude 'x' (instrgen.yaml:3:5)`. */
  why: string;
}

/** A glob, compiled. */
export interface Glob extends PatternSetting {
  regexp: RegExp;
}

/** The settings of the flags over those of the config file, with the globs compiled. */
export interface Volume {
  include: Glob[];
  exclude: Glob[];
  maxDepth?: number;
  skipTrivial?: number;
}

/**
 * The regular expression of a glob over package paths and function ids, or why it is not one (with the offset of
 * the problem in the pattern). `*` matches within one path segment (no `/`), `**` across segments, `?` one
 * character but `/`; `\` makes the next character literal. A `/**` segment (or Go's `/...` at the end) also matches
 * no segment at all, and so does `**` + `/` at the start; `./` at the start stands for the module path.
 *   example.com/app/internal/**   the package example.com/app/internal and every package below it
 *   **.String                     every function or method named String
 */
export function globRegExp(pattern: string, modulePath: string): RegExp | { error: string; at: number } {
  if (pattern === '') return { error: 'an empty pattern', at: 0 };
  let p = pattern;
  let shift = 0;
  if (p === '.' || p === './') p = modulePath;
  else if (p.startsWith('./')) {
    p = `${modulePath}/${p.slice(2)}`;
    shift = modulePath.length - 1;
  }
  if (p.endsWith('/...')) p = `${p.slice(0, -4)}/**`;
  if (/\s/.test(p))
    return {
      error: 'white space in a pattern (package paths and function ids have none)',
      at: Math.max(0, p.search(/\s/) - shift),
    };
  let re = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      if (i + 1 >= p.length) return { error: 'a pattern cannot end with \\', at: i - shift };
      re += escapeRegExp(p[++i]);
    } else if (c === '*' && p[i + 1] === '*') {
      if (p[i + 2] === '*') return { error: "'***': use * within a path segment or ** across segments", at: i - shift };
      if (p[i - 1] === '/' && (i + 2 === p.length || p[i + 2] === '/')) re = `${re.slice(0, -1)}(?:/.*)?`;
      else if (i === 0 && p[2] === '/') {
        re += '(?:.*/)?';
        i++;
      } else re += '.*';
      i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += escapeRegExp(c);
  }
  return new RegExp(`^${re}$`);
}

const escapeRegExp = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Compiles the flags' settings over the config file's (a flag replaces the file's value for its key). A bad glob
 * from the file is an error at its position in the file; one from a flag, an error the CLI reports as usage.
 */
export function volumeOf(
  flags: VolumeSettings | undefined,
  file: VolumeSettings | undefined,
  modulePath: string,
): Volume | undefined {
  const merged: VolumeSettings = { ...file };
  for (const [k, v] of Object.entries(flags ?? {})) if (v !== undefined) (merged as Record<string, unknown>)[k] = v;
  const problems: Diagnostic[] = [];
  const compile = (settings: PatternSetting[] | undefined) =>
    (settings ?? []).flatMap((s): Glob[] => {
      const r = globRegExp(s.pattern, modulePath);
      if (r instanceof RegExp) return [{ ...s, regexp: r }];
      problems.push({
        code: Codes.BadConfig,
        severity: 'error',
        pos: s.pos,
        message: `${s.source.startsWith('--') ? `${s.source} ` : ''}'${s.pattern}': ${r.error} (at character ${r.at + 1})`,
      });
      return [];
    });
  const volume: Volume = {
    include: compile(merged.include),
    exclude: compile(merged.exclude),
    maxDepth: merged.maxDepth,
    skipTrivial: merged.skipTrivial,
  };
  if (problems.length) throw new InstrgenError(problems);
  const none =
    !volume.include.length &&
    !volume.exclude.length &&
    volume.maxDepth === undefined &&
    volume.skipTrivial === undefined;
  return none ? undefined : volume;
}

const globWhy = (rule: 'exclude' | 'include', g: Glob) =>
  g.source.startsWith('--') ? `${g.source} '${g.pattern}'` : `${rule} '${g.pattern}' (${g.source})`;

export interface Selection {
  reached: Map<string, Reach>;
  leftOut: Map<string, LeftOut>;
}

/**
 * The walk from the roots with the volume rules applied, and every function they leave out. Roots always keep
 * their span (the directives win); rules apply to functions with bodies, never to interface method specs, whose
 * signatures follow their implementations. A function literal follows the declaration whose body holds it.
 *   --exclude: no span, no new parameter, and the walk stops there, as at //instrgen:ignore.
 *   --include: functions outside every include glob get neither, but the walk goes on through them.
 *   --max-depth N: the walk stops N calls from the roots.
 *   --skip-trivial N: reached functions of at most N statements that call nothing instrumented; not methods that
 *     implement a module interface (the interface's signature follows them all).
 */
export function selectReached(
  program: Program,
  graph: CallGraph,
  roots: readonly string[],
  stop: (id: string) => boolean,
  volume: Volume | undefined,
  statements: () => (id: string) => number,
): Selection {
  if (!volume) return { reached: reachableFrom(graph, roots, stop), leftOut: new Map() };
  const rootSet = new Set(roots);
  const byPattern = new Map<string, LeftOut>();
  for (const [id, decls] of program.funcs) {
    const f = decls[0];
    if (f.kind === 'interface-method' || rootSet.has(id)) continue;
    let outer = f;
    while (outer.enclosing && program.funcs.has(outer.enclosing)) outer = program.funcs.get(outer.enclosing)![0];
    const matches = (g: Glob) => g.regexp.test(f.pkg) || g.regexp.test(outer.id);
    const ex = volume.exclude.find(matches);
    if (ex) byPattern.set(id, { rule: 'exclude', why: globWhy('exclude', ex) });
    else if (volume.include.length && !volume.include.some(matches))
      byPattern.set(id, {
        rule: 'include',
        why: `include: no glob matches it (${volume.include.map((g) => (g.source.startsWith('--') ? `'${g.pattern}'` : `'${g.pattern}' at ${g.source}`)).join(', ')})`,
      });
  }
  const walkStop = (id: string) => stop(id) || byPattern.get(id)?.rule === 'exclude';
  const reached =
    volume.maxDepth === undefined
      ? reachableFrom(graph, roots, walkStop)
      : reachableWithin(graph, roots, walkStop, volume.maxDepth);

  // Functions that would get a span, were it not for the volume rules.
  const spannable = (id: string) => {
    const f = program.funcs.get(id)?.[0];
    return !!f && !!f.body && f.kind !== 'interface-method' && !stop(id) && !program.files.get(f.file)!.generated;
  };
  const leftOut = new Map<string, LeftOut>();
  for (const [id, why] of byPattern) if (reached.has(id) && spannable(id)) leftOut.set(id, why);
  if (volume.maxDepth !== undefined)
    for (const [id, r] of reachableWithin(graph, roots, walkStop, Infinity))
      if (!reached.has(id) && spannable(id))
        leftOut.set(
          id,
          byPattern.get(id) ?? {
            rule: 'max-depth',
            why: `--max-depth ${volume.maxDepth}: it is ${r.depth} call${r.depth === 1 ? '' : 's'} from root ${r.root}`,
          },
        );

  if (volume.skipTrivial !== undefined) {
    const n = volume.skipTrivial;
    const count = statements();
    const implementations = new Set(program.interfaces.flatMap((i) => [...i.implementations.values()].flat()));
    const skipped = new Set<string>();
    const instrumented = (id: string) => reached.has(id) && spannable(id) && !leftOut.has(id) && !skipped.has(id);
    const callsInstrumented = (id: string) =>
      calleesOf(graph, id).some((t) =>
        program.funcs.get(t)?.[0].kind === 'interface-method'
          ? calleesOf(graph, t).some(instrumented)
          : instrumented(t),
      );
    const candidate = (id: string) =>
      !rootSet.has(id) && instrumented(id) && !implementations.has(id) && count(id) <= n;
    // From the leaves up: once a function is skipped, a caller that only called it may be trivial too. Recursion is
    // never trivial (a function calling itself calls something instrumented until it is skipped, which it is not).
    const work = [...reached.keys()].filter(candidate);
    while (work.length) {
      const id = work.pop()!;
      if (skipped.has(id) || !candidate(id) || callsInstrumented(id)) continue;
      skipped.add(id);
      leftOut.set(id, {
        rule: 'skip-trivial',
        why: `--skip-trivial ${n}: ${count(id)} statement${count(id) === 1 ? '' : 's'}, and it calls nothing instrumented`,
      });
      for (const caller of callersOf(graph, id))
        if (program.funcs.get(caller)?.[0].kind === 'interface-method') work.push(...callersOf(graph, caller));
        else work.push(caller);
    }
  }
  return { reached, leftOut };
}
