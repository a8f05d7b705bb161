// Defines literalEnd, which skips a Go string, raw string or rune literal in source text, for the planners that scan
// text rather than the tree (prune, result lists).

/**
 * The offset of the quote that closes the literal opening at `open` (`"`, `'` or a backquote); an interpreted
 * literal without one ends at its line's end, a raw one at the text's end.
 */
export function literalEnd(text: string, open: number): number {
  const q = text[open];
  if (q === '`') {
    const close = text.indexOf('`', open + 1);
    return close < 0 ? text.length : close;
  }
  let i = open + 1;
  for (; i < text.length && text[i] !== q && text[i] !== '\n'; i++) if (text[i] === '\\') i++;
  return i;
}
