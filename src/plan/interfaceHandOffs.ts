// Hand-offs through kept module groups: the instrumented functions that call through a module interface (or a function-typed field or parameter) whose methods keep their signatures, and the kept implementations they reach.
import { Program } from '../symbols/program';
import { canLend, HandOffList, takesLentSpan } from './handOffSpans';
import { Decisions } from './decide';
import type { HandOffEntry } from './handOff';

/**
 * A module interface whose methods keep their signatures (a type of another module or of the standard library may
 * hold it, one of its implementations must keep its own) is called without a context; so is a function-typed field
 * or parameter whose group keeps its type (IG2016). The implementation that runs sees no context and starts a new
 * trace, but the call is made by instrumented code on the same goroutine, so the caller lends its span while it runs
 * and a kept implementation's span takes the innermost one lent on its goroutine:
 *   func (c *cli) process(__atel_tracing_ctx __atel_context.Context, iter gojq.Iter) error {   // iter.Next()
 *   	...; defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
 *   func (i *jsonInputIter) Next() (interface{}, bool) {
 *   	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "cli.(*jsonInputIter).Next")
 * A call that a dispatch helper routes to its package's twins (src/plan/twinDispatch.ts) passes the context to
 * those; only implementations it cannot reach that way take a lent span. Calls in `go` statements lend nothing (the
 * method runs on another goroutine). One entry per lender and kept implementation, at the lender's first such call.
 */
export function interfaceGroupHandOffs(program: Program, decisions: Decisions): HandOffEntry[] {
  const spanOf = (id: string) => decisions.byId.get(id)?.span;
  const kept = (id: string) => takesLentSpan(decisions, id);
  const lends = (id: string | undefined): id is string => canLend(decisions, id);
  const list = new HandOffList();
  const add = (from: string, target: string, pos: HandOffEntry['pos']) =>
    list.add({ from, target, interfaces: [], pos, handOff: true, group: true });
  for (const c of program.calls) {
    if (!c.via || c.kind === 'go' || !lends(c.from)) continue;
    // Where the interface method gains the context, every implementation does too.
    if (decisions.byId.get(c.via)?.addParam) continue;
    const dispatch = decisions.dispatches?.get(c);
    const ifacePkg = program.funcs.get(c.via)?.[0].pkg;
    for (const t of c.targets) {
      if (!kept(t)) continue;
      // The dispatch helper calls the twins of its own package with the context.
      if (dispatch && spanOf(t) === 'twin' && program.funcs.get(t)?.[0].pkg === ifacePkg) continue;
      add(c.from, t, c.pos);
    }
  }
  // A function-typed field or parameter that keeps its type: its callers lend, the kept functions stored there take.
  for (const b of program.functionGroups?.blocked ?? []) {
    const members = b.members.filter(kept);
    if (!members.length) continue;
    for (const from of new Set(b.callers)) if (lends(from)) for (const t of members) add(from, t, b.pos);
  }
  return list.entries;
}

/** What a warning's related place says of a kept group's or an untracked call's hand-off. */
export function groupHandOffPlace(e: HandOffEntry): string {
  return e.dynamic
    ? 'a function value instrgen could not follow is called (or its function-typed value declared) here'
    : 'it is called here through an interface or function-typed value that keeps its signature';
}

/** What explain says of the hand-offs a function makes as a caller through kept groups and untracked function values. */
export function groupHandOffLines(
  program: Program,
  decisions: Decisions,
  id: string,
  places: (program: Program, entries: HandOffEntry[], other: 'from' | 'target') => string,
): string[] {
  const lines: string[] = [];
  const lent = decisions.handOffs?.lenders.get(id) ?? [];
  const group = lent.filter((e) => e.group);
  if (group.length)
    lines.push(
      `  lends its span to its goroutine while it runs (rtlib.HandOff), as it calls through a module interface or function-typed value whose implementations keep their signatures: ${places(program, group, 'target')}`,
    );
  const dynamic = lent.filter((e) => e.dynamic);
  if (dynamic.length)
    lines.push(
      `  lends its span to its goroutine while it runs (rtlib.HandOff), as it calls through a function value instrgen could not follow (a type assertion, a function-typed value that keeps its type, a method called by reflection), which may reach kept or unreached functions such as ${places(program, dynamic, 'target')}`,
    );
  if (decisions.handOffs?.todoTakers?.has(id))
    lines.push(
      `  is not reached, but may run below a call through a function value instrgen could not follow: where it calls instrumented functions it passes the span lent on its goroutine (rtlib.Lent()), else context.TODO()`,
    );
  return lines;
}
