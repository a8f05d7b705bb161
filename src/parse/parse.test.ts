// Parsing and positions: syntax errors are found with Go-style byte columns, and large files parse whole.
import { parseGo } from './parse';
import { LineIndex } from './positions';

test('a syntax error after non-ASCII text is reported at the byte column Go reports', () => {
  const text = 'package main\n\nfunc main() {\n\ts := "🐹é"; x := )\n}\n';
  const { errors } = parseGo(text);
  expect(errors.length).toBeGreaterThan(0);
  const pos = new LineIndex(text).position(errors[0].offset);
  // tree-sitter puts the error at the statement `x := )`. Before it on line 4: tab, `s := "` (6 bytes), 🐹 (4 bytes,
  // 2 UTF-16 units), é (2 bytes, 1 unit), `"; ` (3 bytes): 16 bytes, so column 17 (UTF-16 units would say 14).
  expect(pos).toEqual({ line: 4, col: 17 });
});

test('files larger than the default 32 KiB buffer parse completely, offsets intact', () => {
  const funcs = Array.from({ length: 3000 }, (_, i) => `func f${i}(n int) int { return n + ${i} } // ünïcödé 🐹`).join(
    '\n',
  );
  const text = `package main\n\n${funcs}\n\nfunc main() { f2999(1) }\n`;
  expect(text.length).toBeGreaterThan(150 * 1024);
  const { tree, errors } = parseGo(text);
  expect(errors).toEqual([]);
  const last = tree.rootNode.lastNamedChild!;
  expect(text.slice(last.startIndex, last.endIndex)).toBe('func main() { f2999(1) }');
});

test('a byte-order mark is accepted and offsets stay those of the text', () => {
  const text = '\uFEFFpackage main\n\nfunc main() {}\n';
  const { tree, errors } = parseGo(text);
  expect(errors).toEqual([]);
  const fn = tree.rootNode.namedChildren.find((n) => n.type === 'function_declaration')!;
  expect(text.slice(fn.startIndex, fn.endIndex)).toBe('func main() {}');
});
