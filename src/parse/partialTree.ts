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

/** The part of a native syntax node the call lookup reads. */
export interface NativeNode {
  readonly type: string;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly parent: NativeNode | null;
  descendantForIndex(index: number): NativeNode;
}

/**
 * The ranges of the calls whose argument lists open at `opens`, as `[start, end]` pairs: the node that starts at the
 * `(` and holds it is the argument list, and its parent the call (for anything else, the `(` alone).
 */
export function callRanges(root: NativeNode, opens: readonly number[]): number[] {
  const out: number[] = [];
  for (const open of opens) {
    let list: NativeNode | null = root.descendantForIndex(open);
    while (list && list.startIndex === open && list.type !== 'argument_list') list = list.parent;
    const call = list?.type === 'argument_list' && list.startIndex === open ? list.parent : null;
    if (call) out.push(call.startIndex, call.endIndex);
    else out.push(open, open);
  }
  return out;
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

/** Whether `[start, end]` overlaps (or touches) one of the merged `ranges`: binary search for the first range ending at or after `start`. */
function overlapsRange(ranges: readonly number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[2 * mid + 1] < start) lo = mid + 1;
    else hi = mid;
  }
  return 2 * lo < ranges.length && ranges[2 * lo] <= end;
}

/** The walk's arrays, reused from file to file (a tree's own arrays are copied out at its size). */
let scratch: ArrayBuffer | undefined;

/**
 * Walks a native tree with a cursor into a compact tree of the nodes kept for `ranges` (merged, see mergedRanges):
 * treeData's walk, descending only into the root, nodes that overlap a range and the children of those. `count` is
 * the whole tree's node count (an upper bound); the result's count is the nodes kept.
 */
export function partialTreeData(
  cursor: NativeCursor,
  text: string,
  language: LanguageNames,
  hasErrors: boolean,
  count: number,
  ranges: readonly number[],
  peek: readonly string[],
  place: TreePlace = ownBuffer,
): TreeData {
  const { types, fields, withFields } = language;
  const peeks = new Set<number>();
  types.forEach((t, id) => t !== null && peek.includes(t) && peeks.add(id));
  if (!scratch || scratch.byteLength < count * NODE_BYTES)
    scratch = new ArrayBuffer(Math.ceil(count * 1.25) * NODE_BYTES);
  const { kind, field, flags, start, end, parent, next } = treeArrays(count, { buffer: scratch, offset: 0 });
  let n = 0;
  // Open nodes, innermost last, the last child seen of each, and whether each overlaps a range (the children of its
  // children of a `peek` type are kept then).
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
      descends = overlaps || depth === 1 || (overlapping[depth - 1] && peeks.has(k));
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
  function finish(): TreeData {
    const kept = treeArrays(n, place(n * NODE_BYTES));
    kept.kind.set(kind.subarray(0, n));
    kept.field.set(field.subarray(0, n));
    kept.flags.set(flags.subarray(0, n));
    kept.start.set(start.subarray(0, n));
    kept.end.set(end.subarray(0, n));
    kept.parent.set(parent.subarray(0, n));
    kept.next.set(next.subarray(0, n));
    return { text, count: n, ...kept, types: types as string[], fields };
  }
}
