import * as fs from 'fs';
import * as path from 'path';
import type Parser = require('tree-sitter');
import { parseGo, parseGoData, parseGoOnly } from './parse';
import { CompactTree, slabTreeArrays, SyntaxNode, TreeSlabs } from './compactTree';

/**
 * Every member the compact nodes offer, read on both trees, node by node (children included). One difference is
 * allowed in trees with errors, where nothing past the parse reads them: tree-sitter's nextSibling skips a zero-width
 * node (a missing `)` in `f(1, }`, an empty expression list), which the compact tree keeps as a sibling.
 */
function mismatches(text: string): string[] {
  const native = (parseGoOnly(text).tree as Parser.Tree).rootNode;
  const nextOf = (n: Parser.SyntaxNode | SyntaxNode) =>
    native.hasError && n.nextSibling && n.nextSibling.startIndex === n.nextSibling.endIndex
      ? n.nextSibling.nextSibling
      : n.nextSibling;
  const compact = parseGo(text).tree.rootNode;
  const out: string[] = [];
  const fields = [
    'name',
    'type',
    'value',
    'body',
    'parameters',
    'result',
    'receiver',
    'function',
    'arguments',
    'operand',
    'field',
    'left',
    'right',
    'operator',
    'condition',
    'initializer',
    'update',
    'package',
    'path',
    'element',
    'key',
    'alternative',
    'consequence',
    'type_parameters',
  ];
  const describe = (n: Parser.SyntaxNode | SyntaxNode | null) =>
    n ? `${n.type}@${n.startIndex}-${n.endIndex}` : 'null';
  const facts = (n: Parser.SyntaxNode | SyntaxNode) =>
    [
      describe(n),
      n.text,
      n.isNamed,
      n.isMissing,
      n.hasError,
      JSON.stringify(n.startPosition),
      JSON.stringify(n.endPosition),
      n.childCount,
      n.namedChildCount,
      describe(n.parent),
      describe(n.previousSibling),
      describe(nextOf(n)),
      describe(n.lastNamedChild),
      describe(n.child(1)),
      describe(n.namedChild(0)),
      n.namedChildren.map(describe).join(','),
      ...fields.map((f) => describe(n.childForFieldName(f)) + n.childrenForFieldName(f).map(describe).join(',')),
      n.descendantsOfType(['identifier', 'comment']).map(describe).join(','),
    ].join('|');
  const visit = (a: Parser.SyntaxNode, b: SyntaxNode) => {
    if (facts(a) !== facts(b)) out.push(`${facts(a)}\n${facts(b)}`);
    const ac = a.children;
    const bc = b.children;
    if (ac.length !== bc.length) return void out.push(`${describe(a)}: ${ac.length} children, compact ${bc.length}`);
    ac.forEach((c, i) => visit(c, bc[i]));
  };
  visit(native, compact);
  for (let i = 0; i <= text.length; i += text.length > 2000 ? 7 : 1) {
    const [x, y] = [native.descendantForIndex(i), compact.descendantForIndex(i)];
    if (describe(x) !== describe(y)) out.push(`descendantForIndex(${i}): ${describe(x)}, compact ${describe(y)}`);
  }
  return out;
}

describe('compact trees read as tree-sitter trees', () => {
  it.each([
    [
      'a file with literals, comments and non-ASCII text',
      'package p\n\n// ü\nvar s = "héllo😀" + x // ü\n\nfunc (r *T[K]) f(a, b int, c ...string) (n int, err error) {\n\tfor i := range s { _ = i }\n\tif x := g(); x > 0 {\n\t\treturn 1, nil\n\t}\n\treturn\n}\n',
    ],
    ['a byte-order mark', '\uFEFFpackage p\n\nfunc f() {}\n'],
    ['syntax errors and missing nodes', 'package p\n\nfunc f( {\n\tx := \n}\n\nfunc g() { h(1, }\n'],
    ['CRLF line ends', 'package p\r\n\r\nimport (\r\n\t"fmt"\r\n)\r\n\r\nfunc f() { fmt.Println(1) }\r\n'],
    ['an empty file', ''],
  ])('%s', (_, text) => {
    expect(mismatches(text)).toEqual([]);
  });

  it('on the sources of every testdata case', () => {
    const root = path.join(__dirname, '../../testdata/cases');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true }))
        if (e.isDirectory()) walk(path.join(dir, e.name));
        else if (e.name.endsWith('.go')) files.push(path.join(dir, e.name));
    };
    walk(root);
    expect(files.length).toBeGreaterThan(50);
    for (const f of files.filter((_, i) => i % 5 === 0))
      expect([f, ...mismatches(fs.readFileSync(f, 'utf8')).slice(0, 3)]).toEqual([f]);
  });
});

