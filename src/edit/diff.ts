// Git-style unified diffs of two texts, from a linear-space Myers line diff (as golang/tools internal/diff).

/**
 * Returns a unified diff that `git apply` accepts, turning `before` into `after` for the
 * module-relative `file`, or '' when the texts are equal.
 *
 * Lines keep their terminators, so a CRLF file diffs and round-trips with its '\r's intact, and a
 * last line without '\n' is followed by git's `\ No newline at end of file` marker. The diff
 * describes a modification of an existing file (an empty `before` means an empty file, not a new
 * one). With context 0 the hunks have no context lines and `git apply` needs --unidiff-zero.
 */
export function unifiedDiff(file: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  if (!Number.isInteger(context) || context < 0) throw new Error(`invalid diff context ${context}`);
  const a = splitLines(before);
  const b = splitLines(after);
  const changes = lineChanges(a, b);
  const out: string[] = [
    `diff --git ${quotedPath('a/' + file)} ${quotedPath('b/' + file)}\n`,
    `--- ${quotedPath('a/' + file)}\n`,
    `+++ ${quotedPath('b/' + file)}\n`,
  ];
  for (const hunk of hunkGroups(changes, context)) writeHunk(out, a, b, hunk, context);
  return out.join('');
}

/** A replacement of lines a[a0, a1) by b[b0, b1); one side may be empty. */
export interface LineChange {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

/** Returns the lines of text, each with its terminator ('\n' or '\r\n'); the last may have none. */
export function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl + 1;
    lines.push(text.slice(start, end));
    start = end;
  }
  return lines;
}

/**
 * Returns the changes, in order and non-touching, of a minimal (or, past a cost bound, near-minimal)
 * line edit script from a to b.
 */
export function lineChanges(a: readonly string[], b: readonly string[]): LineChange[] {
  const { ax, bx, count } = lineIds(a, b);
  // Lines that occur in only one file can never be matched, so, like GNU diff's
  // discard_confusing_lines, drop them before the search: the LCS is unchanged, and files that
  // share few lines (rewrites, generated code) become small problems instead of expensive ones.
  const ai = matchableIndices(ax, bx, count);
  const bi = matchableIndices(bx, ax, count);
  const changes: LineChange[] = [];
  let prevA = 0;
  let prevB = 0;
  const pairs = matchedPairs(idsAt(ax, ai), idsAt(bx, bi));
  for (let p = 0; p < pairs.length; p += 2) {
    const a0 = ai[pairs[p]];
    const b0 = bi[pairs[p + 1]];
    if (a0 > prevA || b0 > prevB) pushChange(changes, { a0: prevA, a1: a0, b0: prevB, b1: b0 });
    prevA = a0 + 1;
    prevB = b0 + 1;
  }
  if (prevA < a.length || prevB < b.length) pushChange(changes, { a0: prevA, a1: a.length, b0: prevB, b1: b.length });
  return changes;
}

/**
 * Returns the index pairs of a longest (or, past the cost bound, long) common subsequence, increasing,
 * flattened as i0, j0, i1, j1, … to spare the garbage collector on large files.
 */
function matchedPairs(ax: Int32Array, bx: Int32Array): number[] {
  const pairs: number[] = [];
  // An explicit stack instead of recursion: the cost bound can split a large, very different input
  // into many pieces, and each piece is processed left to right so pairs come out in order.
  const stack: Array<[number, number, number, number]> = [[0, ax.length, 0, bx.length]];
  while (stack.length > 0) {
    let [a0, a1, b0, b1] = stack.pop()!;
    while (a0 < a1 && b0 < b1 && ax[a0] === bx[b0]) pairs.push(a0++, b0++);
    let suffix = 0;
    while (a0 < a1 && b0 < b1 && ax[a1 - 1] === bx[b1 - 1]) (a1--, b1--, suffix++);
    if (a0 < a1 && b0 < b1) {
      const split = middleSplit(ax, bx, a0, a1, b0, b1);
      // Guard against a split outside the range or one that would not shrink the problem: leave the
      // range unmatched, which is always a correct (if coarse) answer.
      const progress =
        split !== undefined &&
        a0 <= split.x &&
        split.x <= a1 &&
        b0 <= split.y &&
        split.y <= b1 &&
        split.x + split.y > a0 + b0 &&
        split.x + split.y < a1 + b1;
      if (progress) {
        // The suffix must come after both halves: keep it on the stack as an empty range.
        if (suffix > 0) stack.push([a1, a1 + suffix, b1, b1 + suffix]);
        stack.push([split.x, a1, split.y, b1], [a0, split.x, b0, split.y]);
        continue;
      }
    }
    for (let k = 0; k < suffix; k++) pairs.push(a1 + k, b1 + k);
  }
  return pairs;
}

