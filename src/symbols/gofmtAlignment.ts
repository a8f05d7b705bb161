// What gofmt aligns and opens around the lines a rewrite touched, as plain data for the layout step: one-line
// declarations aligned with their neighbours, one-line bodies grown too long, and alignment sections (which keys of a
// keyed composite literal are aligned together, and which trailing comments share a column). go/printer writes a
// vertical tab after an aligned key's colon and a tab before a trailing comment; text/tabwriter aligns those cells
// over consecutive lines, until a formfeed (printed where go/printer breaks a section), a blank or comment-only line,
// or a line without the cell.
// A rewrite changes sections when it makes a line longer or an element span several lines:
//   "plus":  func(a, b int) int { return a + b },      "plus": func(a, b int) int {
//   "minus": func(a, b int) int { return a - b },  →       <span lines>
//                                                           return a + b
//                                                       },
//                                                       "minus": func(a, b int) int { return a - b },
import { SyntaxNode, Tree } from '../parse/parse';

/** A trailing comment: the white space between the end of the code and the comment is gofmt's padding. */
export interface CommentCell {
  row: number;
  lineStart: number;
  codeEnd: number;
  commentStart: number;
  /** Runes from the line's first non-blank character to codeEnd, as the text is now. */
  width: number;
}

/** A key of a keyed element that starts its line: the white space between `:` and the value is the padding. */
export interface KeyCell {
  row: number;
  colonEnd: number;
  valueStart: number;
  /** Runes of the key and its colon. */
  width: number;
  /** gofmt aligns it with the other aligned keys of its section; otherwise one blank follows the colon. */
  aligned: boolean;
}

export interface AlignmentSections {
  /** Keys aligned together (each list one section, its keys `aligned` or not). */
  keys: KeyCell[][];
  /** Trailing comments aligned together: consecutive rows of one section that all have one. */
  comments: CommentCell[][];
}

interface Item {
  node: SyntaxNode;
  startRow: number;
  endRow: number;
}

/** Lists whose items go/printer separates with line breaks that can be formfeeds. */
const statementLists = new Set([
  'statement_list',
  'field_declaration_list',
  'interface_type',
  'var_spec_list',
  'const_declaration',
  'import_spec_list',
  'expression_switch_statement',
  'type_switch_statement',
  'select_statement',
]);
const expressionLists = new Set(['literal_value', 'argument_list']);

function itemsOf(list: SyntaxNode): Item[] {
  const out: Item[] = [];
  for (const c of list.namedChildren) {
    if (c.type === 'comment') continue;
    if (
      list.type.endsWith('_statement') &&
      !c.type.endsWith('_case') &&
      c.type !== 'default_case' &&
      c.type !== 'communication_case'
    )
      continue;
    if (list.type === 'const_declaration' && c.type !== 'const_spec') continue;
    if (list.type === 'interface_type' && c.type !== 'method_elem' && c.type !== 'type_elem') continue;
    out.push({ node: c, startRow: c.startPosition.row, endRow: c.endPosition.row });
  }
  return out;
}

const runes = (s: string) => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
};

/**
 * Sections of a statement-like list (statements, fields, specs, case clauses): go/printer breaks a section before the
 * first item and after an item spanning several lines (before every item, for case clauses); a line that is not an
 * item's first breaks it too.
 */
function statementSections(items: Item[], everyItemAlone: boolean): number[][] {
  const sections: number[][] = [];
  items.forEach((it, i) => {
    const prev = items[i - 1];
    if (!prev || everyItemAlone || prev.endRow > prev.startRow || it.startRow !== prev.endRow + 1) sections.push([]);
    if (!prev || it.startRow !== prev.startRow) sections[sections.length - 1].push(i);
  });
  return sections;
}

/**
 * Sections of an expression list (composite literal elements, call arguments), as go/printer's exprList decides
 * them: an element that does not fit on one line stands alone, several elements on one line end the section, and
 * the ratio between an element's size (a key's, for keyed elements) and the geometric mean of the sizes before it
 * breaks alignment when either is larger than 40 bytes. Rows are those of elements that start a line.
 */
