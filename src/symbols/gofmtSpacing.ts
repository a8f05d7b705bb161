// gofmt's spacing of binary expressions (`n - 1` or `n-1`), which depends on how deeply the expression is nested:
// adding a context argument to a one-argument call nests its argument one level deeper, so its spacing changes.
//   x := f(n - 1)
//   x := f(__atel_child_tracing_ctx, n-1)
import { SyntaxNode, Tree } from '../parse/parse';

/** The white space gofmt wants around one binary operator, when the source has it on one line. */
export interface OperatorSpacing {
  leftEnd: number;
  opStart: number;
  opEnd: number;
  rightStart: number;
  blank: boolean;
  /** When the two sides differ (a slice's `:` with an index missing on one side); `blank` is then the left's. */
  blankAfter?: boolean;
  /** A side broken across lines keeps its line break: only the other side is spaced. */
  leftBroken?: boolean;
  rightBroken?: boolean;
}

const precedence: Record<string, number> = {
  '||': 1,
  '&&': 2,
  '==': 3,
  '!=': 3,
  '<': 3,
  '<=': 3,
  '>': 3,
  '>=': 3,
  '+': 4,
  '-': 4,
  '|': 4,
  '^': 4,
  '*': 5,
  '/': 5,
  '%': 5,
  '<<': 5,
  '>>': 5,
  '&': 5,
  '&^': 5,
};

const opOf = (n: SyntaxNode) => n.childForFieldName('operator')?.text ?? '';
const prec = (n: SyntaxNode) => precedence[opOf(n)] ?? 0;

/** go/printer's walkBinary: which precedences a chain of binary expressions mixes, and its problem operators. */
function walkBinary(e: SyntaxNode): { has4: boolean; has5: boolean; maxProblem: number } {
  const p = prec(e);
  let has4 = p === 4;
  let has5 = p === 5;
  let maxProblem = 0;
  const merge = (r: { has4: boolean; has5: boolean; maxProblem: number }) => {
    has4 ||= r.has4;
    has5 ||= r.has5;
    maxProblem = Math.max(maxProblem, r.maxProblem);
  };
  const l = e.childForFieldName('left');
  if (l?.type === 'binary_expression' && prec(l) >= p) merge(walkBinary(l));
  const r = e.childForFieldName('right');
  if (r?.type === 'binary_expression' && prec(r) > p) merge(walkBinary(r));
  else if (r?.type === 'unary_expression') {
    const pair = opOf(e) + opOf(r);
    if (pair === '/*' || pair === '&&' || pair === '&^') maxProblem = 5;
    else if ((pair === '++' || pair === '--') && maxProblem < 4) maxProblem = 4;
  }
  return { has4, has5, maxProblem };
}

function cutoff(e: SyntaxNode, depth: number): number {
  const { has4, has5, maxProblem } = walkBinary(e);
  if (maxProblem > 0) return maxProblem + 1;
  if (has4 && has5) return depth === 1 ? 5 : 4;
  return depth === 1 ? 6 : 4;
}

const countArgs = (args: SyntaxNode) => args.namedChildren.filter((c) => c.type !== 'comment').length;

/** The depth go/printer prints a node at: 1 in statements, more inside multi-argument calls and operands. */
export function printDepth(n: SyntaxNode): number {
  const parent = n.parent;
  if (!parent) return 1;
  switch (parent.type) {
    case 'binary_expression': {
      const d = printDepth(parent);
      if (parent.childForFieldName('right')?.id === n.id) return d + 1;
      return d + (n.type === 'binary_expression' && prec(n) === prec(parent) ? 0 : 1);
    }
    case 'parenthesized_expression': {
      const d = printDepth(parent);
      return d > 1 ? d - 1 : d;
    }
    case 'unary_expression':
      return opOf(parent) === '*' ? 1 : printDepth(parent);
    case 'selector_expression':
    case 'type_assertion_expression':
      return printDepth(parent);
    case 'call_expression': {
      const args = parent.childForFieldName('arguments');
      return printDepth(parent) + (args && countArgs(args) > 1 ? 1 : 0);
    }
    case 'argument_list': {
      const call = parent.parent!;
      return (call.type === 'call_expression' ? printDepth(call) : 1) + (countArgs(parent) > 1 ? 1 : 0);
    }
    case 'variadic_argument':
      return printDepth(parent);
    case 'type_conversion_expression':
      // A conversion is a call of one argument to go/printer: `[]byte(a + b)` keeps the depth it is printed at.
      return printDepth(parent);
    case 'index_expression':
    case 'slice_expression':
      return parent.childForFieldName('operand')?.id === n.id ? 1 : printDepth(parent) + 1;
    case 'expression_list': {
      const stmt = parent.parent;
      if (stmt && (stmt.type === 'assignment_statement' || stmt.type === 'short_var_declaration')) {
        const lhs = stmt.childForFieldName('left');
        const rhs = stmt.childForFieldName('right');
        return lhs && rhs && lhs.namedChildCount > 1 && rhs.namedChildCount > 1 ? 2 : 1;
      }
      return 1;
    }
    default:
      return 1;
  }
}

