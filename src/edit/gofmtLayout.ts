// The gofmt layout step: after applyEdits, the layout gofmt would give the places a rewrite touched, planned as edits
// that change only white space (and add the mark of an opened one-line body).
import { SyntaxProblem } from '../parse/parse';
import { LayoutFacts, layoutFactsAround, layoutPlaces } from '../symbols/layoutFacts';
import type { Around } from '../parse/partialTree';
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
function editedOffsets(edits: readonly TextEdit[], onlyLineBreaks = false, before?: string): number[] {
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
 * The places of a rewritten text whose layout gofmt may see differently: where edits' new texts begin and end
 * (`touched`), those of edits that add or take away a line break (`reflowed`: they can change the sections of every
 * list above), and the argument lists that gained or lost an argument (`opens`, offsets of their `(`).
 */
export interface TouchedPlaces {
  opens: number[];
  touched: number[];
  reflowed: number[];
}

/** The places `edits` touch in the text they make of `before`; `lists` are offsets in `before` of `(`s whose lists change. */
export function touchedPlaces(edits: readonly TextEdit[], before: string, lists: readonly number[]): TouchedPlaces {
  return {
    opens: lists.map((o) => offsetAfterEdits(edits, o)),
    touched: editedOffsets(edits),
    reflowed: editedOffsets(edits, true, before),
  };
}

/** The places of a text rewritten twice: the second round's own (`second`), then the first round's followed through `edits`. */
export function placesAfter(first: TouchedPlaces, edits: readonly TextEdit[], second: TouchedPlaces): TouchedPlaces {
  const follow = (offsets: number[]) => offsets.map((o) => offsetAfterEdits(edits, o));
  return {
    opens: [...second.opens, ...follow(first.opens)],
    touched: [...second.touched, ...follow(first.touched)],
    reflowed: [...second.reflowed, ...follow(first.reflowed)],
  };
}

/** Where the layout step reads the tree of `text` for `places`: a tree kept around these answers as the whole one. */
export function layoutAround(text: string, places: TouchedPlaces): Around {
  return layoutPlaces(text, places.touched, places.reflowed, places.opens);
}

/**
 * The layout gofmt gives what a rewrite touched: one-line bodies grown past 100 columns opened (the one change
 * that is not white space: a mark prune finds), consecutive one-line functions aligned, operators spaced in the
 * argument lists (opening at `opens`) that gained or lost an argument, then keys and trailing comments aligned in
 * the sections holding a `touched` offset. The facts come from symbols/layoutFacts.ts, from a tree kept around the
 * places only (layoutAround); the parse they need also checks the output: the layout edits change only white space,
 * so they cannot add syntax errors.
 */
export function gofmtLayout(
  text: string,
  places: TouchedPlaces,
  facts: LayoutFacts = layoutFactsAround(text, layoutAround(text, places)),
): Rewritten {
  let { opens, touched, reflowed } = places;
  const opened = planOpenedBodies(facts.overlongBodies(touched), text.includes('\r\n') ? '\r\n' : '\n');
  if (opened.length) {
    text = applyEdits(text, opened);
    touched = [...touched.map((o) => offsetAfterEdits(opened, o)), ...editedOffsets(opened)];
    reflowed = [...reflowed.map((o) => offsetAfterEdits(opened, o)), ...editedOffsets(opened)];
    opens = opens.map((o) => offsetAfterEdits(opened, o));
    facts = layoutFactsAround(text, layoutAround(text, { opens, touched, reflowed }));
  }
  // All white space, planned on one text: the alignment counts what the spacing edits add or take away.
  const spacing = [
    ...planOneLineAlignment(text, facts.oneLineDecls()),
    ...planOperatorSpacing(text, facts.argumentSpacing(opens)),
  ];
  const edits = [...spacing, ...planSectionAlignment(text, facts.alignmentSections(touched, reflowed), spacing)];
  const { errors } = facts;
  if (!edits.length) return { text, errors };
  return {
    text: applyEdits(text, edits),
    errors: errors.map((e) => ({ ...e, offset: offsetAfterEdits(edits, e.offset) })),
  };
}
