// A syntax tree as plain typed arrays (one cursor walk of tree-sitter's tree), and light node views over them with the
// subset of tree-sitter's SyntaxNode interface the symbols phase reads.
//
// Why: every tree-sitter node object costs a native call, a JS wrapper, a weak handle and a finalizer; the symbols
// phase asked for millions of them (x/tools: node objects were 38% of the profile and kept RSS growing). A cursor walk
// reads each node once, and the arrays are plain data: they outlive the native tree (freed right after the walk),
// and they can be handed between worker threads without copying.
import { ASK_CURSOR, GrammarShapes } from './grammarShapes';

/** The arrays of one file's tree, in preorder (node 0 is the root): plain data, transferable between threads. */
export interface TreeData {
  /** The text the tree was parsed from (a leading byte-order mark as a space, as the parser saw it). */
  text: string;
  count: number;
  /** Node type ids, as the language numbers them; `types` names them. */
  kind: Uint16Array;
  /** Field id under its parent (0: none); `fields` names them (tree-sitter-go has fewer than 256). */
  field: Uint8Array;
  /** Bit 0: named; bit 1: missing (inserted by error recovery); bit 2: holds an error. */
  flags: Uint8Array;
  /** UTF-16 offsets into `text`. */
  start: Int32Array;
  end: Int32Array;
  parent: Int32Array;
  /** Next sibling, -1 for the last child. */
  next: Int32Array;
  types: readonly string[];
  fields: readonly (string | null)[];
}

const NAMED = 1;
const MISSING = 2;
const HAS_ERROR = 4;
/** tree-sitter's ts_builtin_sym_error, (TSSymbol)-1. */
const ERROR_KIND = 0xffff;

/** The part of tree-sitter's TreeCursor the walk reads. */
export interface NativeCursor {
  readonly nodeTypeId: number;
  readonly nodeType: string;
  readonly nodeIsNamed: boolean;
  readonly nodeIsMissing: boolean;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly currentFieldId: number | undefined;
  gotoFirstChild(): boolean;
  gotoNextSibling(): boolean;
  gotoParent(): boolean;
}

/** The language's tables the walk needs, by id. */
export interface LanguageNames {
  /** Node type names (those the table leaves out, anonymous ones, are filled in as the walks meet them). */
  types: (string | null)[];
  fields: readonly (string | null)[];
  /** Whether a node type has fields at all (node-types.json): only its children have a field to read. */
  withFields: readonly boolean[];
  /** The fields the grammar gives each child type under each parent type. */
  shapes: GrammarShapes;
}

/**
 * Walks a native tree once with a cursor into arrays; `hasErrors` says whether the tree holds errors at all (only then
 * are missing nodes and error flags read). `count` is the tree's node count (tree-sitter's descendantCount of the
 * root): the arrays are made at that size, as views of one buffer, so that a tree is one allocation, handed between
 * threads as one transfer.
 */
