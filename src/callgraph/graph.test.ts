// reachableOver (the walk over edge lists that the pipeline uses) against reachableFrom (the walk over the graphology
// graph): the same functions, depths, roots, `from` and edge, on every testdata case, from its entry points and from
// every function of it as a root (which walks the whole graph, including edges the entry points never reach); and
// the same again once function groups are taken out, as the plan's rounds take them out.
import { memoryFileSystem } from '../load/fileSystem';
import { runInject } from '../pipeline';
import { withoutFunctionGroups } from '../plan/functionGroups';
import { Program } from '../symbols/program';
import { listCases } from '../testing/cases';
import {
  buildCallGraph,
  buildEdgeLists,
  edgeCount,
  EdgeLists,
  reachableFrom,
  reachableOver,
  withoutGroupEdges,
} from './graph';

const ROOT = '/m';
const cases = listCases().filter((c) => !c.spec.error);

function expectSameWalks(program: Program, lists: EdgeLists, roots: string[]): void {
  const graph = buildCallGraph(program);
  const ids = [...program.funcs.keys()];
  // Some stops, so that the reach through a stopped function is compared too.
  const stopped = new Set(ids.filter((_, i) => i % 7 === 3));
  for (const stop of [() => false, (id: string) => stopped.has(id)])
    for (const from of [roots, ids, [...ids].reverse()])
      expect([...reachableOver(lists, from, stop)]).toEqual([...reachableFrom(graph, from, stop)]);
}

describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  test('the walk over edge lists reaches what the walk over the graph reaches, the same way', () => {
    const fs = memoryFileSystem(Object.fromEntries(Object.entries(c.input).map(([p, t]) => [`${ROOT}/${p}`, t])));
    const { program, roots } = runInject({ fs, cwd: ROOT, patterns: ['./...'] });
    const lists = buildEdgeLists(program);
    expectSameWalks(program, lists, roots);
    // Groups taken out in two rounds, as the plan does: every other group, then the rest.
    const groups = [...program.funcs.values()].filter(([f]) => f.group).map(([f]) => f.id);
    let [p, l] = [program, lists];
    for (const ids of [groups.filter((_, i) => i % 2 === 0), groups.filter((_, i) => i % 2 === 1)]) {
      if (!ids.length) continue;
      l = withoutGroupEdges(l, p, new Set(ids));
      p = withoutFunctionGroups(p, new Set(ids));
      expectSameWalks(p, l, roots);
    }
    expect(lists.attrs.length).toBe(buildCallGraph(program).size);
    expect(edgeCount(program)).toBe(buildCallGraph(program).size);
  });
});
