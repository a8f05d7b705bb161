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
  const edge = (from: string | undefined, to: string, attrs: EdgeAttrs) => {
    if (from && g.hasNode(from) && g.hasNode(to)) g.addDirectedEdge(from, to, attrs);
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
  return g;
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
