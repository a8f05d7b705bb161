// A compact tree of the parts of a parse that a reader of a few places of the text needs (the gofmt layout step reads
// the regions around a rewrite's edits): one cursor walk that keeps a node's children only near those places, instead
// of every node of the file.
//
// What is kept, for sorted offset ranges: the root, its children and theirs; every child of a node that overlaps a
// range (so the nodes enclosing a range, their siblings, and all nodes inside it); and the children of such a child
// when its type is one the reader asks to `peek` into (a reader at a place looks at some of its ancestors' other
// children's children: a call's argument count from one of its operands, the key of each element of a keyed literal).
// Below that a node is kept without its children. Each kept node has its real type, field, offsets, parent and
// siblings, in preorder, so node views read it as they read a full tree: a descendantForIndex of an offset inside a
// range finds the same node, and walks up or across siblings meet the same nodes. What is not exact: a node's error
// flag says only whether it or a kept node below it is an error (the syntax errors of the text come from the native
// tree, as for a full walk).
import {
  ERROR_KIND,
  HAS_ERROR,
  LanguageNames,
  MISSING,
  NAMED,
  NativeCursor,
  NODE_BYTES,
  ownBuffer,
  treeArrays,
  TreeData,
  TreePlace,
} from './compactTree';

/** Named-ness of each node type id, filled as the partial walks meet them (the language's, the same for every tree). */
const namedByKind: (boolean | undefined)[] = [];

/**
 * The places a partial tree is made for: offset ranges (`[start, end]`, both included, as a flat list of pairs in any
 * order), the offsets of `(`s whose whole call is kept (the call's start is known only from the parse), and the node
 * types whose children are kept when their parent overlaps a range.
 */
export interface Around {
  ranges: number[];
  calls: number[];
  peek: string[];
}

/** Pairs sorted by start and merged where they overlap or touch: disjoint, in order (ends ascending too). */
export function mergedRanges(pairs: readonly number[]): number[] {
  const order: [number, number][] = [];
  for (let k = 0; k + 1 < pairs.length; k += 2) order.push([pairs[k], pairs[k + 1]]);
  order.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [s, e] of order) {
    const last = out.length - 1;
    if (last > 0 && s <= out[last] + 1) out[last] = Math.max(out[last], e);
    else out.push(s, e);
  }
  return out;
}