function expressionSections(list: SyntaxNode, items: Item[]): { sections: number[][]; aligned: Set<number> } {
  const sections: number[][] = [];
  const aligned = new Set<number>();
  let prevLine = list.startPosition.row; // where the previous element starts (the list's opening, first)
  let printed = list.startPosition.row; // where the previous element ends
  let size = 0;
  let lnsum = 0;
  let count = 0;
  let prevBreak = -1;
  items.forEach((it, i) => {
    const line = it.startRow;
    const prevSize = size;
    const pair = it.node.type === 'keyed_element';
    const key = pair ? it.node.childForFieldName('key') : null;
    size = it.startRow === it.endRow ? Buffer.byteLength(pair && key ? key.text : it.node.text) : 0;
    if (/[\x00-\x1f]/.test(it.node.text)) size = 0; // go/printer's nodeSize: no control characters
    let useFF = true;
    if (prevSize > 0 && size > 0) {
      if (count === 0 || (prevSize <= 40 && size <= 40)) useFF = false;
      else {
        const ratio = size / Math.exp(lnsum / count);
        useFF = 2.5 * ratio <= 1 || 2.5 <= ratio;
      }
    }
    const needsLinebreak = prevLine < line;
    const newlines = line - printed;
    if (i === 0) {
      if (needsLinebreak && newlines > 0) {
        prevBreak = 0;
        sections.push([i]);
      }
    } else if (needsLinebreak && newlines > 0) {
      // go/printer's linebreak: a formfeed counts as two breaks, and more than one starts the sizes afresh.
      const ff = useFF || prevBreak + 1 < i;
      const nbreaks = ff ? newlines + 1 : newlines;
      // A blank or comment-only line between them ends the tabwriter's column blocks as a formfeed does.
      if (ff || newlines > 1 || !sections.length) sections.push([]);
      sections[sections.length - 1].push(i);
      prevBreak = i;
      if (nbreaks > 1) {
        lnsum = 0;
        count = 0;
      }
    }
    if (items.length > 1 && pair && size > 0 && needsLinebreak && newlines > 0) aligned.add(i);
    if (size > 0) {
      lnsum += Math.log(size);
      count++;
    }
    prevLine = line;
    printed = it.endRow;
  });
  return { sections, aligned };
}

/** The trailing comment ending a row that has code before it, if any. */
function trailingComment(tree: Tree, text: string, lineStarts: number[], row: number): CommentCell | undefined {
  const start = lineStarts[row];
  let end = row + 1 < lineStarts.length ? lineStarts[row + 1] - 1 : text.length;
  if (end > start && text[end - 1] === '\r') end--;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  if (end === start) return undefined;
  const c = tree.rootNode.descendantForIndex(end - 1);
  if (c.type !== 'comment' || c.endIndex !== end || c.startPosition.row !== row) return undefined;
  let codeEnd = c.startIndex;
  while (codeEnd > start && (text[codeEnd - 1] === ' ' || text[codeEnd - 1] === '\t')) codeEnd--;
  let codeStart = start;
  while (codeStart < codeEnd && (text[codeStart] === ' ' || text[codeStart] === '\t')) codeStart++;
  if (codeStart === codeEnd) return undefined;
  // Another comment before it on the line (`x /* a */ // b`) is left as it is.
  const before = tree.rootNode.descendantForIndex(codeEnd - 1);
  if (before.type === 'comment') return undefined;
  return { row, lineStart: start, codeEnd, commentStart: c.startIndex, width: runes(text.slice(codeStart, codeEnd)) };
}

/**
 * The alignment sections of every list holding a line with an offset in `touched` (as an item's line or inside one): all
 * sections of an expression list (its sizes carry from element to element), and for a statement list the section
 * of each touched item and those next to it.
 */
