// How many statements a function's body holds, for --skip-trivial: counted on demand, only for the functions asked about.
import { SyntaxNode } from '../parse/parse';
import { ParsedFile } from './declarations';
import { Program } from './program';

/**
 * Statements as go/ast has them, nested ones included (an `if` with two statements inside is three). A label is no
 * statement of its own (`L: for {}` is one), nor is a block or `;`. The bodies of function literals are left out:
 * a literal is a function of its own, with its own count.
 */
const STATEMENTS = new Set([
  'expression_statement',
  'send_statement',
  'inc_statement',
  'dec_statement',
  'assignment_statement',
  'short_var_declaration',
  'return_statement',
  'go_statement',
  'defer_statement',
  'if_statement',
  'for_statement',
  'expression_switch_statement',
  'type_switch_statement',
  'select_statement',
  'fallthrough_statement',
  'break_statement',
  'continue_statement',
  'goto_statement',
  'var_declaration',
  'const_declaration',
  'type_declaration',
]);

/** A function from id to the number of statements in its body (0 for a function without one). */
export function statementCounter(parsed: readonly ParsedFile[], program: Program): (id: string) => number {
  const trees = new Map(parsed.map((p) => [p.file.path, p.tree]));
  const counts = new Map<string, number>();
  return (id) => {
    const known = counts.get(id);
    if (known !== undefined) return known;
    const f = program.funcs.get(id)?.[0];
    const tree = f?.body && trees.get(f.file);
    let n = 0;
    if (f?.body && tree) {
      let block: SyntaxNode | null = tree.rootNode.descendantForIndex(f.body.open);
      while (block && block.type !== 'block') block = block.parent;
      if (block) n = statementsIn(block);
    }
    counts.set(id, n);
    return n;
  };
}

function statementsIn(node: SyntaxNode): number {
  let n = 0;
  for (const c of node.namedChildren) {
    if (c.type === 'func_literal') continue;
    if (STATEMENTS.has(c.type)) n++;
    n += statementsIn(c);
  }
  return n;
}
