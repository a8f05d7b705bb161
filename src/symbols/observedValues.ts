// Uses of module functions as values whose identity something may observe: an adapter closure there would change
// what reflect, runtime.FuncForPC or fmt see (`main.home` would print as `main.main.func1`).
import { Position } from '../diagnostics/diagnostic';
import { FuncValueFlows } from './references';

type Why = { what: string; pos: Position };

/**
 * The function values (`fv:<file>:<offset>`) from which a value can reach an observer, through parameters, fields,
 * variables, results and containers as the flows record them, each with the observer it reaches. Fields and package
 * variables are matched by name, which only widens what counts; an observer counts only for function values of
 * packages linked into one program or test binary with it. When an observer gets a value of unknown origin,
 * everything that escaped from view (handed to code outside the module) counts as reaching it.
 *
 * The observers are grouped by package (the sites), in the order of their first observer. A function value counts
 * for the first site that reaches it and whose package is linked with the value's; the observer it names is the one
 * a breadth-first walk back from that site's observers, in their order, reaches it from. One pass over the flows
 * finds, for every place, the sites that reach it (sitesReaching); then only the sites some function value counts
 * for are walked, and each only until it has reached those values.
 */
export function observedFunctionValues(
  flows: FuncValueFlows,
  packageOf: (file: string) => string,
  linked: (a: string, b: string) => boolean,
): Map<string, Why> {
  const g = flowGraph(flows);
  const fed = placesFunctionValuesReach(g);

  const sites = new Map<string, FuncValueFlows['sinks']>();
  for (const s of flows.sinks) {
    const p = packageOf(s.pos.file);
    (sites.get(p) ?? sites.set(p, []).get(p)!).push(s);
  }
  const sitePackages = [...sites.keys()];
  const sinkPlaces = (site: number) => sites.get(sitePackages[site])!.map((s) => g.ids.get(s.from)!);
  const reachedBy = sitesReaching(
    sitePackages.map((_, i) => sinkPlaces(i).filter((p) => fed[p])),
    g,
    fed,
  );

  // The site each function value counts for, and each site's function values.
  const linkedCache = new Map<string, boolean>();
  const linkedTo = (pkg: string, site: number) => {
    const key = `${pkg}\u0000${site}`;
    let yes = linkedCache.get(key);
    if (yes === undefined) linkedCache.set(key, (yes = linked(pkg, sitePackages[site])));
    return yes;
  };
  const wanted = new Map<number, Set<number>>();
  for (let p = 0; p < g.names.length; p++) {
    const name = g.names[p];
    if (!fed[p] || !name.startsWith('fv:')) continue;
    const pkg = packageOf(name.slice(3, name.lastIndexOf(':')));
    const site = reachedBy(p).find((i) => linkedTo(pkg, i));
    if (site !== undefined) (wanted.get(site) ?? wanted.set(site, new Set()).get(site)!).add(p);
  }

  // The walk back from one site's observers, as far as it takes to reach its function values: the observer a value
  // is reached from is the one the whole walk would give it.
  const observed = new Map<string, Why>();
  const reached: (Why | undefined)[] = new Array(g.names.length);
  for (const [site, values] of wanted) {
    reached.fill(undefined);
    const queue: number[] = [];
    let left = values.size;
    const reach = (p: number, why: Why) => {
      if (reached[p] || !fed[p]) return;
      reached[p] = why;
      queue.push(p);
      if (values.has(p)) {
        observed.set(g.names[p].slice(3), why);
        left--;
      }
    };
    const sinks = sites.get(sitePackages[site])!;
    for (const s of sinks) reach(g.ids.get(s.from)!, { what: s.what, pos: s.pos });
    for (let i = 0; i < queue.length && left > 0; i++) {
      const p = queue[i];
      const why = reached[p]!;
      if (g.unknownInto[p]) reach(g.escape, why);
      for (let e = g.into.start[p]; e < g.into.start[p + 1]; e++) reach(g.into.to[e], why);
    }
  }
  return new Map([...observed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Edges by place, in one array (compressed rows): the edges of place p are `to[start[p]]` to `to[start[p + 1] - 1]`.
 * Why not an array per place: Go's std+cmd has 150 k places and 440 k edges, and 300 k small arrays took ~90 MB of
 * heap at the symbols phase's peak.
 */
interface Edges {
  start: Int32Array;
  to: Int32Array;
}

/** The edges `pairs` lists (from, to, from, to, ...) over `n` places, each place's in the order the list gives them. */
function edgesFrom(n: number, pairs: ArrayLike<number>, count = pairs.length / 2): Edges {
  const start = new Int32Array(n + 1);
  for (let i = 0; i < count; i++) start[pairs[2 * i] + 1]++;
  for (let p = 0; p < n; p++) start[p + 1] += start[p];
  const fill = start.slice(0, n);
  const to = new Int32Array(count);
  for (let i = 0; i < count; i++) to[fill[pairs[2 * i]]++] = pairs[2 * i + 1];
  return { start, to };
}

/** The flows with their places numbered: edges both ways, in the order the flows list them. */
interface FlowGraph {
  ids: Map<string, number>;
  names: string[];
  out: Edges;
  into: Edges;
  unknownInto: Uint8Array;
  escape: number;
  /** Places numbered below this one are those of edges and observers; the rest only get unknown values. */
  seeds: number;
}

function flowGraph(flows: FuncValueFlows): FlowGraph {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const id = (p: string) => {
    let i = ids.get(p);
    if (i === undefined) {
      ids.set(p, (i = names.length));
      names.push(p);
    }
    return i;
  };
  const escape = id('escape');
  const forward = new Int32Array(2 * flows.edges.length);
  const backward = new Int32Array(2 * flows.edges.length);
  flows.edges.forEach(([from, to], i) => {
    const f = id(from);
    const t = id(to);
    forward[2 * i] = backward[2 * i + 1] = f;
    forward[2 * i + 1] = backward[2 * i] = t;
  });
  for (const s of flows.sinks) id(s.from);
  const seeds = names.length;
  const unknown = [...flows.unknownInto].map(id);
  const unknownInto = new Uint8Array(names.length);
  for (const p of unknown) unknownInto[p] = 1;
  const n = names.length;
  return { ids, names, out: edgesFrom(n, forward), into: edgesFrom(n, backward), unknownInto, escape, seeds };
}

/** Every place a function value (`fv:`) may flow to, the values themselves included: `escape` flows back into unknownInto. */
function placesFunctionValuesReach(g: FlowGraph): Uint8Array {
  const seen = new Uint8Array(g.names.length);
  const stack: number[] = [];
  for (let p = 0; p < g.seeds; p++)
    if (g.names[p].startsWith('fv:')) {
      seen[p] = 1;
      stack.push(p);
    }
  const visit = (q: number) => {
    if (seen[q]) return;
    seen[q] = 1;
    stack.push(q);
  };
  while (stack.length) {
    const p = stack.pop()!;
    for (let e = g.out.start[p]; e < g.out.start[p + 1]; e++) visit(g.out.to[e]);
    if (p === g.escape) for (let q = 0; q < g.names.length; q++) if (g.unknownInto[q]) visit(q);
  }
  return seen;
}

/**
 * For every place, the sites (indexes into `starts`) whose start places lead to it by walks back along the flows
 * within `fed` (the walks observedFunctionValues makes), in increasing order. The strongly connected components of
 * that graph are found (Tarjan's, without recursion) and each component's sites, a bit set, handed on to the
 * components it leads to in topological order: one pass over places and edges for all sites together.
 */
function sitesReaching(starts: number[][], g: FlowGraph, fed: Uint8Array): (place: number) => number[] {
  const n = g.names.length;
  // The edges back from each place within `fed`: the walk's edges (escape last, where unknown values flow in).
  const pairs: number[] = [];
  for (let p = 0; p < n; p++) {
    if (!fed[p]) continue;
    for (let e = g.into.start[p]; e < g.into.start[p + 1]; e++) if (fed[g.into.to[e]]) pairs.push(p, g.into.to[e]);
    if (g.unknownInto[p] && fed[g.escape]) pairs.push(p, g.escape);
  }
  const edges = edgesFrom(n, pairs);

  // Tarjan: a component is numbered after every component it leads to.
  const component = new Int32Array(n).fill(-1);
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const frames: number[] = []; // pairs: place, next edge to follow
  let counter = 0;
  let components = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] >= 0 || !fed[root]) continue;
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    frames.push(root, 0);
    while (frames.length) {
      const v = frames[frames.length - 2];
      const e = frames[frames.length - 1];
      if (edges.start[v] + e < edges.start[v + 1]) {
        frames[frames.length - 1] = e + 1;
        const w = edges.to[edges.start[v] + e];
        if (index[w] < 0) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          frames.push(w, 0);
        } else if (onStack[w]) low[v] = Math.min(low[v], index[w]);
        continue;
      }
      frames.length -= 2;
      if (frames.length) {
        const parent = frames[frames.length - 2];
        low[parent] = Math.min(low[parent], low[v]);
      }
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          component[w] = components;
        } while (w !== v);
        components++;
      }
    }
  }

  const words = (starts.length + 31) >>> 5;
  const bits = new Uint32Array(components * words);
  starts.forEach((list, site) => {
    for (const p of list) bits[component[p] * words + (site >>> 5)] |= 1 << (site & 31);
  });
  // Each component's places, in increasing order.
  const byComponent: number[] = [];
  for (let v = 0; v < n; v++) if (component[v] >= 0) byComponent.push(component[v], v);
  const members = edgesFrom(components, byComponent);
  // The highest-numbered components come first in topological order.
  for (let c = components - 1; c >= 0; c--)
    for (let m = members.start[c]; m < members.start[c + 1]; m++) {
      const v = members.to[m];
      for (let e = edges.start[v]; e < edges.start[v + 1]; e++) {
        const d = component[edges.to[e]];
        if (d !== c) for (let i = 0; i < words; i++) bits[d * words + i] |= bits[c * words + i];
      }
    }

  return (place) => {
    const out: number[] = [];
    if (component[place] < 0) return out;
    const base = component[place] * words;
    for (let i = 0; i < words; i++)
      for (let word = bits[base + i]; word !== 0; word &= word - 1) out.push(i * 32 + 31 - Math.clz32(word & -word));
    return out;
  };
}