export function treeData(
  cursor: NativeCursor,
  text: string,
  language: LanguageNames,
  hasErrors: boolean,
  count: number,
  place: TreePlace = ownBuffer,
): TreeData {
  const { types, fields, withFields } = language;
  const { kind, field, flags, start, end, parent, next } = treeArrays(count, place(count * NODE_BYTES));
  const known = kindTables(language);
  const { named, width, fieldByKinds } = known;
  // Kinds at or past this one (the error kind) never occur in a tree without errors.
  const kinds = withFields.length;
  let n = 0;
  // Open nodes, innermost last, and the last child seen of each: to link siblings and close subtrees.
  const stack: number[] = [];
  const lastChild: number[] = [];
  // Per node, the cursor is asked only what the arrays and the grammar cannot tell: a node with children starts where
  // its first child starts (its end can lie past its last visible child: a hidden `\n` terminator); an anonymous node
  // is a string token of the grammar (tree-sitter-go aliases nothing to an anonymous name), so it has no children and,
  // unless it is missing, is as wide as its name; and a child reads its field only where the grammar allows it more
  // than one (see GrammarShapes). Each read is a native call, and they are most of this walk's time.
  const fieldOf = (p: number, k: number): number => {
    if (hasErrors || k >= kinds) return cursor.currentFieldId ?? 0;
    const slot = p * kinds + k;
    let f = fieldByKinds[slot];
    if (f === UNKNOWN_FIELD) f = fieldByKinds[slot] = known.fieldOf(types[p]!, types[k]!, named[k] === NAMED_KIND);
    return f === ASK_CURSOR ? (cursor.currentFieldId ?? 0) : f;
  };
  const add = () => {
    if (n === count) throw new Error(`the tree has more nodes than its count (${count})`);
    const i = n++;
    const k = cursor.nodeTypeId;
    kind[i] = k;
    if (!named[k]) learnKind(known, types, k, cursor);
    let fl = named[k] === NAMED_KIND ? NAMED : 0;
    if (hasErrors) {
      if (cursor.nodeIsMissing) fl |= MISSING | HAS_ERROR;
      if (k === ERROR_KIND) fl |= HAS_ERROR;
    }
    flags[i] = fl;
    next[i] = -1;
    const depth = stack.length;
    if (depth) {
      const p = stack[depth - 1];
      parent[i] = p;
      field[i] = withFields[kind[p]] ? fieldOf(kind[p], k) : 0;
      const prev = lastChild[depth - 1];
      if (prev >= 0) next[prev] = i;
      lastChild[depth - 1] = i;
    } else parent[i] = -1;
    return i;
  };
  let at = add();
  for (;;) {
    const k = kind[at];
    if (named[k] === NAMED_KIND && cursor.gotoFirstChild()) {
      stack.push(at);
      lastChild.push(-1);
      at = add();
      continue;
    }
    const from = (start[at] = cursor.startIndex);
    end[at] = hasErrors || width[k] < 0 ? cursor.endIndex : from + width[k];
    for (;;) {
      if (!stack.length) return finish();
      if (cursor.gotoNextSibling()) {
        at = add();
        break;
      }
      cursor.gotoParent();
      lastChild.pop();
      at = stack.pop()!;
      start[at] = start[at + 1];
      end[at] = cursor.endIndex;
      if (hasErrors) for (let c = at + 1; c >= 0; c = next[c]) if (flags[c] & HAS_ERROR) flags[at] |= HAS_ERROR;
    }
  }
  function finish(): TreeData {
    if (n !== count) throw new Error(`the tree has ${n} nodes, not its count (${count})`);
    return { text, count, kind, field, flags, start, end, parent, next, types: types as string[], fields };
  }
}

/** namedByKind's values: not met yet, anonymous, named. */
const NAMED_KIND = 2;
const ANONYMOUS_KIND = 1;
/** fieldByKinds' value for a pair of kinds not met yet. */
const UNKNOWN_FIELD = -2;

/** What the walks learn of each node type id (the language's, the same for every tree), as they meet them. */
interface KindTables extends GrammarShapes {
  /** 0: not met yet; ANONYMOUS_KIND; NAMED_KIND. */
  named: Uint8Array;
  /** The width of every node of the type (an anonymous one: its name), -1 when it varies. */
  width: Int32Array;
  /** By parent kind × child kind (below the error kind): the child's field, ASK_CURSOR or UNKNOWN_FIELD. */
  fieldByKinds: Int8Array;
}

let kindTablesOf: { language: LanguageNames; tables: KindTables } | undefined;

/** The tables of `language`, made on its first walk. */
function kindTables(language: LanguageNames): KindTables {
  if (kindTablesOf?.language !== language) {
    const kinds = language.withFields.length;
    const tables: KindTables = {
      named: new Uint8Array(ERROR_KIND + 1),
      width: new Int32Array(ERROR_KIND + 1).fill(-1),
      fieldByKinds: new Int8Array(kinds * kinds).fill(UNKNOWN_FIELD),
      fieldOf: language.shapes.fieldOf,
    };
    kindTablesOf = { language, tables };
  }
  return kindTablesOf.tables;
}

/** Records the name, named-ness and width of kind `k`, met for the first time at the cursor. */
function learnKind(tables: KindTables, types: (string | null)[], k: number, cursor: NativeCursor): void {
  if (types[k] == null) types[k] = cursor.nodeType;
  const isNamed = cursor.nodeIsNamed;
  tables.named[k] = isNamed ? NAMED_KIND : ANONYMOUS_KIND;
  if (!isNamed) tables.width[k] = types[k]!.length;
}

/** Bytes per node: four Int32 arrays, one Uint16 array, two Uint8 arrays. */
const NODE_BYTES = 4 * 4 + 2 + 2;

