// Tests observedFunctionValues: which function values reach an observer of a linked package, and through which
// observer; against the plain definition (one breadth-first walk back per package of observers) on random flows.
import { Position } from '../diagnostics/diagnostic';
import { observedFunctionValues } from './observedValues';
import { FuncValueFlows } from './references';

type Why = { what: string; pos: Position };

/** The definition, walked the slow way: one walk per package of observers, the first linked package that reaches a value names its observer. */
function byDefinition(
  flows: FuncValueFlows,
  packageOf: (file: string) => string,
  linked: (a: string, b: string) => boolean,
): Map<string, Why> {
  const into = new Map<string, string[]>();
  for (const [from, to] of flows.edges) into.set(to, [...(into.get(to) ?? []), from]);
  const fed = new Set<string>();
  const forward = (p: string) => {
    if (fed.has(p)) return;
    fed.add(p);
    for (const [from, to] of flows.edges) if (from === p) forward(to);
    if (p === 'escape') for (const q of flows.unknownInto) forward(q);
  };
  for (const [from, to] of flows.edges) for (const p of [from, to]) if (p.startsWith('fv:')) forward(p);
  for (const s of flows.sinks) if (s.from.startsWith('fv:')) forward(s.from);
  const sites = new Map<string, FuncValueFlows['sinks']>();
  for (const s of flows.sinks) sites.set(packageOf(s.pos.file), [...(sites.get(packageOf(s.pos.file)) ?? []), s]);
  const observed = new Map<string, Why>();
  for (const [site, sinks] of sites) {
    const reached = new Map<string, Why>();
    const queue: string[] = [];
    const reach = (p: string, why: Why) => {
      if (reached.has(p) || !fed.has(p)) return;
      reached.set(p, why);
      queue.push(p);
    };
    for (const s of sinks) reach(s.from, { what: s.what, pos: s.pos });
    for (let i = 0; i < queue.length; i++) {
      if (flows.unknownInto.has(queue[i])) reach('escape', reached.get(queue[i])!);
      for (const from of into.get(queue[i]) ?? []) reach(from, reached.get(queue[i])!);
    }
    for (const [p, why] of reached) {
      if (!p.startsWith('fv:') || observed.has(p.slice(3))) continue;
      if (linked(packageOf(p.slice(3, p.lastIndexOf(':'))), site)) observed.set(p.slice(3), why);
    }
  }
  return new Map([...observed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const at = (file: string, line: number): Position => ({ file, line, col: 1 });

test('a function value stored in a field that reflect sees is observed, through the observer that reaches it', () => {
  const flows: FuncValueFlows = {
    edges: [
      ['fv:a/a.go:10', 'field:Handler'],
      ['field:Handler', 'param:a.show#0'],
      ['fv:a/a.go:20', 'local:1'],
    ],
    unknownInto: new Set(),
    sinks: [{ from: 'param:a.show#0', what: 'reflect.ValueOf', pos: at('a/a.go', 30) }],
  };
  const got = observedFunctionValues(
    flows,
    () => 'a',
    () => true,
  );
  expect([...got]).toEqual([['a/a.go:10', { what: 'reflect.ValueOf', pos: at('a/a.go', 30) }]]);
});

test('an observer counts only for function values of packages linked with its own', () => {
  const flows: FuncValueFlows = {
    edges: [
      ['fv:x/x.go:1', 'field:F'],
      ['fv:y/y.go:1', 'field:F'],
    ],
    unknownInto: new Set(),
    sinks: [{ from: 'field:F', what: 'fmt.Println', pos: at('x/main.go', 5) }],
  };
  const packageOf = (f: string) => f.slice(0, f.indexOf('/'));
  const got = observedFunctionValues(flows, packageOf, (a, b) => a === b);
  expect([...got.keys()]).toEqual(['x/x.go:1']);
});

test('what escaped comes back through slots of unknown origin', () => {
  const flows: FuncValueFlows = {
    edges: [
      ['fv:a/a.go:1', 'escape'],
      ['param:a.f#0', 'local:2'],
    ],
    unknownInto: new Set(['param:a.f#0']),
    sinks: [{ from: 'local:2', what: 'runtime.FuncForPC', pos: at('a/a.go', 9) }],
  };
  expect([
    ...observedFunctionValues(
      flows,
      () => 'a',
      () => true,
    ).keys(),
  ]).toEqual(['a/a.go:1']);
});

test('random flows: the same values and observers as one walk per package', () => {
  let seed = 12345;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (let round = 0; round < 300; round++) {
    const packages = 1 + random(40); // more than 32 sites: several words of site bits
    const pkg = (i: number) => `p${i}`;
    const slots = 5 + random(60);
    const values = 1 + random(30);
    const place = (): string => {
      const r = random(slots + values + 1);
      if (r < slots) return `local:${r}`;
      if (r < slots + values) return `fv:${pkg(r % packages)}/f.go:${r}`;
      return 'escape';
    };
    const edges: Array<[string, string]> = [];
    for (let i = random(150); i > 0; i--) edges.push([place(), place()]);
    const unknownInto = new Set<string>();
    for (let i = random(12); i > 0; i--) unknownInto.add(place());
    const sinks: FuncValueFlows['sinks'] = [];
    for (let i = random(60); i > 0; i--)
      sinks.push({ from: place(), what: `observer${i}`, pos: at(`${pkg(random(packages))}/o.go`, i) });
    const flows = { edges, unknownInto, sinks };
    const packageOf = (file: string) => file.slice(0, file.indexOf('/'));
    const linked = (a: string, b: string) => a === b || (Number(a.slice(1)) + Number(b.slice(1))) % 3 === 0;
    expect(observedFunctionValues(flows, packageOf, linked)).toEqual(byDefinition(flows, packageOf, linked));
  }
});
