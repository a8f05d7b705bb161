// The gofmt layout step: after applyEdits, the layout gofmt would give the places a rewrite touched, planned as edits
// that change only white space (and add the mark of an opened one-line body).
import { parseGo, ParsedSource, SyntaxProblem } from '../parse/parse';
import { argumentSpacing } from '../symbols/gofmtSpacing';
import { alignmentSections, oneLineDecls, overlongOneLineBodies } from '../symbols/gofmtAlignment';
import { applyEdits } from './applyEdits';
import { TextEdit } from './edit';
import { planOneLineAlignment, planOpenedBodies, planSectionAlignment } from './gofmtAlign';
import { planOperatorSpacing } from './gofmtSpacing';
import { offsetAfterEdits } from './offsets';

/** A rewritten text, and its syntax errors (offsets into that text): the check every output must pass. */
export interface Rewritten {
  text: string;
  errors: SyntaxProblem[];
}

/**
 * Where the edits' new texts begin and end once applied: the places whose layout gofmt may see differently. With
 * `onlyLineBreaks`, only edits that add a line break or take one away from `before` (the text they apply to).
 */
export function editedOffsets(edits: readonly TextEdit[], onlyLineBreaks = false, before?: string): number[] {
  // offsetAfterEdits for every edit's end at once: the shifts of all edits ending at or before it, summed.
  const byEnd = [...edits].sort((a, b) => a.end - b.end);
  const shifts: number[] = [];
  let shift = 0;
  for (const e of byEnd) shifts.push((shift += e.newText.length - (e.end - e.start)));
  const out: number[] = [];
  let k = 0;
  for (const e of byEnd) {
    while (k + 1 < byEnd.length && byEnd[k + 1].end <= e.end) k++;
    const end = e.end + shifts[k];
    if (onlyLineBreaks && !e.newText.includes('\n') && !(before && before.slice(e.start, e.end).includes('\n')))
      continue;
    out.push(end - e.newText.length, end);
  }
  return out;
}

/**
 * The layout gofmt gives what a rewrite touched: one-line bodies grown past 100 columns opened (the one change
 * that is not white space: a mark prune finds), consecutive one-line functions aligned, operators spaced in the
 * argument lists (opening at `opens`) that gained or lost an argument, then keys and trailing comments aligned in
 * the sections holding a `touched` offset. The parse this needs also checks the output: the layout edits change
 * only white space, so they cannot add syntax errors.
 */
export function gofmtLayout(
  text: string,
  opens: number[],
  touched: number[],
  reflowed: number[],
  parsed: ParsedSource = parseGo(text),
): Rewritten {
  let { tree, errors } = parsed;
  const opened = planOpenedBodies(overlongOneLineBodies(tree, text, touched), text.includes('\r\n') ? '\r\n' : '\n');
  if (opened.length) {
    text = applyEdits(text, opened);
    touched = [...touched.map((o) => offsetAfterEdits(opened, o)), ...editedOffsets(opened)];
    reflowed = [...reflowed.map((o) => offsetAfterEdits(opened, o)), ...editedOffsets(opened)];
    opens = opens.map((o) => offsetAfterEdits(opened, o));
    ({ tree, errors } = parseGo(text));
  }
  // All white space, planned on one text: the alignment counts what the spacing edits add or take away.
  const spacing = [
    ...planOneLineAlignment(text, oneLineDecls(tree)),
    ...planOperatorSpacing(text, argumentSpacing(tree, text, opens)),
  ];
  const edits = [...spacing, ...planSectionAlignment(text, alignmentSections(tree, text, touched, reflowed), spacing)];
  if (!edits.length) return { text, errors };
  return {
    text: applyEdits(text, edits),
    errors: errors.map((e) => ({ ...e, offset: offsetAfterEdits(edits, e.offset) })),
  };
}
