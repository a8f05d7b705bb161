// gofmt's alignment of consecutive one-line functions, planned as edits: inject and prune both leave it as gofmt would.
import { TextEdit } from '../edit/edit';
import { OneLineDecl } from '../symbols/declarations';

/**
 * Consecutive one-line function declarations have their bodies aligned one column after the longest signature;
 * opening a body or adding a parameter changes that, so the padding is recomputed for every run of them:
 *   func (s S) A() int              { return 1 }
 *   func (s S) Bbbbbbbbb(x int) int { return x }
 */
export function planOneLineAlignment(text: string, decls: readonly OneLineDecl[]): TextEdit[] {
  const edits: TextEdit[] = [];
  const runes = (s: string) => [...s].length;
  for (let i = 0; i < decls.length; ) {
    let j = i + 1;
    while (j < decls.length && decls[j].row === decls[j - 1].row + 1) j++;
    const run = decls.slice(i, j);
    const widths = run.map((d) => runes(text.slice(d.lineStart, d.sigEnd)));
    const target = Math.max(...widths) + 1;
    run.forEach((d, k) => {
      const pad = ' '.repeat(target - widths[k]);
      if (text.slice(d.sigEnd, d.open) !== pad) edits.push({ start: d.sigEnd, end: d.open, newText: pad, message: 'align one-line function as gofmt does' });
    });
    i = j;
  }
  return edits;
}
