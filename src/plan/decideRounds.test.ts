// Replayed decide rounds on the testdata cases: a round after function groups are taken out decides exactly as
// deciding afresh, and replays round 0 (it does not go over every function again) wherever that is allowed.
import * as path from 'path';
import { parseGo } from '../parse/parse';
import { analyzeModule } from '../symbols/analyze';
import { Program } from '../symbols/program';
import { buildEdgeLists, reachableOver } from '../callgraph/graph';
import { listCases } from '../testing/cases';
import { decide } from './decide';
import { DecideRounds } from './decideRounds';
import { keptFunctionGroups, withoutFunctionGroups } from './functionGroups';

/** The case's module as the pipeline's symbols phase gives it (one go.mod, its .go files outside testdata). */
function programOf(input: Record<string, string>): Program | undefined {
  const modulePath = /^module\s+(\S+)/m.exec(input['go.mod'] ?? '')?.[1];
  if (!modulePath || Object.keys(input).some((p) => p !== 'go.mod' && p.endsWith('go.mod'))) return undefined;
  const files = Object.entries(input)
    .filter(([p]) => p.endsWith('.go') && !p.includes('testdata/') && !p.includes('vendor/'))
    .map(([p, text]) => ({ file: { path: p, dir: path.posix.dirname(p), text }, tree: parseGo(text).tree }));
  return analyzeModule(modulePath, files);
}

/** The entry points the pipeline walks from: functions that call rtlib's entry point or are marked //instrgen:entry. */
function rootsOf(program: Program): string[] {
  return [...program.funcs.values()]
    .map((decls) => decls[0])
    .filter((f) => (f.entryCall !== undefined || f.entry) && f.pkg !== program.rtlibPackage)
    .map((f) => f.id);
}

function reachedIn(program: Program, roots: string[]) {
  const stop = (id: string) => {
    const f = program.funcs.get(id)?.[0];
    return !f || f.ignore || program.files.get(f.file)!.ignored || f.pkg === program.rtlibPackage;
  };
  return reachableOver(buildEdgeLists(program), roots, stop);
}

test('a round after function groups are taken out decides as deciding afresh does, replaying round 0', () => {
  let replayed = 0;
  let checked = 0;
  for (const c of listCases()) {
    const program = programOf(c.input);
    if (!program) continue;
    const roots = rootsOf(program);
    if (!roots.length) continue;
    // The groups round 0 keeps (what the pipeline takes out), and every group (any set of them may be taken out).
    const first = decide(program, roots, reachedIn(program, roots));
    const kept = keptFunctionGroups(program, first, reachedIn(program, roots)).ids;
    const all = new Set([...program.funcs].filter(([, [f]]) => f.group).map(([id]) => id));
    for (const ids of [kept, all]) {
      if (!ids.size) continue;
      const rounds = new DecideRounds();
      decide(program, roots, reachedIn(program, roots), undefined, rounds);
      const next = withoutFunctionGroups(program, ids);
      const reached = reachedIn(next, roots);
      checked++;
      if (rounds.replayFor(next, roots, 0)) replayed++;
      expect({ case: c.name, decisions: decide(next, roots, reached, undefined, rounds) }).toEqual({
        case: c.name,
        decisions: decide(next, roots, reached),
      });
    }
  }
  expect(checked).toBeGreaterThan(10);
  expect(replayed).toBe(checked);
});

test('round 0 is not replayed for another program, other roots, or when a volume rule leaves functions out', () => {
  const c = listCases().find((x) => x.name === 'basic-fib')!;
  const program = programOf(c.input)!;
  const roots = rootsOf(program);
  const rounds = new DecideRounds();
  decide(program, roots, reachedIn(program, roots), undefined, rounds);
  const next = withoutFunctionGroups(program, new Set());
  expect(rounds.replayFor(next, roots, 0)).toBeDefined();
  expect(rounds.replayFor(program, roots, 0)).toBeUndefined();
  expect(rounds.replayFor(next, [...roots], 0)).toBeUndefined();
  expect(rounds.replayFor(next, roots, 1)).toBeUndefined();
  expect(rounds.replayFor(programOf(c.input)!, roots, 0)).toBeUndefined();
});
