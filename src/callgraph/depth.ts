// The call-depth walk behind --max-depth, and the neighbours of one function, for the volume rules.
import { CallGraph, EdgeKind, Reach } from './graph';

/**
 * Edges that are no call of their own, and so add no depth: a function literal belongs to the function whose body
 * holds it, and an interface method leads to its implementations at the depth of the call through the interface.
 *   main → handle → (Store).Get ⇒ (*memStore).Get     depths 0, 1, 2, 2
 */
const FREE: ReadonlySet<EdgeKind> = new Set<EdgeKind>(['literal', 'dispatch']);

/**
 * Walks from every root as reachableFrom does, but counts depth in calls (literal and dispatch edges are free) and
 * does not walk on from a function `maxDepth` calls deep: depth 0 is the roots alone, 1 the roots and what they
 * call. A function for which `stop` says true is reached but not walked through. The first root to reach a
 * function owns it; its depth is the fewest calls from that root.
 */
export function reachableWithin(
  g: CallGraph,
  roots: readonly string[],
  stop: (id: string) => boolean,
  maxDepth: number,
): Map<string, Reach> {
  const reached = new Map<string, Reach>();
  for (const root of roots) {
    if (!g.hasNode(root)) continue;
    // Level by level; a free edge adds to the level being walked, so each function is walked at its fewest calls.
    const best = new Map<string, Reach>([[root, { root, depth: 0 }]]);
    const walked = new Set<string>();
    let level = [root];
    for (let depth = 0; level.length; depth++) {
      const next: string[] = [];
      for (let i = 0; i < level.length; i++) {
        const node = level[i];
        if (best.get(node)!.depth !== depth || walked.has(node) || (node !== root && stop(node))) continue;
        walked.add(node);
        g.forEachOutEdge(node, (_e, attrs, _source, target) => {
          const free = FREE.has(attrs.kind);
          if (!free && depth >= maxDepth) return;
          const d = free ? depth : depth + 1;
          const known = best.get(target);
          if (known && known.depth <= d) return;
          best.set(target, { root, depth: d, from: node, edge: attrs });
          (free ? level : next).push(target);
        });
      }
      level = next;
    }
    for (const [id, r] of best) if (!reached.has(id)) reached.set(id, r);
  }
  return reached;
}

/** The functions `id` calls, holds as literals, dispatches to or uses as values: the targets of its edges. */
export function calleesOf(g: CallGraph, id: string): string[] {
  return g.hasNode(id) ? g.outNeighbors(id) : [];
}

/** The functions with an edge to `id`. */
export function callersOf(g: CallGraph, id: string): string[] {
  return g.hasNode(id) ? g.inNeighbors(id) : [];
}