/** Where a tree's arrays go: a buffer, and the offset in it where they start (a multiple of 4). */
export interface TreeSpace {
  buffer: ArrayBuffer;
  offset: number;
}

/** Finds room for a tree of `bytes` bytes. */
export type TreePlace = (bytes: number) => TreeSpace;

/** A buffer of the tree's own. */
const ownBuffer: TreePlace = (bytes) => ({ buffer: new ArrayBuffer(bytes), offset: 0 });

/**
 * The arrays of a tree of `count` nodes, views of one buffer from `offset` on (the wider ones first, so each view is
 * aligned; NODE_BYTES is a multiple of 4, so the next tree's offset is too).
 */
function treeArrays(count: number, { buffer, offset }: TreeSpace) {
  const int32 = (k: number) => new Int32Array(buffer, offset + k * 4 * count, count);
  return {
    start: int32(0),
    end: int32(1),
    parent: int32(2),
    next: int32(3),
    kind: new Uint16Array(buffer, offset + 16 * count, count),
    field: new Uint8Array(buffer, offset + 18 * count, count),
    flags: new Uint8Array(buffer, offset + 19 * count, count),
  };
}

/** The arrays of a tree another thread wrote at `offset` of a slab (see TreeSlabs), without the text and names. */
export function slabTreeArrays(count: number, space: TreeSpace): Pick<TreeData, TreeArrayKey> {
  return treeArrays(count, space);
}

/** The typed arrays of TreeData. */
export type TreeArrayKey = 'kind' | 'field' | 'flags' | 'start' | 'end' | 'parent' | 'next';

/**
 * More than glibc's largest heap of a thread's malloc arena (64 MB): a buffer this large is always its own mapping,
 * unmapped when it is freed.
 */
const SLAB_BYTES = 65 << 20;

/** Where a tree of a slab lies: the slab's number (as its thread counts them) and the offset in it. */
export interface SlabPlace {
  slab: number;
  offset: number;
}

/**
 * The trees of a batch, written one after the other into a few large buffers (slabs) that are handed over whole.
 *
 * Why: a buffer of one tree's size comes from the malloc arena of the thread that makes it, and a worker's arena keeps
 * the memory of trees freed later on another thread (glibc gives back only the top of an arena, and a worker's
 * parser keeps allocating above the trees): on Go's std+cmd, 400 MB of trees stayed resident from the parse phase to
 * the end of the run, though every tree was freed after the call graph. A slab is its own mapping, unmapped when the
 * last tree in it is released, and only its written pages are resident.
 */
export class TreeSlabs {
  private current: ArrayBuffer | undefined;
  private used = 0;
  private count = 0;
  private full: [number, ArrayBuffer][] = [];
  /** Where the tree placed last lies. */
  last: SlabPlace = { slab: -1, offset: 0 };

  constructor(private readonly slabBytes = SLAB_BYTES) {}

  readonly place: TreePlace = (bytes) => {
    if (!this.current || this.used + bytes > this.current.byteLength) {
      if (this.current) this.full.push([this.count - 1, this.current]);
      // A tree larger than a slab gets a slab of its size (a mapping of its own too, being larger than 64 MB).
      this.current = new ArrayBuffer(Math.max(bytes, this.slabBytes));
      this.count++;
      this.used = 0;
    }
    this.last = { slab: this.count - 1, offset: this.used };
    this.used += bytes;
    return { buffer: this.current, offset: this.last.offset };
  };

  /** The slabs written since the last call, by number; the next tree starts a new slab. */
  take(): [number, ArrayBuffer][] {
    const out = this.full;
    if (this.current) out.push([this.count - 1, this.current]);
    this.full = [];
    this.current = undefined;
    return out;
  }
}

/** Trees in one slab: the slab is freed when the last of them is released. */
export interface SlabShare {
  live: number;
  /**
   * Frees the slab; by default it is detached here. A detached buffer is freed only when its clone is collected, and
   * V8 sweeps array buffers concurrently and late: a synchronous run may never get there (the thread that made the
   * slab, idle in its event loop, does).
   */
  free?: (slab: ArrayBuffer) => void;
}

/** A position as tree-sitter gives it: zero-based row, column in UTF-16 code units. */
export interface Point {
  row: number;
  column: number;
}

/**
 * One file's tree: node views made on demand over the arrays. A view is made at each ask and not kept (kept, they
 * held most of the JS heap on Go's std+cmd): compare nodes by `id`, not by identity.
 */
