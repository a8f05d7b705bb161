import { ASK_CURSOR, grammarShapes, NodeTypeInfo } from './grammarShapes';
import type Parser = require('tree-sitter');
import { languageNames, parseGoOnly } from './parse';

const fields = [null, 'left', 'operator', 'right', 'function', 'arguments', 'body'];

/** A miniature node-types.json: a supertype, a node with one typed field per child, one with two fields of a type. */
const info: NodeTypeInfo[] = [
  {
    type: '_expression',
    named: true,
    subtypes: [
      { type: 'identifier', named: true },
      { type: '_call', named: true },
    ],
  },
  { type: '_call', named: true, subtypes: [{ type: 'call_expression', named: true }] },
  {
    type: 'call_expression',
    named: true,
    fields: {
      function: { types: [{ type: '_expression', named: true }] },
      arguments: { types: [{ type: 'argument_list', named: true }] },
    },
    children: { types: [{ type: 'argument_list', named: true }] },
  },
  {
    type: 'binary_expression',
    named: true,
    fields: {
      left: { types: [{ type: '_expression', named: true }] },
      operator: { types: [{ type: '+', named: false }] },
      right: { types: [{ type: '_expression', named: true }] },
    },
  },
  { type: 'block', named: true, children: { types: [{ type: 'identifier', named: true }] } },
];

describe('grammarShapes', () => {
  const shapes = grammarShapes(info, fields);

  it('gives the one field a child type can have, supertypes taken apart', () => {
    expect(shapes.fieldOf('call_expression', 'identifier', true)).toBe(4);
    expect(shapes.fieldOf('call_expression', 'call_expression', true)).toBe(4);
  });

  it('leaves it to the cursor where a type fills two fields, or a field and none, or is an anonymous token', () => {
    expect(shapes.fieldOf('binary_expression', 'identifier', true)).toBe(ASK_CURSOR);
    expect(shapes.fieldOf('call_expression', 'argument_list', true)).toBe(ASK_CURSOR);
    expect(shapes.fieldOf('binary_expression', '+', false)).toBe(ASK_CURSOR);
  });

  it('gives no field to types no field lists, to anonymous ones and under parents without fields', () => {
    expect(shapes.fieldOf('call_expression', 'comment', true)).toBe(0);
    expect(shapes.fieldOf('call_expression', '(', false)).toBe(0);
    expect(shapes.fieldOf('binary_expression', '+', true)).toBe(0);
    expect(shapes.fieldOf('block', 'identifier', true)).toBe(0);
  });

  it('refuses a field the language does not name', () => {
    const bad: NodeTypeInfo[] = [
      { type: 'x', named: true, fields: { nowhere: { types: [{ type: 'identifier', named: true }] } } },
    ];
    expect(() => grammarShapes(bad, fields)).toThrow(/nowhere/);
  });

  // The walk trusts these answers in trees without errors: each must be what tree-sitter-go's cursor says.
  it("agrees with tree-sitter-go's fields on real code", () => {
    const text = [
      'package p',
      '',
      'import "fmt"',
      '',
      'type T struct{ a, b int }',
      '',
      'func (t *T) f(x int, ys ...string) (int, error) {',
      '\tif x > 0 && t.a != x {',
      '\t\tfmt.Println(ys[0], x+1, -x, T{a: 1})',
      '\t} else {',
      '\t\tt.b += x',
      '\t}',
      '\tfor i, y := range ys {',
      '\t\tgo func() { _ = i; _ = y }()',
      '\t}',
      '\treturn x, nil',
      '}',
      '',
    ].join('\n');
    // A cursor walk of the native tree: each child's field as tree-sitter gives it, against the grammar's answer.
    const native = parseGoOnly(text).tree as Parser.Tree;
    const { shapes } = languageNames();
    const cursor = native.walk();
    const parents: string[] = [];
    let trusted = 0;
    const visit = () => {
      if (parents.length) {
        const answer = shapes.fieldOf(parents[parents.length - 1], cursor.nodeType, cursor.nodeIsNamed);
        if (answer !== ASK_CURSOR) {
          trusted++;
          expect([parents[parents.length - 1], cursor.nodeType, answer]).toEqual([
            parents[parents.length - 1],
            cursor.nodeType,
            cursor.currentFieldId ?? 0,
          ]);
        }
      }
      const type = cursor.nodeType;
      if (!cursor.gotoFirstChild()) return;
      parents.push(type);
      do visit();
      while (cursor.gotoNextSibling());
      parents.pop();
      cursor.gotoParent();
    };
    visit();
    expect(trusted).toBeGreaterThan(100);
  });
});
