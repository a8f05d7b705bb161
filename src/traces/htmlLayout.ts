// Defines callGraphLayout, the Sugiyama-style layered layout of the call graph: node boxes and edge routes.
import type { CallGraphJson } from './htmlModel';

/** Where callGraphLayout put the nodes, and the route of every drawn edge. */
export interface CallGraphLayout {
  width: number;
  height: number;
  nodes: Array<{ id: string; name: string; layer: number; x: number; y: number; w: number; h: number }>;
  /**
   * One entry per distinct (from, to) pair; `pos` lists every call site. `points` runs from the
   * arrow's tail to its head, through one bend per skipped layer. `back` marks calls that go
   * against the layering (recursion cycles, calls into a root); `self` marks direct recursion.
   */
  edges: Array<{
    from: string;
    to: string;
    pos: string[];
    back: boolean;
    self: boolean;
    points: Array<[number, number]>;
  }>;
}

const NODE_H = 26;
/** Long edges pass through thin placeholders in the layers they skip, so they go around nodes. */
const DUMMY_H = 4;
const NODE_GAP_Y = 14;
const LAYER_GAP_X = 70;
const MARGIN = 20;
const CHAR_W = 7.2;
const ORDER_SWEEPS = 6;

/**
 * Lays the call graph out left to right in the Sugiyama style: calls that close a cycle (or
 * enter a root) are reversed so the rest is acyclic, each function goes in the layer after its
 * deepest caller (roots first), edges that skip layers get placeholders there, and nodes in a
 * layer are ordered by the mean position of their neighbours to keep crossings down.
 */
