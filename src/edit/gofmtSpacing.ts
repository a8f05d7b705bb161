// Edits that give binary operators inside rewritten argument lists the spacing gofmt gives them.
import { OperatorSpacing } from '../symbols/gofmtSpacing';
import { TextEdit } from './edit';

export function planOperatorSpacing(text: string, ops: readonly OperatorSpacing[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const o of ops) {
    const want = o.blank ? ' ' : '';
    const wantAfter = (o.blankAfter ?? o.blank) ? ' ' : '';
    if (!o.leftBroken && text.slice(o.leftEnd, o.opStart) !== want)
      edits.push({
        start: o.leftEnd,
        end: o.opStart,
        newText: want,
        kind: 'layout',
        message: 'space an operator as gofmt does',
      });
    if (!o.rightBroken && text.slice(o.opEnd, o.rightStart) !== wantAfter)
      edits.push({
        start: o.opEnd,
        end: o.rightStart,
        newText: wantAfter,
        kind: 'layout',
        message: 'space an operator as gofmt does',
      });
  }
  return edits;
}