/** Returns the indices of xs whose line also occurs in ys; ids are below count. */
function matchableIndices(xs: Int32Array, ys: Int32Array, count: number): Int32Array {
  const present = new Uint8Array(count);
  for (const id of ys) present[id] = 1;
  const out: number[] = [];
  for (let i = 0; i < xs.length; i++) if (present[xs[i]]) out.push(i);
  return Int32Array.from(out);
}

function idsAt(ids: Int32Array, indices: Int32Array): Int32Array {
  return indices.map((i) => ids[i]);
}

/**
 * Past this many rounds (edit distance from either end) the middle-snake search stops looking for
 * the optimal split and takes the furthest point it has reached, as GNU diff's "too expensive"
 * heuristic does. This bounds the work on unrelated files to about (N+M)·maxRounds comparisons
 * while leaving diffs with a few thousand changed lines exact.
 */
const maxRounds = 1024;

/**
 * Returns a point (x, y) on an optimal edit path through a[a0,a1) × b[b0,b1), found by the
 * linear-space bidirectional search of Myers (1986) §4b, in the form used by diff-match-patch's
 * bisect; past maxRounds, the furthest point the forward search reached. Both ranges are non-empty
 * and differ at both ends. Returns undefined if no split exists.
 */
function middleSplit(
  ax: Int32Array,
  bx: Int32Array,
  a0: number,
  a1: number,
  b0: number,
  b1: number,
): { x: number; y: number } | undefined {
  const n = a1 - a0;
  const m = b1 - b0;
  const maxD = Math.ceil((n + m) / 2);
  const offset = maxD;
  const size = 2 * maxD + 2;
  // vf[k] / vb[k]: furthest x reached on diagonal k = x - y from the front / from the back.
  const vf = new Int32Array(size).fill(-1);
  const vb = new Int32Array(size).fill(-1);
  vf[offset + 1] = 0;
  vb[offset + 1] = 0;
  const delta = n - m;
  const front = (delta & 1) !== 0;
  // Diagonals that have run off the grid are skipped from then on.
  let kfStart = 0;
  let kfEnd = 0;
  let kbStart = 0;
  let kbEnd = 0;
  let bestX = 0;
  let bestY = 0;
  for (let d = 0; d < maxD; d++) {
    if (d > maxRounds) {
      return bestX + bestY > 0 ? { x: a0 + bestX, y: b0 + bestY } : undefined;
    }
    for (let k = -d + kfStart; k <= d - kfEnd; k += 2) {
      const i = offset + k;
      let x = k === -d || (k !== d && vf[i - 1] < vf[i + 1]) ? vf[i + 1] : vf[i - 1] + 1;
      let y = x - k;
      while (x < n && y < m && ax[a0 + x] === bx[b0 + y]) (x++, y++);
      vf[i] = x;
      if (x > n) kfEnd += 2;
      else if (y > m) kfStart += 2;
      else {
        if (x + y > bestX + bestY) ((bestX = x), (bestY = y));
        if (front) {
          const j = offset + delta - k;
          if (j >= 0 && j < size && vb[j] !== -1 && x >= n - vb[j]) return { x: a0 + x, y: b0 + y };
        }
      }
    }
    for (let k = -d + kbStart; k <= d - kbEnd; k += 2) {
      const i = offset + k;
      let x = k === -d || (k !== d && vb[i - 1] < vb[i + 1]) ? vb[i + 1] : vb[i - 1] + 1;
      let y = x - k;
      while (x < n && y < m && ax[a1 - 1 - x] === bx[b1 - 1 - y]) (x++, y++);
      vb[i] = x;
      if (x > n) kbEnd += 2;
      else if (y > m) kbStart += 2;
      else if (!front) {
        const j = offset + delta - k;
        if (j >= 0 && j < size && vf[j] !== -1) {
          const fx = vf[j];
          const fy = fx - (j - offset);
          if (fx >= n - x) return { x: a0 + fx, y: b0 + fy };
        }
      }
    }
  }
  return undefined;
}

/** Returns the lines of a and b as integers below count, equal exactly when the lines are equal. */
function lineIds(a: readonly string[], b: readonly string[]): { ax: Int32Array; bx: Int32Array; count: number } {
  const ids = new Map<string, number>();
  const idsOf = (lines: readonly string[]): Int32Array => {
    const out = new Int32Array(lines.length);
    for (let i = 0; i < lines.length; i++) {
      let id = ids.get(lines[i]);
      if (id === undefined) ids.set(lines[i], (id = ids.size));
      out[i] = id;
    }
    return out;
  };
  const ax = idsOf(a);
  const bx = idsOf(b);
  return { ax, bx, count: ids.size };
}