export class CompactTree {
  private lineStarts?: Int32Array;
  private fieldIds?: Map<string, number>;

  private released = false;

  /** `share`: the trees this one shares its buffer with (a slab), the count of those not yet released. */
  constructor(
    readonly data: TreeData,
    private readonly share?: SlabShare,
  ) {}

  get rootNode(): SyntaxNode {
    return this.node(0);
  }

  /**
   * Frees the arrays now; the tree must not be read again. A tree merely dropped waits for a full collection, which V8
   * puts off while the heap grows (on Go's std+cmd, 350 MB of trees outlived the symbols phase by two phases).
   * Transferring the buffer detaches it, and the clone that takes it is young and goes in the next minor collection.
   * A tree in a slab frees the slab with the last of its trees.
   */
  release(): void {
    if (this.released) return;
    this.released = true;
    if (this.share && --this.share.live > 0) return;
    const buffer = this.data.kind.buffer as ArrayBuffer;
    if (!buffer.byteLength) return;
    if (this.share?.free) this.share.free(buffer);
    else structuredClone(buffer, { transfer: [buffer] });
  }

  /** The view of node `i` (-1: null). */
  node(i: number): SyntaxNode {
    return new SyntaxNode(this, i);
  }

  /**
   * The previous sibling of node `i` (-1: none). In preorder the node before `i` is its parent (no previous sibling) or
   * the last node of the previous sibling's subtree, whose ancestors lead up to that sibling.
   */
  previousOf(i: number): number {
    const { parent } = this.data;
    const p = parent[i];
    if (p < 0 || i - 1 === p) return -1;
    let x = i - 1;
    while (parent[x] !== p) x = parent[x];
    return x;
  }

  /** The first child of node `i` (-1: none): the next node in preorder, when `i` is its parent. */
  firstChildOf(i: number): number {
    const d = this.data;
    return i + 1 < d.count && d.parent[i + 1] === i ? i + 1 : -1;
  }

  /** One past the last node of the subtree of `i` (preorder): the next sibling of `i` or of its nearest ancestor. */
  subtreeEnd(i: number): number {
    const { next, parent } = this.data;
    let x = i;
    while (x >= 0 && next[x] < 0) x = parent[x];
    return x < 0 ? this.data.count : next[x];
  }

  nodeOrNull(i: number): SyntaxNode | null {
    return i < 0 ? null : this.node(i);
  }

  fieldId(name: string): number {
    if (!this.fieldIds) {
      this.fieldIds = new Map();
      this.data.fields.forEach((f, i) => f && this.fieldIds!.set(f, i));
    }
    return this.fieldIds.get(name) ?? -1;
  }

  /** Every id of a type name (a name can have several symbols: an alias and the node it aliases). */
  typeIdsOf(name: string): Set<number> {
    const ids = new Set<number>();
    this.data.types.forEach((t, i) => t === name && ids.add(i));
    return ids;
  }

  point(offset: number): Point {
    if (!this.lineStarts) {
      const text = this.data.text;
      let lines = 1;
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
      const starts = new Int32Array(lines);
      let k = 1;
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
      this.lineStarts = starts;
    }
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { row: lo, column: offset - starts[lo] };
  }
}

/** A node of a CompactTree, read like tree-sitter's SyntaxNode (the members instrgen uses). */
export class SyntaxNode {
  constructor(
    readonly tree: CompactTree,
    /** The node's preorder index: unique in its tree. */
    readonly id: number,
  ) {}