/** Operators inside the argument lists that open at `opens` (offsets of `(`), with the spacing gofmt gives them. */
export function argumentSpacing(tree: Tree, text: string, opens: readonly number[]): OperatorSpacing[] {
  const out: OperatorSpacing[] = [];
  const seen = new Set<number>(); // nested rewritten calls share operators
  const visit = (n: SyntaxNode) => {
    if (n.type === 'func_literal' || n.type === 'composite_literal' || seen.has(n.id)) return; // literals start again at depth 1
    seen.add(n.id);
    if (n.type === 'binary_expression') {
      const left = n.childForFieldName('left');
      const op = n.childForFieldName('operator');
      const right = n.childForFieldName('right');
      if (left && op && right) {
        // `"a" +\n\t"b"`: the blank before an operator that ends a line follows the same rule.
        const leftBroken = left.endPosition.row !== op.startPosition.row;
        const rightBroken = op.endPosition.row !== right.startPosition.row;
        const gaps =
          (leftBroken ? '' : text.slice(left.endIndex, op.startIndex)) +
          (rightBroken ? '' : text.slice(op.endIndex, right.startIndex));
        if (!(leftBroken && rightBroken) && /^[ \t]*$/.test(gaps))
          out.push({
            leftEnd: left.endIndex,
            opStart: op.startIndex,
            opEnd: op.endIndex,
            rightStart: right.startIndex,
            blank: prec(n) < cutoff(n, printDepth(n)),
            leftBroken,
            rightBroken,
          });
      }
    } else if (n.type === 'slice_expression') {
      // go/printer puts blanks around a slice's colons at depth 1 when it has two indices or more and one of them
      // is a binary expression: `s[n : n+k]`; printed deeper, `s[n:n+k]`.
      const indices = ['start', 'end', 'capacity'].map((f) => n.childForFieldName(f));
      const present = indices.filter((x): x is SyntaxNode => !!x);
      const blanks = printDepth(n) <= 1 && present.length > 1 && present.some((x) => x.type === 'binary_expression');
      const colons = n.children.filter((c) => c.type === ':');
      colons.forEach((colon, k) => {
        const before = colon.previousSibling;
        const after = colon.nextSibling;
        if (!before || !after || before.endPosition.row !== after.startPosition.row) return;
        if (
          !/^[ \t]*$/.test(text.slice(before.endIndex, colon.startIndex) + text.slice(colon.endIndex, after.startIndex))
        )
          return;
        out.push({
          leftEnd: before.endIndex,
          opStart: colon.startIndex,
          opEnd: colon.endIndex,
          rightStart: after.startIndex,
          blank: blanks && !!indices[k],
          blankAfter: blanks && !!indices[k + 1],
        });
      });
    }
    for (const c of n.namedChildren) visit(c);
  };
  for (const open of opens) {
    let list: SyntaxNode | null = tree.rootNode.descendantForIndex(open);
    while (list && list.startIndex === open && list.type !== 'argument_list') list = list.parent;
    if (list?.type !== 'argument_list' || list.startIndex !== open) continue;
    visit(list);
    // The called expression is printed at the call's depth too: `regexp.MustCompile("^"+v).MatchString(ctx, s)`.
    const fn = list.parent?.type === 'call_expression' ? list.parent.childForFieldName('function') : null;
    if (fn) visit(fn);
  }
  return out;
}
