// The call graph: a graphology multigraph whose nodes are functions and whose edges are call sites, and its walk.
import { MultiDirectedGraph } from 'graphology';
import { bfsFromNode } from 'graphology-traversal';
import { Position } from '../diagnostics/diagnostic';
import { CallSite, FuncFacts, InterfaceFacts, Program } from '../symbols/program';

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

/** How many edges buildCallGraph's graph of `program` has, without making it (the graph of Go's std+cmd takes ~250 MB). */
export function edgeCount(program: Program): number {
  let n = 0;
  forEachEdge(program, () => n++);
  return n;
}

/**
 * Every edge of the call graph between functions of the program, in the one order both representations add them,
 * with the call site or the interface it comes from.
 */
function forEachEdge(
  program: Program,
  add: (from: string, to: string, attrs: EdgeAttrs, call?: CallSite, iface?: InterfaceFacts) => void,
): void {
  const has = (from: string | undefined, to: string): from is string =>
    !!from && program.funcs.has(from) && program.funcs.has(to);
  for (const c of program.calls)
    for (const t of c.targets) if (has(c.from, t)) add(c.from, t, { kind: c.kind, pos: c.pos, via: c.via }, c);
  for (const v of program.values) if (has(v.from, v.target)) add(v.from, v.target, { kind: 'value', pos: v.pos });
  for (const e of program.stdlibEntries)
    if (has(e.from, e.target)) add(e.from, e.target, { kind: 'stdlib', pos: e.pos, via: e.interfaces[0] });
  for (const [id, decls] of program.funcs) {
    const f = decls[0];
    if (f.kind === 'literal' && has(f.enclosing, id)) add(f.enclosing, id, { kind: 'literal', pos: f.pos });
  }
  for (const iface of program.interfaces)
    for (const [name, via] of iface.methods)
      for (const impl of iface.implementations.get(name) ?? [])
        if (has(via, impl)) add(via, impl, { kind: 'dispatch', via }, undefined, iface);
}

/**
 * The call graph's edges as numbered arrays, for walking it: several times cheaper to make than the graphology graph
 * (no edge keys, no linked lists), and made once for all the plan's walks: taking function groups out of the program
 * marks their edges dead (withoutGroupEdges) instead of making them again. A walk over them gives what the same walk
 * over buildCallGraph's graph of the same program gives (see reachableOver).
 */
export interface EdgeLists {
  ids: string[];
  index: Map<string, number>;
  target: number[];
  attrs: EdgeAttrs[];
  /** Per node, its outgoing and its incoming edges, each in the order they were added. */
  out: number[][];
  in: number[][];
  source: number[];
  /** Per edge, the call site it comes from; per interface, its dispatch edges. */
  call: Array<CallSite | undefined>;
  ifaceEdges: Map<InterfaceFacts, number[]>;
  /** Edges and nodes of functions taken out of the program since the lists were made. */
  dead: Uint8Array;
  gone: Set<string>;
}

export function buildEdgeLists(program: Program): EdgeLists {
  const ids = [...program.funcs.keys()];
  const index = new Map(ids.map((id, i) => [id, i]));
  const g: EdgeLists = {
    ids,
    index,
    source: [],
    target: [],
    attrs: [],
    out: ids.map(() => []),
    in: ids.map(() => []),
    call: [],
    ifaceEdges: new Map(),
    dead: new Uint8Array(0),
    gone: new Set(),
  };
  forEachEdge(program, (from, to, attrs, call, iface) => {
    const [s, t, e] = [index.get(from)!, index.get(to)!, g.attrs.length];
    g.source.push(s);
    g.target.push(t);
    g.attrs.push(attrs);
    g.call.push(call);
    g.out[s].push(e);
    g.in[t].push(e);
    if (iface) {
      const edges = g.ifaceEdges.get(iface);
      if (edges) edges.push(e);
      else g.ifaceEdges.set(iface, [e]);
    }
  });
  g.dead = new Uint8Array(g.attrs.length);
  return g;
}

/**
 * The edge lists of `program` without the functions `ids` (what withoutFunctionGroups takes out): their nodes, the
 * calls through them, and the interfaces that name them go, and with them their edges.
 */
export function withoutGroupEdges(g: EdgeLists, program: Program, ids: ReadonlySet<string>): EdgeLists {
  const dead = g.dead.slice();
  const gone = new Set(g.gone);
  for (const id of ids) {
    const n = g.index.get(id);
    if (n === undefined || gone.has(id)) continue;
    gone.add(id);
    for (const e of g.out[n]) dead[e] = 1;
    for (const e of g.in[n]) dead[e] = 1;
  }
  for (const i of program.interfaces)
    if ([...i.methods.values()].some((m) => ids.has(m))) for (const e of g.ifaceEdges.get(i) ?? []) dead[e] = 1;
  for (let e = 0; e < g.call.length; e++) {
    const via = g.call[e]?.via;
    if (via !== undefined && ids.has(via)) dead[e] = 1;
  }
  return { ...g, dead, gone };
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
    if (r === undefined || g.gone.has(root)) continue;
    const order: number[] = [r];
    depthOf[r] = 0;
    for (let i = 0; i < order.length; i++) {
      const node = order[i];
      if (node !== r && stop(g.ids[node])) continue;
      for (const e of g.out[node]) {
        const t = g.target[e];
        if (!g.dead[e] && depthOf[t] < 0) {
          depthOf[t] = depthOf[node] + 1;
          order.push(t);
        }
      }
    }
    for (const node of order) {
      const id = g.ids[node];
      if (reached.has(id)) continue;
      const depth = depthOf[node];
      let via: Pick<Reach, 'from' | 'edge'> = {};
      if (node !== r) {
        const edges = g.in[node];
        const at = edges.findIndex((e) => {
          const s = g.source[e];
          return !g.dead[e] && depthOf[s] === depth - 1 && !(s !== r && stop(g.ids[s]));
        });
        if (at >= 0) {
          const s = g.source[edges[at]];
          let last = at;
          for (let k = at + 1; k < edges.length; k++) if (!g.dead[edges[k]] && g.source[edges[k]] === s) last = k;
          via = { from: g.ids[s], edge: g.attrs[edges[last]] };
        }
      }
      reached.set(id, { root, depth, ...via });
    }
    for (const node of order) depthOf[node] = -1;
  }
  return reached;
}
