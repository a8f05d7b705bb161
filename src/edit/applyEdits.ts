// Applies planned text edits to file texts: the only place in instrgen where source text changes.
import type { FileEdits, TextEdit } from './edit';

/**
 * Returns text with every edit applied. Offsets in all edits refer to the original text.
 *
 * Edits are sorted stably by start offset so that planners can emit them in any order, with two
 * tie rules that make insertions predictable: several insertions at one offset land in the order
 * given (so "open span" then "defer end" stays in that order), and an insertion at X lands before
 * a replacement that starts at X (the insertion belongs to the text before the replaced range).
 *
 * Overlapping edits, or offsets outside the text, mean a planner is wrong; they throw a plain
 * Error (not an InstrgenError), naming the edits' messages so the faulty planner can be found.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return text;
  for (const e of edits) checkBounds(text, e);
  const sorted = sortedEdits(edits);
  const parts: string[] = [];
  let pos = 0;
  let prev: TextEdit | undefined;
  for (const e of sorted) {
    if (prev !== undefined && prev.end > e.start) {
      throw new Error(
        `overlapping edits: "${prev.message}" [${prev.start},${prev.end}) and "${e.message}" [${e.start},${e.end})`,
      );
    }
    parts.push(text.slice(pos, e.start), e.newText);
    pos = e.end;
    prev = e;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

/**
 * Returns the new texts of the files the plan changes, keyed like `files` (module-relative).
 * Files whose text comes out identical are omitted, so callers write and diff only real changes.
 * Several FileEdits for one file are merged in plan order (insertion order at equal offsets
 * follows that order). A plan naming a file that is not in `files` is a planner bug (plain Error).
 */
export function applyFileEdits(files: ReadonlyMap<string, string>, plan: readonly FileEdits[]): Map<string, string> {
  const editsByFile = new Map<string, TextEdit[]>();
  for (const fe of plan) {
    if (!files.has(fe.file)) {
      throw new Error(`edits for unknown file ${fe.file}: ${fe.edits.map((e) => `"${e.message}"`).join(', ')}`);
    }
    const list = editsByFile.get(fe.file);
    if (list === undefined) editsByFile.set(fe.file, [...fe.edits]);
    else list.push(...fe.edits);
  }
  const changed = new Map<string, string>();
  for (const [file, edits] of editsByFile) {
    const before = files.get(file)!;
    const after = applyEdits(before, edits);
    if (after !== before) changed.set(file, after);
  }
  return changed;
}

function checkBounds(text: string, e: TextEdit): void {
  const ok =
    Number.isInteger(e.start) && Number.isInteger(e.end) && 0 <= e.start && e.start <= e.end && e.end <= text.length;
  if (!ok) {
    throw new Error(`edit "${e.message}" has invalid range [${e.start},${e.end}) for a text of length ${text.length}`);
  }
}

/** Returns the edits ordered by start; at equal starts insertions come first, each group in given order. */
/** The edits in the order applyEdits applies them: by start, insertions first at one offset, else as given. */
export function sortedEdits(edits: readonly TextEdit[]): TextEdit[] {
  // Array.prototype.sort is stable (ES2019), so equal keys keep their given order.
  return [...edits].sort((a, b) => a.start - b.start || insertionRank(a) - insertionRank(b));
}

function insertionRank(e: TextEdit): number {
  return e.start === e.end ? 0 : 1;
}