/** The index of the first of the merged `ranges` that ends at or after `start` (their count if none does): a binary search. */
function firstRangeEndingFrom(ranges: readonly number[], start: number): number {
  let lo = 0;
  let hi = ranges.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[2 * mid + 1] < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `[start, end]` overlaps (or touches) one of the merged `ranges`. */
function overlapsRange(ranges: readonly number[], start: number, end: number): boolean {
  const k = firstRangeEndingFrom(ranges, start);
  return 2 * k < ranges.length && ranges[2 * k] <= end;
}

/** Whether `[start, end)` lies inside one of the merged `ranges` (whose ends are included). */
function insideRange(ranges: readonly number[], start: number, end: number): boolean {
  const k = firstRangeEndingFrom(ranges, start);
  return 2 * k < ranges.length && ranges[2 * k] <= start && end - 1 <= ranges[2 * k + 1];
}

/** The walk's arrays, reused from file to file (a tree's own arrays are copied out at its size). */
let scratch: ArrayBuffer | undefined;

/**
 * A partial walk's result: the tree, or, when the callee of a call in `Around.calls` was not inside the ranges, the
 * ranges of those calls, to walk again with.
 */
export type PartialWalk = { data: TreeData; wider?: undefined } | { data?: undefined; wider: number[] };

/** The ids of the node types named in `names` (a name can have several ids). */
function typeIds(types: readonly (string | null)[], names: readonly string[]): Set<number> {
  const ids = new Set<number>();
  types.forEach((t, id) => t !== null && names.includes(t) && ids.add(id));
  return ids;
}

/**
 * Walks a native tree with a cursor into a compact tree of the nodes kept for `ranges` (merged, see mergedRanges, and
 * holding each offset of `around.calls`): treeData's walk, descending only into the root and its children, nodes that
 * overlap a range, the children of those of a type in `around.peek`, and the whole argument list opening at each
 * offset of `around.calls`. `count` is the whole tree's node count (an upper bound); the result's count is the nodes
 * kept.
 */
export function partialTreeData(
  cursor: NativeCursor,
  text: string,
  language: LanguageNames,
  hasErrors: boolean,
  count: number,
  ranges: readonly number[],
  around: Around,
  place: TreePlace = ownBuffer,
): PartialWalk {
  const { types, fields, withFields } = language;
  const peeks = typeIds(types, around.peek);
  const lists = typeIds(types, ['argument_list']);
  const calls = typeIds(types, ['call_expression']);
  const opens = new Set(around.calls);
  const functionField = fields.indexOf('function');
  const wider: number[] = [];
  if (!scratch || scratch.byteLength < count * NODE_BYTES)
    scratch = new ArrayBuffer(Math.ceil(count * 1.25) * NODE_BYTES);
  const { kind, field, flags, start, end, parent, next } = treeArrays(count, { buffer: scratch, offset: 0 });
  let n = 0;
  // The depth of the argument list being kept whole (-1: none): every node below it is descended into.
  let whole = -1;
  /** An argument list of `around.calls`: kept whole, and its callee checked (walked before it) to be inside a range. */
  const wholeList = (i: number, depth: number) => {
    whole = depth;
    const p = parent[i];
    if (p < 0 || !calls.has(kind[p])) return;
    for (let c = p + 1; c >= 0 && c < i; c = next[c])
      if (field[c] === functionField && !insideRange(ranges, start[c], end[c])) wider.push(start[p], end[p]);
  };
  const stack: number[] = [];
  const lastChild: number[] = [];
  const overlapping: boolean[] = [];
  // Of the node added last: whether it overlaps a range, and whether its children are kept.
  let overlaps = true;
  let descends = true;
  const add = () => {
    if (n === count) throw new Error(`the tree has more nodes than its count (${count})`);
    const i = n++;
    const k = cursor.nodeTypeId;
    kind[i] = k;
    if (types[k] == null) types[k] = cursor.nodeType;
    namedByKind[k] ??= cursor.nodeIsNamed;
    let fl = namedByKind[k] ? NAMED : 0;
    if (hasErrors) {
      if (cursor.nodeIsMissing) fl |= MISSING | HAS_ERROR;
      if (k === ERROR_KIND) fl |= HAS_ERROR;
    }
    flags[i] = fl;
    next[i] = -1;
    const s = (start[i] = cursor.startIndex);
    const e = (end[i] = cursor.endIndex);
    const depth = stack.length;
    if (depth) {
      const p = stack[depth - 1];
      parent[i] = p;
      field[i] = withFields[kind[p]] ? (cursor.currentFieldId ?? 0) : 0;
      const prev = lastChild[depth - 1];
      if (prev >= 0) next[prev] = i;
      lastChild[depth - 1] = i;
      overlaps = overlapsRange(ranges, s, e);
      if (depth <= whole) whole = -1;
      descends = overlaps || depth === 1 || whole >= 0 || (overlapping[depth - 1] && peeks.has(k));
      if (whole < 0 && opens.has(s) && lists.has(k)) wholeList(i, depth);
    } else {
      parent[i] = -1;
      overlaps = descends = true;
    }
    return i;
  };
  let at = add();
  for (;;) {
    if (descends && cursor.gotoFirstChild()) {
      stack.push(at);
      lastChild.push(-1);
      overlapping.push(overlaps);
      at = add();
      continue;
    }
    for (;;) {
      if (!stack.length) return finish();
      if (cursor.gotoNextSibling()) {
        at = add();
        break;
      }
      cursor.gotoParent();
      lastChild.pop();
      overlapping.pop();
      at = stack.pop()!;
      if (hasErrors) for (let c = at + 1; c >= 0; c = next[c]) if (flags[c] & HAS_ERROR) flags[at] |= HAS_ERROR;
    }
  }
  function finish(): PartialWalk {
    if (wider.length) return { wider };
    const kept = treeArrays(n, place(n * NODE_BYTES));
    kept.kind.set(kind.subarray(0, n));
    kept.field.set(field.subarray(0, n));
    kept.flags.set(flags.subarray(0, n));
    kept.start.set(start.subarray(0, n));
    kept.end.set(end.subarray(0, n));
    kept.parent.set(parent.subarray(0, n));
    kept.next.set(next.subarray(0, n));
    return { data: { text, count: n, ...kept, types: types as string[], fields } };
  }
}