export function alignmentSections(
  tree: Tree,
  text: string,
  touched: readonly number[],
  reflowed: readonly number[] = touched,
): AlignmentSections {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const rowOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const touchedItems = new Map<number, { list: SyntaxNode; items: Set<number> }>();
  const seenRows = new Set<number>();
  // Rows of edits that added or took away line breaks: they can make an item span more lines or fewer, which
  // changes the sections of every list above. Other edits change the width and size of their own line only.
  const reflowRows = new Set(reflowed.map(rowOf));
  for (const row of touched.map(rowOf)) {
    if (row < 0 || row >= lineStarts.length || seenRows.has(row)) continue;
    seenRows.add(row);
    const reflow = reflowRows.has(row);
    let at = lineStarts[row];
    while (at < text.length && (text[at] === ' ' || text[at] === '\t')) at++;
    let child: SyntaxNode | null = tree.rootNode.descendantForIndex(at);
    for (let n = child?.parent ?? null; n && child; child = n, n = n.parent) {
      if (!statementLists.has(n.type) && !expressionLists.has(n.type)) continue;
      // An item that starts above this row and spans it keeps its size (0) and first line: nothing above changes.
      if (!reflow && child.startPosition.row !== row) break;
      let entry = touchedItems.get(n.id);
      if (!entry) touchedItems.set(n.id, (entry = { list: n, items: new Set() }));
      else if (entry.items.has(child.startIndex)) break; // an earlier row went this way: the lists above are known
      entry.items.add(child.startIndex);
    }
  }
  const keys: KeyCell[][] = [];
  const comments: CommentCell[][] = [];
  // A line that closes a multi-line construct (`}`, `})`, `},`) ends a section on its own: its comment follows
  // after one blank.
  const closingRows = new Set<number>();
  for (const row of seenRows) {
    const start = lineStarts[row];
    const lead = /^[ \t]*[})\]]/.exec(text.slice(start, start + 200));
    if (!lead) continue;
    // The closing brace of a top-level function is aligned with the one-line functions after it (plan/align.ts).
    const closer = tree.rootNode.descendantForIndex(start + lead[0].length - 1);
    if (closer.parent?.type === 'block' && closer.parent.parent?.parent?.type === 'source_file') continue;
    const c = trailingComment(tree, text, lineStarts, row);
    if (c) comments.push([c]);
    closingRows.add(row);
  }
  for (const { list, items: touchedStarts } of touchedItems.values()) {
    const items = itemsOf(list);
    let sections: number[][];
    let aligned = new Set<number>();
    let chosen: number[][];
    if (expressionLists.has(list.type)) {
      ({ sections, aligned } = expressionSections(list, items));
      chosen = sections;
    } else {
      // The clauses of a switch or select are printed with a formfeed before each (go/printer's stmtList with no
      // indentation), so none aligns with another.
      sections = statementSections(items, list.type.endsWith('_statement'));
      const hit = new Set<number>();
      sections.forEach((s, k) => {
        if (s.some((i) => touchedStarts.has(items[i].node.startIndex))) [k - 1, k, k + 1].forEach((j) => hit.add(j));
      });
      chosen = sections.filter((_, k) => hit.has(k));
    }
    // Only an item that begins its line lays the line out: `f := func() { a() } // c` is the outer statement's.
    const beginsLine = (i: number) =>
      /^[ \t]*$/.test(text.slice(lineStarts[items[i].startRow], items[i].node.startIndex));
    for (const all of chosen) {
      const section = all.filter(beginsLine);
      const keyCells: KeyCell[] = [];
      for (const i of section) {
        const it = items[i];
        if (it.node.type !== 'keyed_element') continue;
        const colon = it.node.children.find((c) => c.type === ':');
        const value = it.node.childForFieldName('value');
        if (!colon || !value || value.startPosition.row !== colon.startPosition.row) continue;
        keyCells.push({
          row: it.startRow,
          colonEnd: colon.endIndex,
          valueStart: value.startIndex,
          width: runes(text.slice(it.node.startIndex, colon.endIndex)),
          aligned: aligned.has(i),
        });
      }
      if (keyCells.length) keys.push(keyCells);
      let run: CommentCell[] = [];
      for (const i of section) {
        const c = closingRows.has(items[i].startRow)
          ? undefined
          : trailingComment(tree, text, lineStarts, items[i].startRow);
        if (c && run.length && run[run.length - 1].row + 1 !== c.row) {
          comments.push(run);
          run = [];
        }
        if (c) run.push(c);
        else if (run.length) {
          comments.push(run);
          run = [];
        }
      }
      if (run.length) comments.push(run);
    }
  }
  return { keys, comments };
}

