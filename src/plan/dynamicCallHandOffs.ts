// Hand-offs through function values the tool cannot follow: the instrumented functions that call through a type-asserted function value, the kept functions such a call may reach, and the unreached functions whose calls into instrumented code take a lent span instead of none.
import { Program } from '../symbols/program';
import { canLend, takesLentSpan } from './handOffSpans';
import { Decisions } from './decide';
import type { HandOffEntry } from './handOff';

/** What calls through untracked function values lend and who takes it. */
export interface DynamicHandOffs {
  /** The kept functions such a call may reach, with (up to three of) the functions that lend them a span. */
  entries: HandOffEntry[];
  /** The functions that lend, with (up to three of) what they may reach. */
  lent: HandOffEntry[];
  /**
   * Unreached functions that may run below such a call: where they call an instrumented function, they pass
   * `__atel_rtlib.Lent()` (the span lent on its goroutine, else `context.TODO()`) instead of `__atel_context.TODO()`.
   */
  takers: Set<string>;
}

/**
 * A function value stored where the tool cannot follow it (in an `interface{}`, a table built in `init`) and called
 * back through a type assertion (gojq's interpreter: `v[0].(func(interface{}, []interface{}) interface{})(x, args)`)
 * reaches functions the call graph does not see: kept functions used as values (IG2001: no context where the value
 * is taken) start a new trace, and unreached functions (a builtin stored in the table) call instrumented code with
 * `context.TODO()`, which starts one too. The call is made by instrumented code on the same goroutine, so the caller
 * lends its span while it runs; the kept functions take the innermost span lent on their goroutine, and the
 * unreached ones pass it to what they call:
 *   func (env *env) Next() (interface{}, bool) {   // w := v[0].(func(interface{}, []interface{}) interface{})(x, args)
 *   	...; defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
 *   func funcOpEq(_, l, r interface{}) interface{} {   // unreached
 *   	return compare(__atel_rtlib.Lent(), l, r) == 0
 * A call through a function-typed field, variable or parameter that keeps its type (IG2016) where an unreached
 * function is stored lends the same way (the kept functions stored there take through src/plan/interfaceHandOffs.ts).
 * A call of methods by name through reflection (`v.MethodByName(name)`, `v.Method(i)`, a template's Execute) lends
 * the same way: the methods reflection may call take, kept or unreached.
 * Unreached functions count when a function value of theirs is taken in module code (or reflection may call them by
 * name), or one of those calls them
 * (literals inside them included). No lender, no takers; a call in a `go` statement lends nothing. A lent span is
 * always that of a function still running below on the same goroutine, so the parent is a true ancestor.
 */
export function dynamicCallHandOffs(program: Program, decisions: Decisions): DynamicHandOffs {
  const none: DynamicHandOffs = { entries: [], lent: [], takers: new Set() };
  const spanOf = (id: string) => decisions.byId.get(id)?.span;
  const lenders = new Map<string, HandOffEntry['pos']>();
  for (const c of program.dynamicCalls ?? []) {
    const span = spanOf(c.from);
    if (span === undefined || span === 'none' || lenders.has(c.from)) continue;
    lenders.set(c.from, c.pos);
  }
  // A function-typed value that keeps its type (IG2016) is such a value too where an unreached function is stored.
  const unreached = (id: string) => {
    const d = decisions.byId.get(id);
    return !!d && !d.reached && d.span === 'none' && !decisions.leftOut.has(id);
  };
  for (const b of program.functionGroups?.blocked ?? []) {
    if (!b.members.some(unreached)) continue;
    for (const from of b.callers) {
      if (canLend(decisions, from) && !lenders.has(from)) lenders.set(from, b.pos);
    }
  }
  if (!lenders.size) return none;

  // Kept functions whose values are taken, and methods reflection may call by name: the call may reach them.
  const valued = new Set<string>(program.reflectedMethods?.keys() ?? []);
  for (const v of program.values) valued.add(v.target);
  const kept = [...valued].filter((id) => takesLentSpan(decisions, id));

  // Unreached functions that may run there: value-taken ones, what they call, the literals inside them (what they
  // call is gathered only when there is one: most programs have none).
  const takers = new Set<string>();
  const stack = [...valued].filter(unreached);
  for (const id of stack) takers.add(id);
  const callees = stack.length ? calleesOf(program) : new Map<string, string[]>();
  while (stack.length) {
    const id = stack.pop()!;
    for (const t of callees.get(id) ?? []) {
      if (takers.has(t) || !unreached(t)) continue;
      takers.add(t);
      stack.push(t);
    }
  }
  // Only those that call instrumented code need the lent span. A kept function they call (directly or through a
  // kept interface: callgraph.Edge.Pos calls e.Site.Pos()) sees no context either: it takes the lent span too.
  const callsInstrumented = new Set<string>();
  const keptSet = new Set(kept);
  for (const c of takers.size ? program.calls : []) {
    if (c.from === undefined || c.kind === 'go' || !takers.has(c.from)) continue;
    if (c.targets.some((t) => decisions.byId.get(t)?.addParam)) callsInstrumented.add(c.from);
    for (const t of c.targets) {
      if (takesLentSpan(decisions, t) && !keptSet.has(t)) {
        keptSet.add(t);
        kept.push(t);
      }
    }
  }
  if (!kept.length && !callsInstrumented.size) return none;

  // Every lender may reach every taker; explain and the warnings name a few of them.
  const entries: HandOffEntry[] = [];
  const lent: HandOffEntry[] = [];
  const lenderList = [...lenders];
  for (const target of kept)
    for (const [from, pos] of lenderList.slice(0, 3))
      entries.push({ from, target, interfaces: [], pos, handOff: true, dynamic: true });
  const named = [...kept, ...callsInstrumented].slice(0, 3);
  for (const [from, pos] of lenderList)
    for (const target of named) lent.push({ from, target, interfaces: [], pos, handOff: true, dynamic: true });
  return { entries, lent, takers };
}

/** What each function calls outside `go` statements, then the function literals it encloses, in program order. */
function calleesOf(program: Program): Map<string, string[]> {
  const callees = new Map<string, string[]>();
  const listOf = (id: string) => {
    let list = callees.get(id);
    if (!list) callees.set(id, (list = []));
    return list;
  };
  for (const c of program.calls) if (c.from !== undefined && c.kind !== 'go') listOf(c.from).push(...c.targets);
  for (const [id, fs] of program.funcs)
    if (fs[0].kind === 'literal' && fs[0].enclosing) listOf(fs[0].enclosing).push(id);
  return callees;
}
