import * as fs from 'fs';
import { ASK_CURSOR, GrammarRule, grammarShapes, NodeTypeInfo, tokenTypes } from './grammarShapes';
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

  it('counts as tokens the pattern and token rules and what only they are aliased to, not plain strings', () => {
    const rules: Record<string, GrammarRule> = {
      identifier: { type: 'PATTERN', value: '[a-z]+' },
      number: { type: 'TOKEN', content: { type: 'PATTERN', value: '[0-9]+' } },
      dot: { type: 'STRING', value: '.' },
      call: {
        type: 'SEQ',
        members: [
          { type: 'ALIAS', named: true, value: 'function_name', content: { type: 'SYMBOL', name: 'identifier' } },
          { type: 'ALIAS', named: true, value: 'mixed', content: { type: 'SYMBOL', name: 'identifier' } },
          { type: 'ALIAS', named: true, value: 'mixed', content: { type: 'SYMBOL', name: 'call' } },
          { type: 'ALIAS', named: true, value: 'identifier', content: { type: 'SYMBOL', name: 'call' } },
        ],
      },
    };
    expect([...tokenTypes(rules)].sort()).toEqual(['function_name', 'number']);
  });

  // The walk skips the cursor's gotoFirstChild for these: every symbol of each name must be a terminal of
  // tree-sitter-go's parser (numbered below TOKEN_COUNT) or an alias of one (not in the map of non-terminals' aliases),
  // as its generated parser.c numbers and names them.
  it("counts as tokens only tree-sitter-go's terminals", () => {
    const parser = fs.readFileSync(require.resolve('tree-sitter-go/src/parser.c'), 'utf8');
    const section = (name: string) => parser.slice(parser.indexOf(name), parser.indexOf('};', parser.indexOf(name)));
    const tokenCount = Number(/#define TOKEN_COUNT (\d+)/.exec(parser)![1]);
    const ids = new Map([...parser.matchAll(/^ {2}(\w+) = (\d+),$/gm)].map(([, symbol, id]) => [symbol, Number(id)]));
    const aliasesOfRules = section('ts_non_terminal_alias_map');
    const terminal = (symbol: string) =>
      symbol.startsWith('alias_sym_') ? !aliasesOfRules.includes(symbol) : ids.get(symbol)! < tokenCount;
    const symbolsByName = new Map<string, string[]>();
    for (const [, symbol, name] of section('ts_symbol_names').matchAll(/\[(\w+)\] = "([^"]*)"/g))
      symbolsByName.set(name, [...(symbolsByName.get(name) ?? []), symbol]);
    const tokens = [...languageNames().shapes.tokens];
    expect(tokens.length).toBeGreaterThan(8);
    expect(tokens.filter((t) => !symbolsByName.get(t)?.length || !symbolsByName.get(t)!.every(terminal))).toEqual([]);
    expect(terminal('alias_sym_type_constraint')).toBe(false);
    expect(terminal('sym_dot')).toBe(false);
    // The language's set is the one read from tree-sitter-go's grammar.json.
    const grammar = JSON.parse(fs.readFileSync(require.resolve('tree-sitter-go/src/grammar.json'), 'utf8'));
    expect(tokenTypes(grammar.rules)).toEqual(new Set(tokens));
  });
});
