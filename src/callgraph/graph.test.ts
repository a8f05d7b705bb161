// reachableOver (the walk over edge lists that the pipeline uses) against reachableFrom (the walk over the graphology
// graph): the same functions, depths, roots, `from` and edge, on every testdata case, from its entry points and from
// every function of it as a root (which walks the whole graph, including edges the entry points never reach).
import { memoryFileSystem } from '../load/fileSystem';
import { runInject } from '../pipeline';
import { listCases } from '../testing/cases';
import { buildCallGraph, buildEdgeLists, reachableFrom, reachableOver } from './graph';

const ROOT = '/m';
const cases = listCases().filter((c) => !c.spec.error);

describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  test('the walk over edge lists reaches what the walk over the graph reaches, the same way', () => {
    const fs = memoryFileSystem(Object.fromEntries(Object.entries(c.input).map(([p, t]) => [`${ROOT}/${p}`, t])));
    const { program, roots } = runInject({ fs, cwd: ROOT, patterns: ['./...'] });
    const graph = buildCallGraph(program);
    const lists = buildEdgeLists(program);
    const ids = [...program.funcs.keys()];
    // Some stops, so that the reach through a stopped function is compared too.
    const stopped = new Set(ids.filter((_, i) => i % 7 === 3));
    for (const stop of [() => false, (id: string) => stopped.has(id)])
      for (const from of [roots, ids, [...ids].reverse()]) {
        const want = reachableFrom(graph, from, stop);
        const got = reachableOver(lists, from, stop);
        expect([...got]).toEqual([...want]);
      }
    expect(graph.size).toBeGreaterThan(0);
  });
});