/** Appends c, merging it into the previous change when they touch, so hunks see maximal changes. */
function pushChange(changes: LineChange[], c: LineChange): void {
  const last = changes[changes.length - 1];
  if (last !== undefined && last.a1 === c.a0 && last.b1 === c.b0) {
    last.a1 = c.a1;
    last.b1 = c.b1;
  } else {
    changes.push({ ...c });
  }
}

/** Returns the changes grouped into hunks: changes closer than 2·context unchanged lines share one. */
function hunkGroups(changes: readonly LineChange[], context: number): LineChange[][] {
  const groups: LineChange[][] = [];
  for (const c of changes) {
    const group = groups[groups.length - 1];
    if (group !== undefined && c.a0 - group[group.length - 1].a1 <= 2 * context) group.push(c);
    else groups.push([c]);
  }
  return groups;
}

function writeHunk(
  out: string[],
  a: readonly string[],
  b: readonly string[],
  group: LineChange[],
  context: number,
): void {
  const first = group[0];
  const last = group[group.length - 1];
  const aStart = Math.max(0, first.a0 - context);
  const aEnd = Math.min(a.length, last.a1 + context);
  const bStart = first.b0 - (first.a0 - aStart);
  const bEnd = last.b1 + (aEnd - last.a1);
  out.push(`@@ -${hunkRange(aStart, aEnd - aStart)} +${hunkRange(bStart, bEnd - bStart)} @@\n`);
  let pos = aStart;
  for (const c of group) {
    for (let i = pos; i < c.a0; i++) pushLine(out, ' ', a[i]);
    for (let i = c.a0; i < c.a1; i++) pushLine(out, '-', a[i]);
    for (let i = c.b0; i < c.b1; i++) pushLine(out, '+', b[i]);
    pos = c.a1;
  }
  for (let i = pos; i < aEnd; i++) pushLine(out, ' ', a[i]);
}

/** Returns a hunk header range: 1-based start, or for an empty range the line it follows (GNU rule). */
function hunkRange(start0: number, count: number): string {
  if (count === 0) return `${start0},0`;
  return count === 1 ? `${start0 + 1}` : `${start0 + 1},${count}`;
}

function pushLine(out: string[], prefix: string, line: string): void {
  if (line.endsWith('\n')) out.push(prefix, line);
  else out.push(prefix, line, '\n\\ No newline at end of file\n');
}

/**
 * Returns the path as git writes it in headers: verbatim, or C-quoted with octal UTF-8 bytes when
 * it contains a quote, backslash, control character or non-ASCII character (core.quotePath).
 */
function quotedPath(p: string): string {
  if (!/["\\\x00-\x1f\x7f-\uffff]/.test(p)) return p;
  const named: Record<string, string> = {
    '"': '\\"',
    '\\': '\\\\',
    '\t': '\\t',
    '\n': '\\n',
    '\r': '\\r',
    '\b': '\\b',
    '\f': '\\f',
    '\v': '\\v',
    '\x07': '\\a',
  };
  let s = '"';
  for (const byte of Buffer.from(p, 'utf8')) {
    const ch = String.fromCharCode(byte);
    if (named[ch] !== undefined) s += named[ch];
    else if (byte < 0x20 || byte >= 0x7f) s += '\\' + byte.toString(8).padStart(3, '0');
    else s += ch;
  }
  return s + '"';
}

/**
 * Returns the diff of a file that is created (`before` undefined) or deleted (`after` undefined) as git writes it
 * (`new file mode`, `/dev/null`), so that `git apply` creates or deletes it; otherwise unifiedDiff.
 */
export function fileDiff(file: string, before: string | undefined, after: string | undefined): string {
  if (before !== undefined && after !== undefined) return unifiedDiff(file, before, after);
  const body = unifiedDiff(file, before ?? '', after ?? '');
  if (!body) return '';
  const lines = body.split('\n');
  // lines[0] is `diff --git a/f b/f`, then `--- a/f` and `+++ b/f`.
  if (before === undefined) return [lines[0], 'new file mode 100644', '--- /dev/null', ...lines.slice(2)].join('\n');
  return [lines[0], 'deleted file mode 100644', lines[1], '+++ /dev/null', ...lines.slice(3)].join('\n');
}