/** A one-line function body that gofmt would no longer keep on one line. */
export interface OverlongBody {
  /** For a declaration, the end of its signature: once opened, one blank goes between it and `{`. */
  sigEnd?: number;
  open: number;
  close: number;
  /** The statements' ranges, in order. */
  stmts: Array<{ start: number; end: number }>;
  /** Indentation of the line holding `{`. */
  indent: string;
}

/**
 * One-line function bodies holding a `touched` offset that gofmt would now open: go/printer keeps a body on one
 * line while the header (from `func` to the end of the signature; one byte more for a declaration) and its
 * statements, with "; " between them, fit in 100 bytes, so a call that gains a context argument can push it over:
 *   lookup := func(name string) Type { return pkg.Scope().Lookup(name).Type() }
 *   lookup := func(name string) Type { //instrgen:oneline\n\t\treturn pkg.Scope(__atel_context.TODO()).Lookup(...)...\n\t}
 */
export function overlongOneLineBodies(tree: Tree, text: string, touched: readonly number[]): OverlongBody[] {
  const out: OverlongBody[] = [];
  const seen = new Set<number>();
  const rows = new Set<number>();
  const offsets = new Set<number>();
  for (const at of touched) {
    if (offsets.has(at)) continue;
    offsets.add(at);
    // Cheap first: a line without `func` holds no function body.
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const lineEnd = text.indexOf('\n', at);
    if (!text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).includes('func')) continue;
    const from = tree.rootNode.descendantForIndex(Math.min(at, Math.max(0, text.length - 1)));
    const row = from.startPosition.row;
    if (rows.has(row)) continue;
    rows.add(row);
    // Only a function on this one row can be a one-line body: stop at the first node reaching past the row.
    for (let n: SyntaxNode | null = from; n && n.startPosition.row === row && n.endPosition.row === row; n = n.parent) {
      if (n.type !== 'func_literal' && n.type !== 'function_declaration' && n.type !== 'method_declaration') continue;
      if (seen.has(n.id)) break;
      seen.add(n.id);
      const body = n.childForFieldName('body');
      const sigEnd = body?.previousSibling;
      if (!body || !sigEnd || body.startPosition.row !== body.endPosition.row) continue;
      const list = body.namedChildren.find((c) => c.type === 'statement_list');
      if (
        !list ||
        body.namedChildren.some((c) => c.type === 'comment') ||
        list.namedChildren.some((c) => c.type === 'comment')
      )
        continue;
      const stmts = list.namedChildren;
      // go/printer measures a declaration's header from one column before `func` (it counts the blank after `func`
      // before printing it), a literal's from `func`.
      const headerExtra = n.type === 'func_literal' ? 0 : 1;
      const size =
        Buffer.byteLength(text.slice(n.startIndex, sigEnd.endIndex)) +
        headerExtra +
        stmts.reduce((s, st) => s + Buffer.byteLength(st.text), 0) +
        2 * (stmts.length - 1);
      if (size <= 100 || stmts.length === 0) continue;
      const lineStart = text.lastIndexOf('\n', body.startIndex - 1) + 1;
      const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
      out.push({
        ...(n.type === 'func_literal' ? {} : { sigEnd: sigEnd.endIndex }),
        open: body.startIndex,
        close: body.endIndex - 1,
        stmts: stmts.map((s) => ({ start: s.startIndex, end: s.endIndex })),
        indent,
      });
    }
  }
  return out;
}

