// The facts of one Go text that the gofmt layout step (src/edit/gofmtLayout.ts) reads, as plain data: the syntax tree
// stays in this phase, and each question is answered for the places the step asks about only.
import { parseGo, parseGoAround, ParsedSource, SyntaxProblem } from '../parse/parse';
import type { Around } from '../parse/partialTree';
import {
  AlignmentSections,
  alignmentSections,
  OneLineDecl,
  oneLineDecls,
  OverlongBody,
  overlongOneLineBodies,
} from './gofmtAlignment';
import { argumentSpacing, OperatorSpacing } from './gofmtSpacing';

export interface LayoutFacts {
  /** The text's syntax errors: the layout step hands them on, as the check every output must pass. */
  errors: SyntaxProblem[];
  /** One-line function bodies holding a `touched` offset that gofmt would now open. */
  overlongBodies(touched: readonly number[]): OverlongBody[];
  /** Top-level declarations on one line, which gofmt aligns with their neighbours. */
  oneLineDecls(): OneLineDecl[];
  /** Binary operators inside the argument lists opening at `opens`, with gofmt's spacing. */
  argumentSpacing(opens: readonly number[]): OperatorSpacing[];
  /** The alignment sections (keys, trailing comments) of the lists holding a `touched` line. */
  alignmentSections(touched: readonly number[], reflowed: readonly number[]): AlignmentSections;
}

/** The layout facts of `text`, from its parse (parsed here when not given). */
export function layoutFacts(text: string, parsed: ParsedSource = parseGo(text)): LayoutFacts {
  const { tree, errors } = parsed;
  return {
    errors,
    overlongBodies: (touched) => overlongOneLineBodies(tree, text, touched),
    oneLineDecls: () => oneLineDecls(tree),
    argumentSpacing: (opens) => argumentSpacing(tree, text, opens),
    alignmentSections: (touched, reflowed) => alignmentSections(tree, text, touched, reflowed),
  };
}

/** Node types whose children the facts read where they are next to a place (see layoutPlaces). */
const PEEK = ['keyed_element', 'argument_list', 'expression_list'];

/** The start of the line holding `offset` and the end of it (its `\n`, or the text's end). */
function lineRange(text: string, offset: number): [number, number] {
  const end = text.indexOf('\n', offset);
  return [text.lastIndexOf('\n', offset - 1) + 1, end < 0 ? text.length : end];
}

/**
 * Where the layout facts of `text` read its tree, for the places the step asks about (a partial tree kept around them
 * answers as the whole tree does; see parse/partialTree.ts):
 * - the lines of the `touched` and `reflowed` offsets: the one-line bodies on them, the nodes and lists enclosing
 *   them (and their items: children of nodes that enclose a range, which a partial tree keeps), their trailing
 *   comments;
 * - the children of the keyed elements of those lists (alignmentSections reads each key, colon and value), and of the
 *   argument lists and expression lists next to a node enclosing a range (printDepth counts a call's arguments from
 *   its callee, and an assignment's sides from one of its values): PEEK;
 * - every line with code and a comment after it: alignmentSections reads the trailing comment of each item's first
 *   line in every list holding a touched line, and those lists are known only from the tree (a line whose code is a
 *   `//` comment alone has no trailing comment, however it is parsed);
 * - the calls whose argument lists open at `opens`, whole (argumentSpacing visits them and what they call);
 * - the top-level declarations and their children (oneLineDecls), which a partial tree always keeps.
 */
export function layoutPlaces(
  text: string,
  touched: readonly number[],
  reflowed: readonly number[],
  opens: readonly number[],
): Around {
  const ranges: number[] = [];
  const last = Math.max(0, text.length - 1);
  // overlongBodies looks from min(offset, last): at the text's end, that is the line before.
  for (const offsets of [touched, reflowed])
    for (const o of offsets) ranges.push(lineRange(text, Math.min(o, last))[0], lineRange(text, o)[1]);
  for (const marker of ['//', '*/'])
    for (let at = text.indexOf(marker); at >= 0;) {
      const [start, end] = lineRange(text, at);
      if (!/^[ \t]*\/\//.test(text.slice(start, at + 2))) ranges.push(start, end);
      at = text.indexOf(marker, end);
    }
  return { ranges, calls: [...opens], peek: PEEK };
}

/** layoutFacts from a tree kept around `around` only (layoutPlaces): the facts of those places, the text's errors. */
export function layoutFactsAround(text: string, around: Around, parsed: ParsedSource = parseGoAround(text, around)) {
  return layoutFacts(text, parsed);
}
