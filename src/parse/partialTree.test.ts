// Partial trees: the nodes kept are nodes of the whole tree, with their parents and siblings; around a range every
// node is there, so lookups of offsets inside a range find what they find in the whole tree; and the syntax errors are
// those of the whole text.
import * as fs from 'fs';
import * as path from 'path';
import { CompactTree } from './compactTree';
import { parseGo, parseGoAround } from './parse';
import { mergedRanges } from './partialTree';
import { goFilesUnder } from '../testing/goFilesUnder';

const CASES = path.resolve(__dirname, '../../testdata/cases');

/** Each node as `type start end` with its parent's and next sibling's, the same in both trees for a kept node. */
function describeNode(tree: CompactTree, i: number): string {
  const d = tree.data;
  const at = (j: number) => (j < 0 ? '-' : `${d.types[d.kind[j]]}@${d.start[j]}-${d.end[j]}`);
  return `${at(i)} field ${d.field[i]} parent ${at(d.parent[i])} next ${at(d.next[i])}`;
}

describe('parseGoAround', () => {
  const source = [
    'package p',
    '',
    'func a(x int) int { return x + 1 }',
    '',
    'func b(m map[string]int) {',
    '\tm["k"] = a(1) + a(2) // two calls',
    '\tfor k, v := range m {',
    '\t\tprintln(k, v)',
    '\t}',
    '}',
    '',
  ].join('\n');
  const line6 = source.indexOf('\tm["k"]');

  test('keeps every node on a range, the ancestors with all their children, and each kept node as it is', () => {
    const full = parseGo(source).tree;
    const part = parseGoAround(source, {
      ranges: [line6, source.indexOf('\n', line6)],
      calls: [],
      peek: [],
    }).tree;
    expect(part.data.count).toBeLessThan(full.data.count);
    const fullNodes = new Set(Array.from({ length: full.data.count }, (_, i) => describeNode(full, i)));
    for (let i = 0; i < part.data.count; i++) expect(fullNodes.has(describeNode(part, i))).toBe(true);
    // Every offset of the line finds the same innermost node.
    for (let o = line6; o < source.indexOf('\n', line6); o++) {
      const f = full.rootNode.descendantForIndex(o);
      const p = part.rootNode.descendantForIndex(o);
      expect([p.type, p.startIndex, p.endIndex]).toEqual([f.type, f.startIndex, f.endIndex]);
    }
    // The range loop below is kept without its children; a top-level declaration always keeps its own.
    const loop = part.rootNode.descendantForIndex(source.indexOf('for k'));
    expect(loop.type).toBe('for_statement');
    expect(loop.childCount).toBe(0);
    const a = part.rootNode.namedChildren[1];
    expect(a.namedChildren.map((n) => n.type)).toEqual(['identifier', 'parameter_list', 'type_identifier', 'block']);
    expect(a.childForFieldName('body')!.childCount).toBe(0);
  });

  test('keeps a whole call from its `(`, and the children of a peeked type next to a node on a range', () => {
    const text = 'package p\n\nvar x = obj.get(1 + 2).put(3, 4)\n';
    const open = text.indexOf('(1');
    const part = (peek: string[]) => parseGoAround(text, { ranges: [], calls: [open], peek }).tree;
    const call = part([]).rootNode.descendantForIndex(open).parent!.parent!;
    expect(call.type).toBe('call_expression');
    expect(call.text).toBe('obj.get(1 + 2)');
    expect(call.descendantsOfType('binary_expression').map((n) => n.text)).toEqual(['1 + 2']);
    // The outer call's arguments are a child of a node that holds the range: kept, and their children when argument
    // lists are peeked into.
    const outerArgs = (peek: string[]) =>
      part(peek).rootNode.descendantForIndex(open).parent!.parent!.parent!.parent!.childForFieldName('arguments')!;
    expect(outerArgs([]).text).toBe('(3, 4)');
    expect(outerArgs([]).namedChildCount).toBe(0);
    expect(outerArgs(['argument_list']).namedChildren.map((n) => n.text)).toEqual(['3', '4']);
  });

  test('keeps the callee of such a call whole too, when it starts before the ranges (a second walk)', () => {
    const text = 'package p\n\nvar x = a.b(1 +\n\t2).c(3 + 4)\n';
    const open = text.indexOf('(3');
    const part = parseGoAround(text, { ranges: [], calls: [open], peek: [] }).tree;
    const call = part.rootNode.descendantForIndex(open).parent!.parent!;
    expect(call.descendantsOfType('binary_expression').map((n) => n.text)).toEqual(['1 +\n\t2', '3 + 4']);
    expect(part.data.count).toBe(parseGo(text).tree.data.count);
  });

  test('reports the syntax errors of the whole text, wherever the places are', () => {
    const broken = source + 'func c( {\n';
    expect(parseGoAround(broken, { ranges: [0, 5], calls: [], peek: [] }).errors).toEqual(parseGo(broken).errors);
    expect(parseGo(broken).errors.length).toBeGreaterThan(0);
  });

  test('on every testdata file, lookups inside the ranges match the whole tree', () => {
    let kept = 0;
    let all = 0;
    const differing: string[] = [];
    for (const file of goFilesUnder(CASES)) {
      const text = fs.readFileSync(file, 'utf8');
      const full = parseGo(text).tree;
      // Every 5th line.
      const ranges: number[] = [];
      const lines = text.split('\n');
      let at = 0;
      lines.forEach((l, k) => {
        if (k % 5 === 2) ranges.push(at, at + l.length);
        at += l.length + 1;
      });
      const part = parseGoAround(text, { ranges, calls: [], peek: [] }).tree;
      kept += part.data.count;
      all += full.data.count;
      const node = (t: CompactTree, o: number) => {
        const n = t.rootNode.descendantForIndex(o);
        return `${n.type}@${n.startIndex}-${n.endIndex} in ${n.parent?.type}`;
      };
      for (let k = 0; k < ranges.length; k += 2)
        for (let o = ranges[k]; o <= ranges[k + 1] && o < text.length; o++)
          if (node(part, o) !== node(full, o)) differing.push(`${file}:${o}: ${node(part, o)}, not ${node(full, o)}`);
    }
    expect(differing).toEqual([]);
    expect(kept).toBeLessThan(all);
  });
});

test('mergedRanges sorts pairs and merges those that overlap or touch', () => {
  expect(mergedRanges([10, 12, 0, 3, 4, 6, 11, 20, 30, 30])).toEqual([0, 6, 10, 20, 30, 30]);
  expect(mergedRanges([])).toEqual([]);
});