  get type(): string {
    const d = this.tree.data;
    return d.types[d.kind[this.id]];
  }
  get isNamed(): boolean {
    return (this.tree.data.flags[this.id] & NAMED) !== 0;
  }
  get isMissing(): boolean {
    return (this.tree.data.flags[this.id] & MISSING) !== 0;
  }
  get hasError(): boolean {
    return (this.tree.data.flags[this.id] & HAS_ERROR) !== 0;
  }
  get startIndex(): number {
    return this.tree.data.start[this.id];
  }
  get endIndex(): number {
    return this.tree.data.end[this.id];
  }
  get text(): string {
    const d = this.tree.data;
    return d.text.slice(d.start[this.id], d.end[this.id]);
  }
  get startPosition(): Point {
    return this.tree.point(this.tree.data.start[this.id]);
  }
  get endPosition(): Point {
    return this.tree.point(this.tree.data.end[this.id]);
  }
  get parent(): SyntaxNode | null {
    return this.tree.nodeOrNull(this.tree.data.parent[this.id]);
  }
  get nextSibling(): SyntaxNode | null {
    return this.tree.nodeOrNull(this.tree.data.next[this.id]);
  }
  get previousSibling(): SyntaxNode | null {
    return this.tree.nodeOrNull(this.tree.previousOf(this.id));
  }
  /** The index of the first child, -1 when there is none. */
  private firstChildIndex(): number {
    return this.tree.firstChildOf(this.id);
  }
  get children(): SyntaxNode[] {
    const out: SyntaxNode[] = [];
    const d = this.tree.data;
    for (let c = this.firstChildIndex(); c >= 0; c = d.next[c]) out.push(this.tree.node(c));
    return out;
  }
  get namedChildren(): SyntaxNode[] {
    const out: SyntaxNode[] = [];
    const d = this.tree.data;
    for (let c = this.firstChildIndex(); c >= 0; c = d.next[c]) if (d.flags[c] & NAMED) out.push(this.tree.node(c));
    return out;
  }
  get childCount(): number {
    let k = 0;
    const d = this.tree.data;
    for (let c = this.firstChildIndex(); c >= 0; c = d.next[c]) k++;
    return k;
  }
  get namedChildCount(): number {
    let k = 0;
    const d = this.tree.data;
    for (let c = this.firstChildIndex(); c >= 0; c = d.next[c]) if (d.flags[c] & NAMED) k++;
    return k;
  }
  get lastNamedChild(): SyntaxNode | null {
    let last = -1;
    const d = this.tree.data;
    for (let c = this.firstChildIndex(); c >= 0; c = d.next[c]) if (d.flags[c] & NAMED) last = c;
    return this.tree.nodeOrNull(last);
  }
  child(index: number): SyntaxNode | null {
    const d = this.tree.data;
    let k = 0;
    for (let c = this.firstChildIndex(); c >= 0; c = d.next[c]) if (k++ === index) return this.tree.node(c);
    return null;
  }
  namedChild(index: number): SyntaxNode | null {
    const d = this.tree.data;
    let k = 0;
    for (let c = this.firstChildIndex(); c >= 0; c = d.next[c])
      if (d.flags[c] & NAMED && k++ === index) return this.tree.node(c);
    return null;
  }
  childForFieldName(name: string): SyntaxNode | null {
    const f = this.tree.fieldId(name);
    const d = this.tree.data;
    for (let c = this.firstChildIndex(); c >= 0; c = d.next[c]) if (d.field[c] === f) return this.tree.node(c);
    return null;
  }
  childrenForFieldName(name: string): SyntaxNode[] {
    const f = this.tree.fieldId(name);
    const d = this.tree.data;
    const out: SyntaxNode[] = [];
    for (let c = this.firstChildIndex(); c >= 0; c = d.next[c]) if (d.field[c] === f) out.push(this.tree.node(c));
    return out;
  }
  /** This node and its descendants of the given type(s), in source order (tree-sitter's includes the node itself). */
  descendantsOfType(types: string | string[]): SyntaxNode[] {
    const ids = new Set<number>();
    for (const t of typeof types === 'string' ? [types] : types) for (const id of this.tree.typeIdsOf(t)) ids.add(id);
    const d = this.tree.data;
    const out: SyntaxNode[] = [];
    for (let i = this.id, stop = this.tree.subtreeEnd(this.id); i < stop; i++)
      if (ids.has(d.kind[i])) out.push(this.tree.node(i));
    return out;
  }
  /**
   * The smallest node holding `index` (as tree-sitter's descendantForIndex: a child holds it when it starts at or before
   * it and ends after it), anonymous nodes included.
   */
  descendantForIndex(index: number): SyntaxNode {
    const d = this.tree.data;
    let at = this.id;
    for (;;) {
      let down = -1;
      for (let c = this.tree.firstChildOf(at); c >= 0; c = d.next[c]) {
        if (d.end[c] <= index && !(d.start[c] === d.end[c] && d.end[c] === index)) continue;
        if (index < d.start[c]) break;
        down = c;
        break;
      }
      if (down < 0) return this.tree.node(at);
      at = down;
    }
  }
}