/** A top-level function declared on one line, which gofmt aligns with its neighbours: `func (p P) X() int   { return p.x }`. */
export interface OneLineDecl {
  row: number;
  lineStart: number;
  /** End of the signature and offset of the body's `{`: the padding between them is gofmt's alignment. */
  sigEnd: number;
  open: number;
  /**
   * A line that can only begin a run: the closing line `} // comment` of a longer function, or a one-line type, var
   * or const declaration with a comment right above a function. `sigEnd` is the end of its code, `open` the comment's start.
   */
  closing?: boolean;
  /** A comment after the body on the same line: the padding between body and comment is aligned too. */
  comment?: { bodyEnd: number; start: number; bodyWidth: number };
}

/** A line that can only begin a run (OneLineDecl.closing): its code ends at `codeEnd`, its comment starts at `comment`. */
function closingLine(row: number, lineStart: number, codeEnd: number, comment: number): OneLineDecl {
  return { row, lineStart, sigEnd: codeEnd, open: comment, closing: true };
}

export function oneLineDecls(tree: Tree): OneLineDecl[] {
  const out: OneLineDecl[] = [];
  const trailingComment = (d: SyntaxNode) => {
    const c = d.nextSibling;
    return c?.type === 'comment' &&
      c.startPosition.row === d.endPosition.row &&
      c.endPosition.row === d.endPosition.row &&
      c.text.startsWith('//')
      ? c
      : undefined;
  };
  for (const d of tree.rootNode.namedChildren) {
    // A one-line declaration with a comment right above a function: tabwriter puts its comment in the column of the
    // bodies of the one-line functions below it, or one blank after it when the function below is not one line.
    //   type list []T        // the terms          type list []T // the terms
    //   func (l list) Len() int { return len(l) }   →   func (l list) Len() int {   (opened by the rewrite)
    if (
      ['type_declaration', 'var_declaration', 'const_declaration'].includes(d.type) &&
      d.startPosition.row === d.endPosition.row
    ) {
      const comment = trailingComment(d);
      const below = comment?.nextSibling;
      const above = d.previousSibling;
      // A line above with a comment of its own shares the column: left as it is.
      const sharedAbove =
        above &&
        above.endPosition.row === d.startPosition.row - 1 &&
        (above.type === 'comment'
          ? above.previousSibling?.endPosition.row === above.startPosition.row
          : !!trailingComment(above));
      if (
        comment &&
        below &&
        ['function_declaration', 'method_declaration'].includes(below.type) &&
        below.startPosition.row === d.endPosition.row + 1 &&
        !sharedAbove
      )
        out.push(
          closingLine(d.startPosition.row, d.startIndex - d.startPosition.column, d.endIndex, comment.startIndex),
        );
      continue;
    }
    if (d.type !== 'function_declaration' && d.type !== 'method_declaration') continue;
    const body = d.childForFieldName('body');
    const before = body?.previousSibling;
    const after = d.nextSibling;
    // The `}` of a longer function with a comment after it: tabwriter puts it in the column of the signatures
    // of the one-line functions right below, so its comment starts where their bodies do.
    if (
      body &&
      d.startPosition.row !== d.endPosition.row &&
      after?.type === 'comment' &&
      after.startPosition.row === d.endPosition.row &&
      after.endPosition.row === d.endPosition.row
    ) {
      out.push(closingLine(d.endPosition.row, d.endIndex - d.endPosition.column, d.endIndex, after.startIndex));
      continue;
    }
    if (!body || !before || d.startPosition.row !== d.endPosition.row) continue;
    const next = d.nextSibling;
    const comment =
      next?.type === 'comment' &&
      next.startPosition.row === d.endPosition.row &&
      next.endPosition.row === d.endPosition.row &&
      next.nextSibling?.startPosition.row !== d.endPosition.row
        ? { bodyEnd: body.endIndex, start: next.startIndex, bodyWidth: [...body.text].length }
        : undefined;
    out.push({
      row: d.startPosition.row,
      lineStart: d.startIndex - d.startPosition.column,
      sigEnd: before.endIndex,
      open: body.startIndex,
      ...(comment ? { comment } : {}),
    });
  }
  return out;
}
