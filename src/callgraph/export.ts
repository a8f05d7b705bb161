// The call graph printed four ways (text, Graphviz dot, Mermaid, JSON), with roots, reach and kept signatures marked.
import { formatPosition, Position } from '../diagnostics/diagnostic';
import type { CallGraphJson } from '../traces/htmlModel';
import { CallGraph, EdgeAttrs } from './graph';

/** What the planner decided, for marking nodes: plain data handed in by the caller. */
export interface GraphMarks {
  roots: ReadonlySet<string>;
  reached: ReadonlySet<string>;
  /** Function id → why its signature was kept. */
  kept: ReadonlyMap<string, string>;
  /** Function id → the volume rule that left it without a span (--exclude, --include, --max-depth, --skip-trivial). */
  leftOut?: ReadonlyMap<string, string>;
  /** Leave out functions no root reaches (the default for text output of big modules is to keep them). */
  reachedOnly?: boolean;
}

export type GraphFormat = 'text' | 'dot' | 'mermaid' | 'json';

const where = (p?: Position) => (p ? formatPosition(p) : '');

function nodesInOrder(g: CallGraph, marks: GraphMarks): string[] {
  return g
    .nodes()
    .filter((id) => !marks.reachedOnly || marks.reached.has(id))
    .sort((a, b) => Number(marks.reached.has(b)) - Number(marks.reached.has(a)) || (a < b ? -1 : a > b ? 1 : 0));
}

function edgeLabel(e: EdgeAttrs): string {
  return `${e.kind}${e.via ? ` via ${e.via}` : ''}${e.pos ? ` ${where(e.pos)}` : ''}`;
}

/** One line per function with its marks, then one indented line per outgoing edge (call site). */
export function callGraphText(g: CallGraph, marks: GraphMarks): string {
  const lines: string[] = [];
  for (const id of nodesInOrder(g, marks)) {
    const tags = [marks.roots.has(id) ? 'root' : marks.reached.has(id) ? 'reached' : 'not reached'];
    const kept = marks.kept.get(id);
    if (kept) tags.push(`kept: ${kept}`);
    const leftOut = marks.leftOut?.get(id);
    if (leftOut) tags.push(`left out by ${leftOut}`);
    lines.push(`${id} [${tags.join('; ')}] ${where(g.getNodeAttributes(id).pos)}`);
    const out: string[] = [];
    g.forEachOutEdge(id, (_e, attrs, _s, target) => void out.push(`  -> ${target} (${edgeLabel(attrs)})`));
    lines.push(...out.sort());
  }
  return lines.join('\n') + '\n';
}

const dotId = (s: string) => JSON.stringify(s);

/** Graphviz: roots bold, reached filled, kept signatures dashed; renders with `dot -Tsvg` as is. */
export function callGraphDot(g: CallGraph, marks: GraphMarks): string {
  const lines = [
    'digraph callgraph {',
    '  rankdir=LR;',
    '  node [shape=box, fontname="monospace", fontsize=10];',
    '  edge [fontname="monospace", fontsize=8];',
  ];
  const shown = new Set(nodesInOrder(g, marks));
  for (const id of shown) {
    const a = g.getNodeAttributes(id);
    const style = [
      marks.reached.has(id) ? 'filled' : '',
      marks.kept.has(id) ? 'dashed' : '',
      marks.roots.has(id) ? 'bold' : '',
    ]
      .filter(Boolean)
      .join(',');
    const color = marks.roots.has(id) ? '#f6c177' : marks.reached.has(id) ? '#9ccfd8' : '#eeeeee';
    const tooltip = `${id}${marks.kept.has(id) ? `\nkept: ${marks.kept.get(id)}` : ''}`;
    lines.push(
      `  ${dotId(id)} [label=${dotId(`${a.pkgName}.${a.name}`)}, tooltip=${dotId(tooltip)}${style ? `, style="${style}"` : ''}, fillcolor="${color}"];`,
    );
  }
  g.forEachEdge((_e, attrs, s, t) => {
    if (shown.has(s) && shown.has(t))
      lines.push(
        `  ${dotId(s)} -> ${dotId(t)} [label=${dotId(attrs.kind === 'call' ? '' : attrs.kind)}, tooltip=${dotId(edgeLabel(attrs))}${attrs.kind === 'value' || attrs.kind === 'dispatch' ? ', style=dashed' : ''}];`,
      );
  });
  lines.push('}');
  return lines.join('\n') + '\n';
}

/** Mermaid flowchart, for Markdown documents. */
export function callGraphMermaid(g: CallGraph, marks: GraphMarks): string {
  const shown = nodesInOrder(g, marks);
  const key = new Map(shown.map((id, i) => [id, `n${i}`]));
  const lines = ['flowchart LR'];
  for (const id of shown) {
    const a = g.getNodeAttributes(id);
    lines.push(
      `  ${key.get(id)}["${`${a.pkgName}.${a.name}`.replace(/"/g, '#quot;')}"]${marks.roots.has(id) ? ':::root' : marks.kept.has(id) ? ':::kept' : marks.reached.has(id) ? ':::reached' : ''}`,
    );
  }
  g.forEachEdge((_e, attrs, s, t) => {
    if (key.has(s) && key.has(t))
      lines.push(
        `  ${key.get(s)} ${attrs.kind === 'value' || attrs.kind === 'dispatch' ? '-.->' : '-->'}${attrs.kind === 'call' ? '' : `|${attrs.kind}|`} ${key.get(t)}`,
      );
  });
  lines.push(
    '  classDef root fill:#f6c177,stroke:#333,stroke-width:2px;',
    '  classDef reached fill:#9ccfd8;',
    '  classDef kept fill:#c4a7e7,stroke-dasharray:4;',
  );
  return lines.join('\n') + '\n';
}

/** The JSON form the trace viewer draws. */
export function callGraphJson(g: CallGraph, marks: GraphMarks): CallGraphJson {
  const shown = new Set(nodesInOrder(g, marks));
  return {
    nodes: [...shown].map((id) => {
      const a = g.getNodeAttributes(id);
      return {
        id,
        name: `${a.pkgName}.${a.name}`,
        root: marks.roots.has(id),
        reachable: marks.reached.has(id),
        kept: marks.kept.get(id),
        pos: where(a.pos),
      };
    }),
    edges: g
      .mapEdges((_e, attrs, s, t) => ({ from: s, to: t, pos: where(attrs.pos), kind: attrs.kind }))
      .filter((e) => shown.has(e.from) && shown.has(e.to))
      .map(({ from, to, pos }) => ({ from, to, pos })),
  };
}

export function formatCallGraph(g: CallGraph, marks: GraphMarks, format: GraphFormat): string {
  switch (format) {
    case 'dot':
      return callGraphDot(g, marks);
    case 'mermaid':
      return callGraphMermaid(g, marks);
    case 'json':
      return JSON.stringify(callGraphJson(g, marks), null, 2) + '\n';
    default:
      return callGraphText(g, marks);
  }
}
