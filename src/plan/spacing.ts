// Edits that give binary operators inside rewritten argument lists the spacing gofmt gives them.
import { TextEdit } from '../edit/edit';
import { OperatorSpacing } from '../symbols/gofmtSpacing';

export function planOperatorSpacing(text: string, ops: readonly OperatorSpacing[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const o of ops) {
    const want = o.blank ? ' ' : '';
    if (text.slice(o.leftEnd, o.opStart) !== want) edits.push({ start: o.leftEnd, end: o.opStart, newText: want, message: 'space an operator as gofmt does' });
    if (text.slice(o.opEnd, o.rightStart) !== want) edits.push({ start: o.opEnd, end: o.rightStart, newText: want, message: 'space an operator as gofmt does' });
  }
  return edits;
}