export function callGraphLayout(cg: CallGraphJson): CallGraphLayout {
  const info = new Map(cg.nodes.map((n) => [n.id, n] as const));
  const merged = new Map<string, { from: string; to: string; pos: string[] }>();
  for (const e of cg.edges) {
    if (!info.has(e.from) || !info.has(e.to)) continue;
    const key = JSON.stringify([e.from, e.to]);
    const m = merged.get(key) ?? { from: e.from, to: e.to, pos: [] };
    m.pos.push(e.pos);
    merged.set(key, m);
  }
  const calls = [...merged.values()];
  const callees = new Map<string, string[]>(cg.nodes.map((n) => [n.id, []]));
  for (const c of calls) if (c.from !== c.to) callees.get(c.from)!.push(c.to);

  // Depth-first search from the roots, then from uncalled functions, then from whatever is left
  // (pure cycles); a call to a function still on the stack closes a cycle and is reversed.
  const onStack = new Set<string>();
  const visited = new Set<string>();
  const discovery: string[] = [];
  const backKeys = new Set<string>();
  const dfs = (start: string): void => {
    // Iterative, so deep call chains cannot overflow the JS stack.
    const stack: Array<{ id: string; next: number }> = [{ id: start, next: 0 }];
    visited.add(start);
    onStack.add(start);
    discovery.push(start);
    while (stack.length) {
      const top = stack[stack.length - 1];
      const outs = callees.get(top.id)!;
      if (top.next >= outs.length) {
        onStack.delete(top.id);
        stack.pop();
        continue;
      }
      const to = outs[top.next++];
      if (info.get(to)!.root || onStack.has(to)) backKeys.add(JSON.stringify([top.id, to]));
      else if (!visited.has(to)) {
        visited.add(to);
        onStack.add(to);
        discovery.push(to);
        stack.push({ id: to, next: 0 });
      }
    }
  };
  const called = new Set(calls.filter((c) => c.from !== c.to).map((c) => c.to));
  for (const n of cg.nodes) if (n.root && !visited.has(n.id)) dfs(n.id);
  for (const n of cg.nodes) if (!called.has(n.id) && !visited.has(n.id)) dfs(n.id);
  for (const n of cg.nodes) if (!visited.has(n.id)) dfs(n.id);

  // The acyclic graph to lay out: each call as [upstream, downstream].
  const dagEdges = calls
    .filter((c) => c.from !== c.to)
    .map((c) => {
      const back = backKeys.has(JSON.stringify([c.from, c.to]));
      return { call: c, back, up: back ? c.to : c.from, down: back ? c.from : c.to };
    });

  // Longest-path layering, in topological order (Kahn's algorithm seeded in discovery order).
  const preds = new Map<string, string[]>(cg.nodes.map((n) => [n.id, []]));
  const succs = new Map<string, string[]>(cg.nodes.map((n) => [n.id, []]));
  for (const e of dagEdges) {
    preds.get(e.down)!.push(e.up);
    succs.get(e.up)!.push(e.down);
  }
  const layerOf = new Map<string, number>();
  const remaining = new Map(cg.nodes.map((n) => [n.id, preds.get(n.id)!.length] as const));
  const ready = discovery.filter((id) => remaining.get(id) === 0);
  for (let i = 0; i < ready.length; i++) {
    const id = ready[i];
    layerOf.set(id, Math.max(0, ...preds.get(id)!.map((p) => layerOf.get(p)! + 1)));
    for (const s of succs.get(id)!) {
      remaining.set(s, remaining.get(s)! - 1);
      if (remaining.get(s) === 0) ready.push(s);
    }
  }

  // Unreachable in theory (the reversed graph is acyclic); kept so a bug cannot crash the page.
  for (const id of discovery) if (!layerOf.has(id)) layerOf.set(id, 0);

  // Layers hold real nodes and, for long edges, placeholder ids.
  const layerCount = cg.nodes.length ? Math.max(...layerOf.values()) + 1 : 0;
  const layers: string[][] = Array.from({ length: layerCount }, () => []);
  for (const id of discovery) layers[layerOf.get(id)!].push(id);
  const up = new Map<string, string[]>(); // neighbours in the previous layer
  const down = new Map<string, string[]>(); // neighbours in the next layer
  const link = (a: string, b: string): void => {
    (down.get(a) ?? down.set(a, []).get(a)!).push(b);
    (up.get(b) ?? up.set(b, []).get(b)!).push(a);
  };
  const chains = dagEdges.map((e, k) => {
    const chain = [e.up];
    for (let l = layerOf.get(e.up)! + 1; l < layerOf.get(e.down)!; l++) {
      const dummy = `\u0000${k}@${l}`;
      layers[l].push(dummy);
      chain.push(dummy);
    }
    chain.push(e.down);
    for (let i = 1; i < chain.length; i++) link(chain[i - 1], chain[i]);
    return { ...e, chain };
  });

  const index = new Map<string, number>();
  const reindex = (): void => layers.forEach((l) => l.forEach((id, i) => index.set(id, i)));
  reindex();
  const reorder = (li: number, neighbours: Map<string, string[]>): void => {
    const weight = new Map<string, number>();
    for (const id of layers[li]) {
      const ns = neighbours.get(id) ?? [];
      weight.set(id, ns.length ? ns.reduce((sum, n) => sum + index.get(n)!, 0) / ns.length : index.get(id)!);
    }
    // Array.prototype.sort is stable, so ties keep their current order.
    layers[li].sort((a, b) => weight.get(a)! - weight.get(b)!);
    layers[li].forEach((id, i) => index.set(id, i));
  };
  for (let sweep = 0; sweep < ORDER_SWEEPS; sweep++) {
    if (sweep % 2 === 0) for (let li = 1; li < layers.length; li++) reorder(li, up);
    else for (let li = layers.length - 2; li >= 0; li--) reorder(li, down);
  }

  const isDummy = (id: string): boolean => id.startsWith('\u0000');
  const heightOf = (id: string): number => (isDummy(id) ? DUMMY_H : NODE_H);
  const widthOf = (id: string): number =>
    isDummy(id) ? 0 : Math.max(70, Math.ceil(info.get(id)!.name.length * CHAR_W) + 20);
  const columnHeight = (l: string[]): number =>
    l.reduce((h, id) => h + heightOf(id), 0) + Math.max(0, l.length - 1) * NODE_GAP_Y;
  const tallest = Math.max(0, ...layers.map(columnHeight));
  const height = MARGIN * 2 + tallest;
  const box = new Map<string, { x: number; y: number; w: number; h: number; layer: number }>();
  let x = MARGIN;
  layers.forEach((l, li) => {
    const colW = Math.max(0, ...l.map(widthOf));
    let y = (height - columnHeight(l)) / 2;
    for (const id of l) {
      box.set(id, { x, y, w: colW, h: heightOf(id), layer: li });
      y += heightOf(id) + NODE_GAP_Y;
    }
    x += colW + LAYER_GAP_X;
  });
  const width = Math.max(x - LAYER_GAP_X + MARGIN, MARGIN * 2);

  const nodes = discovery.map((id) => ({ id, name: info.get(id)!.name, ...box.get(id)! }));
  const edges: CallGraphLayout['edges'] = chains.map((e) => {
    const points: Array<[number, number]> = [];
    e.chain.forEach((id, i) => {
      const b = box.get(id)!;
      const midY = b.y + b.h / 2;
      // Enter each column on its left side and leave on its right.
      if (i > 0) points.push([b.x, midY]);
      if (i < e.chain.length - 1) points.push([b.x + b.w, midY]);
    });
    // Reversed calls were laid out downstream-first; the arrow still points at the callee.
    if (e.back) points.reverse();
    return { from: e.call.from, to: e.call.to, pos: e.call.pos, back: e.back, self: false, points };
  });
  for (const c of calls) {
    if (c.from !== c.to) continue;
    const b = box.get(c.from)!;
    const cx = b.x + b.w / 2;
    edges.push({
      from: c.from,
      to: c.to,
      pos: c.pos,
      back: true,
      self: true,
      points: [
        [cx - 10, b.y],
        [cx + 10, b.y],
      ],
    });
  }
  return { width, height, nodes, edges };
}
