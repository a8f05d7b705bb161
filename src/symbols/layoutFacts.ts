// The facts of one Go text that the gofmt layout step (src/edit/gofmtLayout.ts) reads, as plain data: the syntax tree
// stays in this phase, and each question is answered for the places the step asks about only.
import { parseGo, ParsedSource, SyntaxProblem } from '../parse/parse';
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
