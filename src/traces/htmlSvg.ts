// Defines callGraphSvg, the call graph drawn as a standalone SVG element from its layout, and escapeHtml for HTML and SVG text.
import { callGraphLayout } from './htmlLayout';
import type { CallGraphJson } from './htmlModel';

/** Draws the call graph as a standalone SVG element (the legend is separate HTML). */
export function callGraphSvg(cg: CallGraphJson): string {
  const layout = callGraphLayout(cg);
  const info = new Map(cg.nodes.map((n) => [n.id, n] as const));
  const nameOf = (id: string): string => info.get(id)!.name;

  const edgeSvg = layout.edges.map((e) => {
    const title = `<title>${escapeHtml(`${nameOf(e.from)} → ${nameOf(e.to)}\n${e.pos.join('\n')}`)}</title>`;
    if (e.self) {
      const [[x1, y], [x2]] = e.points;
      return `<path class="edge self" d="M${x1},${y} C${x1 - 15},${y - 22} ${x2 + 15},${y - 22} ${x2},${y}" marker-end="url(#arrow)">${title}</path>`;
    }
    return `<path class="edge${e.back ? ' back' : ''}" d="${smoothPath(e.points)}" marker-end="url(#arrow)">${title}</path>`;
  });

  const nodeSvg = layout.nodes.map((p) => {
    const n = info.get(p.id)!;
    const cls = ['node', n.root ? 'root' : n.reachable ? 'reachable' : 'unreachable', n.kept ? 'kept' : '']
      .filter(Boolean)
      .join(' ');
    const tip = [
      n.name,
      n.id !== n.name ? n.id : '',
      n.pos ?? '',
      n.root ? 'root' : '',
      n.reachable ? 'reachable' : 'not reachable',
      n.kept ? `signature kept: ${n.kept}` : '',
    ]
      .filter(Boolean)
      .join('\n');
    return (
      `<g class="${cls}" data-id="${escapeHtml(n.id)}"><title>${escapeHtml(tip)}</title>` +
      `<rect x="${p.x}" y="${p.y}" width="${p.w}" height="${p.h}" rx="5"/>` +
      `<text x="${p.x + p.w / 2}" y="${p.y + p.h / 2 + 4}" text-anchor="middle">${escapeHtml(n.name)}</text></g>`
    );
  });

  // The extra 24px on top leave room for self-loops over the first row.
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="callgraph" width="${layout.width}" height="${layout.height + 24}" viewBox="0 -24 ${layout.width} ${layout.height + 24}">` +
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#64748b"/></marker></defs>` +
    edgeSvg.join('') +
    nodeSvg.join('') +
    `</svg>`
  );
}

/**
 * Joins route points with horizontal-tangent curves between columns and straight runs across
 * a column (points come in pairs: leave a column on the right, enter the next on the left).
 */
function smoothPath(points: Array<[number, number]>): string {
  const f = (n: number): string => String(Math.round(n * 10) / 10);
  let d = `M${f(points[0][0])},${f(points[0][1])}`;
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1];
    const [x1, y1] = points[i];
    if (y0 === y1) {
      d += ` L${f(x1)},${f(y1)}`;
    } else {
      const mx = (x0 + x1) / 2;
      d += ` C${f(mx)},${f(y0)} ${f(mx)},${f(y1)} ${f(x1)},${f(y1)}`;
    }
  }
  return d;
}

/** Escapes text for HTML and SVG content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
