// The call graph: a graphology multigraph whose nodes are functions and whose edges are call sites, and its walk.
import { MultiDirectedGraph } from 'graphology';
import { bfsFromNode } from 'graphology-traversal';
import { Position } from '../diagnostics/diagnostic';
import { FuncFacts, Program } from '../symbols/program';

/**
 * How one function reaches another: a call (static, `go`, `defer`), an interface dispatch, a literal it holds, a
 * reference, or a value of the method's type handed to the standard library, which calls it through its interfaces.
 */
export type EdgeKind = 'call' | 'go' | 'defer' | 'dispatch' | 'literal' | 'value' | 'stdlib';

export interface EdgeAttrs {
  kind: EdgeKind;
  pos?: Position;
  /** The interface method a dynamic call goes through. */
  via?: string;
}

export interface NodeAttrs {
  kind: FuncFacts['kind'];
  name: string;
  pkgName: string;
  pos: Position;
}

export type CallGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

/** Builds the multigraph: one node per function id, one edge per call site (several for an interface call). */
export function buildCallGraph(program: Program): CallGraph {
  const g: CallGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  for (const [id, decls] of program.funcs) {
    const f = decls[0];
    g.addNode(id, { kind: f.kind, name: f.name, pkgName: f.pkgName, pos: f.pos });
  }
  forEachEdge(program, (from, to, attrs) => g.addDirectedEdge(from, to, attrs));
  return g;
}

/** Every edge of the call graph between functions of the program, in the one order both representations add them. */
function forEachEdge(program: Program, add: (from: string, to: string, attrs: EdgeAttrs) => void): void {
  const edge = (from: string | undefined, to: string, attrs: EdgeAttrs) => {
    if (from && program.funcs.has(from) && program.funcs.has(to)) add(from, to, attrs);
  };
  for (const c of program.calls) for (const t of c.targets) edge(c.from, t, { kind: c.kind, pos: c.pos, via: c.via });
  for (const v of program.values) edge(v.from, v.target, { kind: 'value', pos: v.pos });
  for (const e of program.stdlibEntries) edge(e.from, e.target, { kind: 'stdlib', pos: e.pos, via: e.interfaces[0] });
  for (const [id, decls] of program.funcs) {
    const f = decls[0];
    if (f.kind === 'literal') edge(f.enclosing, id, { kind: 'literal', pos: f.pos });
  }
  for (const iface of program.interfaces)
    for (const [name, via] of iface.methods)
      for (const impl of iface.implementations.get(name) ?? []) edge(via, impl, { kind: 'dispatch', via });
}

/**
 * The call graph's edges as arrays of node numbers, for walking it: several times cheaper to make than the graphology
 * graph (no edge keys, no linked lists), which the plan would otherwise build again for each of its walks. A walk over
 * them gives what the same walk over buildCallGraph's graph gives (see reachableOver).
 */
export interface EdgeLists {
  ids: string[];
  index: Map<string, number>;
  /** Per node, the targets of its edges in the order they were added (a target once per edge). */
  out: number[][];
  /** Per node, the sources of its incoming edges and their attributes, in the order they were added. */
  inFrom: number[][];
  inAttrs: EdgeAttrs[][];
}

export function buildEdgeLists(program: Program): EdgeLists {
  const ids = [...program.funcs.keys()];
  const index = new Map(ids.map((id, i) => [id, i]));
  const out: number[][] = ids.map(() => []);
  const inFrom: number[][] = ids.map(() => []);
  const inAttrs: EdgeAttrs[][] = ids.map(() => []);
  forEachEdge(program, (from, to, attrs) => {
    const [s, t] = [index.get(from)!, index.get(to)!];
    out[s].push(t);
    inFrom[t].push(s);
    inAttrs[t].push(attrs);
  });
  return { ids, index, out, inFrom, inAttrs };
}

/** How a function was first reached: from which function, through which edge, and from which root. */
export interface Reach {
  root: string;
  depth: number;
  from?: string;
  edge?: EdgeAttrs;
}

/**
 * Walks the graph breadth-first from every root with graphology-traversal. A function for which `stop` says true
 * is reached but not walked through (`//instrgen:ignore`). The first root to reach a function owns it.
 */
export function reachableFrom(
  g: CallGraph,
  roots: readonly string[],
  stop: (id: string) => boolean,
): Map<string, Reach> {
  const reached = new Map<string, Reach>();
  for (const root of roots) {
    if (!g.hasNode(root)) continue;
    const order: Array<[string, number]> = [];
    const seen = new Set<string>();
    bfsFromNode(g, root, (node, _attrs, depth) => {
      seen.add(node);
      order.push([node, depth]);
      return node !== root && stop(node);
    });
    const depthOf = new Map(order);
    for (const [node, depth] of order) {
      if (reached.has(node)) continue;
      let via: Pick<Reach, 'from' | 'edge'> = {};
      if (node !== root)
        g.forEachInEdge(node, (_e, attrs, source) => {
          if (via.from === undefined && depthOf.get(source) === depth - 1 && !(source !== root && stop(source)))
            via = { from: source, edge: attrs };
        });
      reached.set(node, { root, depth, ...via });
    }
  }
  return reached;
}

/** The chain of functions from a function's root down to it. */
export function pathTo(reached: Map<string, Reach>, id: string): Array<{ id: string; edge?: EdgeAttrs }> {
  const path: Array<{ id: string; edge?: EdgeAttrs }> = [];
  for (let cur: string | undefined = id; cur !== undefined && path.length < 10000;) {
    const r = reached.get(cur);
    if (!r) break;
    path.unshift({ id: cur, edge: r.edge });
    cur = r.from;
  }
  return path;
}

/**
 * reachableFrom over edge lists, with the same result. graphology visits a node's neighbours in the order their first
 * edge was added (one object key per neighbour), and the edges from one neighbour newest first (each new one goes to
 * the head of its list): so the walk pushes targets in the order of the out list, and a function's `from` is the first
 * source in its in list found one level up, through the last edge added from that source.
 */
export function reachableOver(
  g: EdgeLists,
  roots: readonly string[],
  stop: (id: string) => boolean,
): Map<string, Reach> {
  const reached = new Map<string, Reach>();
  const depthOf = new Int32Array(g.ids.length).fill(-1);
  for (const root of roots) {
    const r = g.index.get(root);
    if (r === undefined) continue;
    const order: number[] = [r];
    depthOf[r] = 0;
    for (let i = 0; i < order.length; i++) {
      const node = order[i];
      if (node !== r && stop(g.ids[node])) continue;
      for (const t of g.out[node])
        if (depthOf[t] < 0) {
          depthOf[t] = depthOf[node] + 1;
          order.push(t);
        }
    }
    for (const node of order) {
      const id = g.ids[node];
      if (reached.has(id)) continue;
      const depth = depthOf[node];
      let via: Pick<Reach, 'from' | 'edge'> = {};
      if (node !== r) {
        const from = g.inFrom[node];
        const at = from.findIndex((s) => depthOf[s] === depth - 1 && !(s !== r && stop(g.ids[s])));
        if (at >= 0) via = { from: g.ids[from[at]], edge: g.inAttrs[node][from.lastIndexOf(from[at])] };
      }
      reached.set(id, { root, depth, ...via });
    }
    for (const node of order) depthOf[node] = -1;
  }
  return reached;
}
