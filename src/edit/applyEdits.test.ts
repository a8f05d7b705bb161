// Tests for applyEdits and applyFileEdits: ordering rules, overlap and range checks, changed-only output.
import { applyEdits, applyFileEdits } from './applyEdits';
import type { TextEdit } from './edit';

const edit = (start: number, end: number, newText: string, message = `edit ${start}-${end}`): TextEdit => ({
  start,
  end,
  newText,
  message,
  kind: 'span',
});

describe('applyEdits', () => {
  test('no edits returns the text', () => {
    expect(applyEdits('abc', [])).toBe('abc');
  });

  test('edits in any order apply against original offsets', () => {
    const text = 'func f() {\n}\n';
    const edits = [edit(text.length, text.length, '// end\n'), edit(7, 7, 'ctx context.Context'), edit(0, 4, 'FUNC')];
    expect(applyEdits(text, edits)).toBe('FUNC f(ctx context.Context) {\n}\n// end\n');
  });

  test('insertions at one offset keep their given order', () => {
    expect(applyEdits('{}', [edit(1, 1, 'A'), edit(1, 1, 'B'), edit(1, 1, 'C')])).toBe('{ABC}');
    expect(applyEdits('{}', [edit(1, 1, 'C'), edit(1, 1, 'B'), edit(1, 1, 'A')])).toBe('{CBA}');
  });

  test('an insertion at X goes before a replacement starting at X, whatever the given order', () => {
    expect(applyEdits('abc', [edit(1, 2, 'B'), edit(1, 1, '+')])).toBe('a+Bc');
    expect(applyEdits('abc', [edit(1, 1, '+'), edit(1, 2, 'B')])).toBe('a+Bc');
  });

  test('adjacent replacements and an insertion at a replacement end are fine', () => {
    expect(applyEdits('abcd', [edit(2, 4, 'CD'), edit(0, 2, 'AB'), edit(2, 2, '|')])).toBe('AB|CD');
    expect(applyEdits('abcd', [edit(1, 2, 'B'), edit(2, 2, '|')])).toBe('aB|cd');
  });

  test('deletions and edits at both ends', () => {
    expect(applyEdits('abc', [edit(0, 0, '<'), edit(3, 3, '>'), edit(1, 2, '')])).toBe('<ac>');
  });

  test('offsets are UTF-16 code units', () => {
    const text = 'x := "🎉é"\n';
    const at = text.indexOf('"', 6);
    expect(applyEdits(text, [edit(at, at, '!')])).toBe('x := "🎉é!"\n');
  });

  test('overlapping edits throw naming both messages', () => {
    expect(() => applyEdits('abcdef', [edit(0, 3, 'x', 'add ctx to f'), edit(2, 4, 'y', 'wrap call to g')])).toThrow(
      'overlapping edits: "add ctx to f" [0,3) and "wrap call to g" [2,4)',
    );
    expect(() => applyEdits('abcdef', [edit(1, 3, 'x', 'one'), edit(1, 2, 'y', 'two')])).toThrow(/"one".*"two"/);
    expect(() => applyEdits('abcdef', [edit(1, 4, 'x', 'outer'), edit(2, 2, 'y', 'inside')])).toThrow(
      /"outer" \[1,4\) and "inside" \[2,2\)/,
    );
  });

  test.each([
    [-1, 0],
    [2, 1],
    [0, 4],
    [0.5, 1],
    [NaN, 1],
  ])('rejects range [%p,%p)', (start, end) => {
    expect(() => applyEdits('abc', [edit(start, end, 'x', 'bad one')])).toThrow(/"bad one" has invalid range/);
  });
});

describe('applyFileEdits', () => {
  const files = new Map([
    ['a.go', 'package a\n'],
    ['b.go', 'package b\n'],
    ['c.go', 'package c\n'],
  ]);

  test('returns only files whose text changed', () => {
    const out = applyFileEdits(files, [
      { file: 'a.go', edits: [edit(10, 10, 'func A() {}\n')] },
      { file: 'b.go', edits: [edit(8, 9, 'b')] }, // same text: omitted
      { file: 'c.go', edits: [] },
    ]);
    expect([...out]).toEqual([['a.go', 'package a\nfunc A() {}\n']]);
    expect(files.get('a.go')).toBe('package a\n');
  });

  test('several entries for one file merge in plan order', () => {
    const out = applyFileEdits(files, [
      { file: 'a.go', edits: [edit(10, 10, '1\n')] },
      { file: 'b.go', edits: [edit(0, 0, '// b\n')] },
      { file: 'a.go', edits: [edit(10, 10, '2\n')] },
    ]);
    expect(out.get('a.go')).toBe('package a\n1\n2\n');
    expect(out.get('b.go')).toBe('// b\npackage b\n');
  });

  test('overlaps across entries for one file are caught', () => {
    expect(() =>
      applyFileEdits(files, [
        { file: 'a.go', edits: [edit(0, 7, 'x', 'first')] },
        { file: 'a.go', edits: [edit(5, 9, 'y', 'second')] },
      ]),
    ).toThrow(/"first".*"second"/);
  });

  test('edits for an unknown file are a planner bug', () => {
    expect(() => applyFileEdits(files, [{ file: 'z.go', edits: [edit(0, 0, 'x', 'ghost')] }])).toThrow(
      'edits for unknown file z.go: "ghost"',
    );
  });
});
