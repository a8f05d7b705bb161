// gofmt's alignment planned as edits (consecutive one-line functions, keys of composite literals, trailing comments):
// inject and prune both leave it as gofmt would.
import { ONE_LINE_MARK } from '../plan/atelSyntax';
import { AlignmentSections, OneLineDecl, OverlongBody } from '../symbols/gofmtAlignment';
import { TextEdit } from './edit';

const COMMENT = 'align a comment as gofmt does';

/**
 * The padding of a column as text/tabwriter makes it: each cell's gap [start, end) is padded so that what follows it
 * starts one column after the widest cell (`width`: the runes before the gap).
 */
function columnPadding(
  text: string,
  cells: ReadonlyArray<{ start: number; end: number; width: number; message: string }>,
): TextEdit[] {
  const target = Math.max(...cells.map((c) => c.width)) + 1;
  const edits: TextEdit[] = [];
  for (const c of cells) {
    const pad = ' '.repeat(target - c.width);
    if (text.slice(c.start, c.end) !== pad)
      edits.push({ start: c.start, end: c.end, newText: pad, kind: 'layout', message: c.message });
  }
  return edits;
}

/**
 * Consecutive one-line function declarations have their bodies aligned one column after the longest signature;
 * opening a body or adding a parameter changes that, so the padding is recomputed for every run of them:
 *   func (s S) A() int              { return 1 }
 *   func (s S) Bbbbbbbbb(x int) int { return x }
 */
export function planOneLineAlignment(text: string, decls: readonly OneLineDecl[]): TextEdit[] {
  const edits: TextEdit[] = [];
  const runes = (s: string) => [...s].length;
  for (let i = 0; i < decls.length;) {
    let j = i + 1;
    while (j < decls.length && decls[j].row === decls[j - 1].row + 1 && !decls[j].closing) j++;
    const run = decls.slice(i, j);
    edits.push(
      ...columnPadding(
        text,
        run.map((d) => ({
          start: d.sigEnd,
          end: d.open,
          width: runes(text.slice(d.lineStart, d.sigEnd)),
          message: d.closing ? COMMENT : 'align one-line function as gofmt does',
        })),
      ),
    );
    // Comments after the bodies: one column after the longest body of consecutive commented lines.
    for (let a = 0; a < run.length;) {
      let b = a;
      while (b < run.length && run[b].comment) b++;
      const comments = run.slice(a, b).map((d) => d.comment!);
      edits.push(
        ...columnPadding(
          text,
          comments.map((c) => ({ start: c.bodyEnd, end: c.start, width: c.bodyWidth, message: COMMENT })),
        ),
      );
      a = b + 1;
    }
    i = j;
  }
  return edits;
}

/**
 * gofmt's padding in the alignment sections a rewrite touched: an aligned key is followed by blanks up to one
 * column after its section's longest key, any other by one blank; a trailing comment starts one column after the
 * longest code of its run (measured once the keys are padded).
 *   "a":   f(1), // x                "a":   f(__atel_child_tracing_ctx, 1), // x
 *   "bbb": g(),  // y        →       "bbb": g(),                            // y
 */
export function planSectionAlignment(
  text: string,
  sections: AlignmentSections,
  earlier: readonly TextEdit[] = [],
): TextEdit[] {
  const edits: TextEdit[] = [];
  const rowDelta = new Map<number, number>();
  // White-space edits planned on the same text before these (operator spacing) change the code's width.
  const before = [...earlier].sort((a, b) => a.start - b.start);
  const widthChange = (from: number, to: number) => {
    let lo = 0;
    let hi = before.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before[mid].start < from) lo = mid + 1;
      else hi = mid;
    }
    let d = 0;
    for (let k = lo; k < before.length && before[k].start < to; k++)
      d += before[k].newText.length - (before[k].end - before[k].start);
    return d;
  };
  for (const section of sections.keys) {
    const target = Math.max(0, ...section.filter((k) => k.aligned).map((k) => k.width)) + 1;
    for (const k of section) {
      const pad = ' '.repeat(k.aligned ? target - k.width : 1);
      const old = text.slice(k.colonEnd, k.valueStart);
      if (old === pad) continue;
      edits.push({
        start: k.colonEnd,
        end: k.valueStart,
        newText: pad,
        kind: 'layout',
        message: 'align a key as gofmt does',
      });
      rowDelta.set(k.row, (rowDelta.get(k.row) ?? 0) + pad.length - old.length);
    }
  }
  for (const run of sections.comments) {
    const cells = run.map((c) => ({
      start: c.codeEnd,
      end: c.commentStart,
      width: c.width + (rowDelta.get(c.row) ?? 0) + (before.length ? widthChange(c.lineStart, c.codeEnd) : 0),
      message: COMMENT,
    }));
    edits.push(...columnPadding(text, cells));
  }
  return edits;
}

/**
 * Opens the one-line bodies gofmt would no longer keep on one line, one statement a line; the mark after `{` lets
 * prune put them back on one line (gofmt keeps a body open once its braces are on different lines).
 */
export function planOpenedBodies(bodies: readonly OverlongBody[], nl: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const b of bodies) {
    const inner = `${nl}${b.indent}\t`;
    if (b.sigEnd !== undefined && b.sigEnd < b.open)
      edits.push({ start: b.sigEnd, end: b.open, newText: ' ', kind: 'layout', message: 'unalign an opened function' });
    edits.push({
      start: b.open + 1,
      end: b.stmts[0].start,
      newText: `${ONE_LINE_MARK}${inner}`,
      kind: 'layout',
      message: 'open a body gofmt would not keep on one line',
    });
    b.stmts.slice(1).forEach((s, i) =>
      edits.push({
        start: b.stmts[i].end,
        end: s.start,
        newText: inner,
        kind: 'layout',
        message: 'one statement a line',
      }),
    );
    edits.push({
      start: b.stmts[b.stmts.length - 1].end,
      end: b.close,
      newText: `${nl}${b.indent}`,
      kind: 'layout',
      message: 'close a body on its own line',
    });
  }
  return edits;
}
