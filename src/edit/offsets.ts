// Where an offset of a text ends up once edits are applied (for following a place through a rewrite).
import { TextEdit } from './edit';
import { sortedEdits } from './applyEdits';

/** The new offset of the character at `offset` (which no edit may replace). */
export function offsetAfterEdits(edits: readonly TextEdit[], offset: number): number {
  let shift = 0;
  for (const e of edits) if (e.end <= offset) shift += e.newText.length - (e.end - e.start);
  return offset + shift;
}

/** The offsets, in the text `edits` make, of the `(`s their new texts open argument lists with (`opensList`). */
export function listOpensAfterEdits(edits: readonly TextEdit[]): number[] {
  const opens: number[] = [];
  let shift = 0;
  for (const e of sortedEdits(edits)) {
    if (e.opensList !== undefined) opens.push(e.start + shift + e.opensList);
    shift += e.newText.length - (e.end - e.start);
  }
  return opens;
}