describe('the getters hot loops read', () => {
  const text =
    'package p\n\n// c\nfunc f(a int /* x */, b string) { g(a, /* y */ b); var x, y = 1, "s"; _ = T{k: x} }\n';
  const all = (n: SyntaxNode): SyntaxNode[] => [n, ...n.children.flatMap(all)];

  it('firstNamedChild and nextNamedSibling walk the named children, comments included', () => {
    const nodes = all(parseGo(text).tree.rootNode);
    const args = nodes.find((n) => n.type === 'argument_list')!;
    const siblings: string[] = [];
    for (let c = args.firstNamedChild; c; c = c.nextNamedSibling) siblings.push(c.text);
    expect(siblings).toEqual(['a', '/* y */', 'b']);
    for (const n of nodes) {
      const walked: number[] = [];
      for (let c = n.firstNamedChild; c; c = c.nextNamedSibling) walked.push(c.id);
      expect(walked).toEqual(n.namedChildren.map((c) => c.id));
    }
  });

  it('type names are those of the table (one string per id), and typeId is the id they name', () => {
    const tree = parseGo(text).tree;
    for (const n of all(tree.rootNode)) {
      expect(n.type).toBe(tree.data.types[n.typeId]);
      expect(tree.typeName(n.typeId)).toBe(n.type);
    }
  });

  it('descendantsOfType finds every node of the types, also in trees made after it was first asked', () => {
    const first = parseGo(text).tree.rootNode;
    const ids = (ns: SyntaxNode[]) => ns.map((n) => n.id);
    const want = (root: SyntaxNode, types: string[]) => ids(all(root).filter((n) => types.includes(n.type)));
    expect(ids(first.descendantsOfType(['identifier', 'comment']))).toEqual(want(first, ['identifier', 'comment']));
    expect(first.descendantsOfType('comment').map((n) => n.text)).toEqual(['// c', '/* x */', '/* y */']);
    const later = parseGo('package q\n\nfunc h() { for range 3 { go k() } }\n').tree.rootNode;
    for (const types of [['go_statement'], ['identifier', 'comment'], ['for_statement', 'range_clause']])
      expect(ids(later.descendantsOfType(types))).toEqual(want(later, types));
  });
});

describe('trees in slabs', () => {
  const texts = [
    'package p\n\nfunc f(a, b int) int { return a + b }\n',
    'package p\n\nimport "fmt"\n\nfunc g() { fmt.Println("ü", 1) }\n',
    'package p\n\nfunc h( {\n',
  ];
  const arrays = ['kind', 'field', 'flags', 'start', 'end', 'parent', 'next'] as const;
  const bytes = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

  it('are placed one after another, a new slab when one is full, a tree larger than a slab in one of its own', () => {
    const slabs = new TreeSlabs(100);
    const placed = [40, 40, 40, 160, 8].map((n) => ({ ...slabs.place(n), at: slabs.last }));
    expect(placed.map((p) => p.at)).toEqual([
      { slab: 0, offset: 0 },
      { slab: 0, offset: 40 },
      { slab: 1, offset: 0 },
      { slab: 2, offset: 0 },
      { slab: 3, offset: 0 },
    ]);
    expect(placed[0].buffer).toBe(placed[1].buffer);
    expect(placed[3].buffer.byteLength).toBe(160);
    const taken = slabs.take();
    expect(taken.map(([n, b]) => [n, b.byteLength])).toEqual([
      [0, 100],
      [1, 100],
      [2, 160],
      [3, 100],
    ]);
    expect(slabs.take()).toEqual([]);
    slabs.place(4);
    expect(slabs.last).toEqual({ slab: 4, offset: 0 });
  });

  it('hold the arrays parseGo makes, and the slab is freed with the last of its trees', () => {
    const slabs = new TreeSlabs(1 << 16);
    const own = texts.map((t) => parseGo(t).tree);
    const placed = texts.map((t) => {
      const { data } = parseGoData(t, slabs.place);
      return { data, at: slabs.last };
    });
    const [[, slab], ...more] = slabs.take();
    expect(more).toEqual([]);
    const share = { live: texts.length };
    const trees = placed.map(
      ({ data, at }) =>
        new CompactTree({ ...data, ...slabTreeArrays(data.count, { buffer: slab, offset: at.offset }) }, share),
    );
    trees.forEach((t, i) => {
      for (const k of arrays) expect(bytes(t.data[k])).toEqual(bytes(own[i].data[k]));
      expect(t.rootNode.namedChildren.map((n) => n.text)).toEqual(own[i].rootNode.namedChildren.map((n) => n.text));
    });
    trees[0].release();
    trees[0].release();
    trees[1].release();
    expect(slab.byteLength).toBe(1 << 16);
    trees[2].release();
    expect(slab.byteLength).toBe(0);
  });
});
