// The reasons a signature is kept that round 0 of the plan's decide found and later rounds replay: those that only
// the functions, methods and calls themselves decide, which taking function groups out (src/plan/functionGroups.ts)
// leaves as they were, so that a round after the first does not go over every function and call again.
import { Code, Position, Related } from '../diagnostics/diagnostic';
import { CallSite, Program } from '../symbols/program';

/** A reason decide gives a function, as it gives it (decide's `fix`). */
export type Fix = (id: string, code: Code, reason: string, pos?: Position, related?: Related[]) => void;

/** One call of `fix`, kept to be made again. */
export interface FixCall {
  id: string;
  code: Code;
  reason: string;
  pos?: Position;
  related?: Related[];
}

/** What round 0 gave, section by section, in its order. */
export interface Round0 {
  program: Program;
  roots: string[];
  /**
   * The pass over every function: its fixed reasons, and (`unlessGroupLiteral`) every function literal's, which it
   * has unless the function groups store it (later rounds have fewer groups, so a literal checked then may have it).
   */
  declared: Array<FixCall & { unlessGroupLiteral?: true }>;
  /** Methods that satisfy a standard library interface or an interface literal. */
  methodSets: FixCall[];
  /** Methods an unresolved selector may select. */
  unresolved: FixCall[];
  /** Targets of calls from generated files and of calls passing another call's results, with their call. */
  calls: Array<FixCall & { call: CallSite }>;
}

/** A `fix` that also keeps each call in `into`. */
export function recordingFix(fix: Fix, into: FixCall[]): Fix {
  return (id, code, reason, pos, related) => {
    into.push({ id, code, reason, pos, related });
    fix(id, code, reason, pos, related);
  };
}

/** A `fix` for the targets of `call` that also keeps each of its calls, with the call, in `into`. */
export function recordingCallFix(fix: Fix, into: Round0['calls'], call: CallSite): Fix {
  return (id, code, reason, pos, related) => {
    into.push({ call, id, code, reason, pos, related });
    fix(id, code, reason, pos, related);
  };
}

/** Makes the kept calls again, in their order. */
export function replayFixes(fix: Fix, calls: FixCall[]): void {
  for (const c of calls) fix(c.id, c.code, c.reason, c.pos, c.related);
}

/**
 * Round 0's pass over every function made again for `program`: a function literal is checked against the function
 * groups' literals of this round (a group taken out leaves its literals keeping their signature).
 */
export function replayDeclared(fix: Fix, round0: Round0, program: Program): void {
  const literals = program.functionGroups?.literals;
  for (const d of round0.declared)
    if (!d.unlessGroupLiteral || !literals?.has(d.id)) fix(d.id, d.code, d.reason, d.pos, d.related);
}

/**
 * Round 0's calls made again for `program`: a call through a function group taken out since is no longer in the
 * program (withoutFunctionGroups drops it), and gives no reason. Each group's pseudo method leaves the functions
 * with its group, so a call's `via` is gone exactly when it was there in round 0 and is not now.
 */
export function replayCalls(fix: Fix, round0: Round0, program: Program): void {
  const before = round0.program.funcs;
  for (const c of round0.calls) {
    const via = c.call.via;
    if (via !== undefined && before.has(via) && !program.funcs.has(via)) continue;
    fix(c.id, c.code, c.reason, c.pos, c.related);
  }
}

/**
 * The rounds of one plan: round 0's record, and whether a later round may replay it. It may when the round's
 * program is round 0's with function groups taken out (the same files, method sets, reflected methods and
 * unresolved selectors; funcs, interfaces and calls only fewer), from the same roots, and no volume rule leaves a
 * function out in either (what is left out changes with the walk).
 */
export class DecideRounds {
  private round0?: Round0;

  /** Round 0's record to replay for this round, or undefined when it must be worked out (and recorded) afresh. */
  replayFor(program: Program, roots: string[], leftOutCount: number): Round0 | undefined {
    const r = this.round0;
    if (!r || leftOutCount || r.roots !== roots || r.program === program) return undefined;
    const p = r.program;
    const same =
      p.files === program.files &&
      p.methodSets === program.methodSets &&
      p.literalInterfaces === program.literalInterfaces &&
      p.reflectedMethods === program.reflectedMethods &&
      p.unresolved === program.unresolved &&
      p.values === program.values &&
      p.observedValues === program.observedValues;
    return same ? r : undefined;
  }

  /** A new round 0 record for `program`, kept when nothing is left out; undefined when it would not be replayed. */
  record(program: Program, roots: string[], leftOutCount: number): Round0 | undefined {
    if (leftOutCount) return undefined;
    this.round0 = { program, roots, declared: [], methodSets: [], unresolved: [], calls: [] };
    return this.round0;
  }
}
