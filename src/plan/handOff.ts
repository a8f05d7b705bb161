// Hand-offs: the kept methods the standard library calls that take their span's parent from the instrumented function that handed their value over, and the functions that lend theirs.
import { Diagnostic, formatPosition, Related, samePosition } from '../diagnostics/diagnostic';
import { canLend, takesLentSpan } from './handOffSpans';
import { Program, StdlibEntry } from '../symbols/program';
import { Decisions } from './decide';
import { funcValueHandOffs } from './funcValueHandOffs';
import { generatedHandOffs } from './generatedHandOffs';
import { literalInterfaceHandOffs } from './literalInterfaceHandOffs';
import { groupHandOffLines, groupHandOffPlace, interfaceGroupHandOffs } from './interfaceHandOffs';
import { dynamicCallHandOffs } from './dynamicCallHandOffs';

/**
 * A method that the standard library calls through one of its interfaces and that sees no context (an ast.Visitor's
 * Visit, sort.Interface's Less, fmt.Stringer's String, io.Writer's Write) keeps its signature. The instrumented
 * function that hands a value of its type to the standard library is on the same goroutine's stack when the call
 * comes back, so it lends its span's context to its goroutine while it runs, and the method's span starts from the
 * innermost one lent there (rtlib/handoff.go):
 *   func simplify(__atel_tracing_ctx __atel_context.Context, f *ast.File) {   // calls ast.Walk(s, f)
 *   	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_tracing_ctx, "main.simplify")
 *   	_ = __atel_child_tracing_ctx
 *   	defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
 *   	defer __atel_span.End()
 *   func (s simplifier) Visit(node ast.Node) ast.Visitor {
 *   	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.simplifier.Visit")
 * A kept method with a twin passes its twin's context through HandOffParent, which keeps a context that carries a
 * span (a direct call's) and replaces the delegate's context.Background(). On another goroutine (an http.Server's,
 * one the method's callers start) nothing is lent, and the span starts a new trace as before.
 */
export interface HandOffs {
  /** Method id → the hand-offs that reach it whose function has a span: its span's parent is theirs. */
  parented: Map<string, HandOffEntry[]>;
  /** Function id → the hand-offs it makes: it lends its span's context to its goroutine while it runs. */
  lenders: Map<string, HandOffEntry[]>;
  /** Unreached functions that pass a lent span, where there is one, instead of context.TODO() (src/plan/dynamicCallHandOffs.ts). */
  todoTakers?: Set<string>;
}

/**
 * A hand-off: a value handed to the standard library, (`funcValue`) a module function's own value handed to it
 * (src/plan/funcValueHandOffs.ts), or (`generated`) a call from instrumented code into a generated file whose code, on
 * the same goroutine, calls a function kept for it (src/plan/generatedHandOffs.ts).
 */
export type HandOffEntry = StdlibEntry & {
  generated?: boolean;
  funcValue?: boolean;
  literal?: boolean;
  group?: boolean;
  dynamic?: boolean;
};

/** A hand-off of a value to the standard library (not generated code, a function value, an interface literal, a package variable, a kept group, an untracked call). */
const viaStdlib = (e: HandOffEntry) =>
  !e.generated && !e.funcValue && !e.literal && !e.storedIn && !e.group && !e.dynamic;

/** The decisions with hand-offs planned, and the warnings of the methods they parent saying so. */
export function withHandOffs(program: Program, decisions: Decisions): Decisions {
  const parented = new Map<string, HandOffEntry[]>();
  const lenders = new Map<string, HandOffEntry[]>();
  for (const e of program.stdlibEntries) {
    if (!e.handOff) continue;
    if (!takesLentSpan(decisions, e.target) || !canLend(decisions, e.from)) continue;
    listIn(parented, e.target).push(e);
    // A value returned (`return c` from a Visit, `return &parseError{}`) is called back after its function returns.
    if (!e.returned) listIn(lenders, e.from).push(e);
  }
  // Where the caller lends and the kept function takes: generated code that calls it is entered
  // (src/plan/generatedHandOffs.ts), its value is handed to the standard library (funcValueHandOffs.ts), it is called
  // through a value of an interface literal (literalInterfaceHandOffs.ts) or of a kept module interface or
  // function-typed field (interfaceHandOffs.ts).
  for (const e of [
    ...generatedHandOffs(program, decisions),
    ...funcValueHandOffs(program, decisions),
    ...literalInterfaceHandOffs(program, decisions),
    ...interfaceGroupHandOffs(program, decisions),
  ]) {
    listIn(parented, e.target).push(e);
    listIn(lenders, e.from).push(e);
  }
  // Calls through type-asserted function values: the caller lends, kept and unreached functions there take.
  const dynamic = dynamicCallHandOffs(program, decisions);
  for (const e of dynamic.entries) listIn(parented, e.target).push(e);
  for (const e of dynamic.lent) listIn(lenders, e.from).push(e);
  const todoTakers = dynamic.takers.size ? { todoTakers: dynamic.takers } : {};
  if (!parented.size && !dynamic.takers.size) return decisions;
  // A call through a standard library interface value (`n.Pos()`, `err.Error()`) or such a value handed to the
  // standard library (`fmt.Println(err)`) may reach a method parented here, below it on its goroutine: it lends too.
  const byName = new Map<string, string[]>();
  for (const [id, es] of parented) {
    if (!es.some(viaStdlib)) continue;
    const name = program.funcs.get(id)![0].shortName;
    listIn(byName, name).push(id);
  }
  for (const c of program.interfaceHandOffs ?? []) {
    const from = decisions.byId.get(c.from)?.span;
    if (from === undefined || from === 'none') continue;
    const targets = c.methods ? c.methods.flatMap((m) => byName.get(m) ?? []) : [...byName.values()].flat();
    if (!targets.length) continue;
    for (const target of targets.slice(0, 3))
      listIn(lenders, c.from).push({ from: c.from, target, interfaces: [], pos: c.pos, handOff: true });
  }
  const byPos = new Map([...parented].map(([id, es]) => [formatPosition(program.funcs.get(id)![0].pos), es] as const));
  const diagnostics = decisions.diagnostics.map((dg): Diagnostic => {
    const es = dg.pos && byPos.get(formatPosition(dg.pos));
    if (!es) return dg;
    const who = lenderNames(program, es);
    const lender = lenderRole(es);
    const message = dg.message
      .replace(
        /; its span starts a new trace$/,
        `; its span's parent is the span of the function that ${lender}, while that runs on the same goroutine (${who}), else it starts a new trace`,
      )
      .replace(
        /, other callers start a new trace$/,
        `, other callers take the span of the function that ${lender} on their goroutine (${who}), else start a new trace`,
      );
    const related: Related[] = [...(dg.related ?? [])];
    for (const e of es.slice(0, 3))
      if (!related.some((r) => samePosition(r.pos, e.pos)))
        related.push({
          pos: e.pos,
          message: e.generated
            ? 'generated code that calls it is entered here'
            : e.literal
              ? 'it is called through a value of an interface the module writes out here'
              : e.storedIn
                ? `a call into the package that calls it back through ${e.storedIn} is made here`
                : e.group || e.dynamic
                  ? groupHandOffPlace(e)
                  : e.funcValue
                    ? 'it is handed to the standard library as a value here'
                    : 'a value of its type is handed to the standard library here',
        });
    return { ...dg, message, related };
  });
  return { ...decisions, diagnostics, handOffs: { parented, lenders, ...todoTakers } };
}

/** What the lenders of a function's span do: hand its value to the standard library, enter generated code, or both. */
function lenderRole(entries: HandOffEntry[]): string {
  const roles = [
    entries.some((e) => viaStdlib(e) || e.funcValue) && 'handed its value to the standard library',
    entries.some((e) => e.generated) && 'entered the generated code that calls it',
    entries.some((e) => e.literal) && 'calls it through an interface the module writes out',
    entries.some((e) => e.storedIn) &&
      `calls into the package that calls it back through ${entries.find((e) => e.storedIn)!.storedIn}`,
    entries.some((e) => e.group) &&
      'called it through a module interface or function-typed value that keeps its signature',
    entries.some((e) => e.dynamic) &&
      'called through a function value instrgen could not follow (a type assertion, a function-typed value that keeps its type, a method called by reflection)',
  ].filter((r): r is string => !!r);
  return roles.join(' or ');
}

/** The list under key, made empty where there is none yet. */
function listIn<T>(m: Map<string, T[]>, key: string): T[] {
  let list = m.get(key);
  if (!list) m.set(key, (list = []));
  return list;
}

/** The functions that lend their span to a method, by span name, the first three: `main.sortAll, main.report`. */
export function lenderNames(program: Program, entries: HandOffEntry[]): string {
  const names = [
    ...new Set(
      entries
        .filter((e) => !e.returned)
        .map((e) => {
          const f = program.funcs.get(e.from)![0];
          return `${f.pkgName}.${f.name}`;
        }),
    ),
  ];
  return names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
}

/** What explain says of a function's part in hand-offs: the span it takes, the span it lends (none: no lines). */
export function handOffText(program: Program, decisions: Decisions, id: string): string[] {
  const lines: string[] = [];
  const parented = decisions.handOffs?.parented.get(id);
  if (parented)
    lines.push(
      `  takes its span's parent from a hand-off (rtlib.HandOffParent): the span of the innermost function still running on its goroutine that ${parented.every((e) => e.literal) ? 'calls it through a value of an interface the module writes out' : parented.every((e) => e.storedIn) ? `calls into the package that calls it back through ${parented[0].storedIn}` : parented.some((e) => e.group || e.dynamic || e.literal || e.storedIn) ? lenderRole(parented) : parented.every((e) => e.generated) ? 'entered generated code (which calls it)' : parented.some((e) => e.generated) ? 'handed a value to the standard library or entered generated code (which calls it)' : 'handed a value to the standard library'}, such as ${lenderNames(program, parented) || 'an outer one'} (${places(
        program,
        parented.filter((e) => !e.returned),
        'from',
      )}); on a goroutine where none runs (one an http.Server or os/exec starts) it starts a new trace`,
    );
  const lent = decisions.handOffs?.lenders.get(id);
  const handed = lent?.filter(viaStdlib);
  if (handed?.length)
    lines.push(
      `  lends its span to its goroutine while it runs (rtlib.HandOff), as it hands values whose methods see no context to the standard library: ${places(program, handed, 'target')}`,
    );
  const values = lent?.filter((e) => e.funcValue);
  if (values?.length)
    lines.push(
      `  lends its span to its goroutine while it runs (rtlib.HandOff), as it hands functions that keep their signatures (and see no context) to the standard library as values: ${places(program, values, 'target')}`,
    );
  const stored = lent?.filter((e) => e.storedIn);
  if (stored?.length)
    lines.push(
      `  lends its span to its goroutine while it runs (rtlib.HandOff), as it calls into a package that calls back functions the module stored in its variables (${[...new Set(stored.map((e) => e.storedIn))].join(', ')}): ${places(program, stored, 'target')}`,
    );
  const literal = lent?.filter((e) => e.literal);
  if (literal?.length)
    lines.push(
      `  lends its span to its goroutine while it runs (rtlib.HandOff), as it calls methods kept for an interface the module writes out (IG2011) through a value of it: ${places(program, literal, 'target')}`,
    );
  lines.push(...groupHandOffLines(program, decisions, id, places));
  const entered = lent?.filter((e) => e.generated);
  if (entered?.length)
    lines.push(
      `  lends its span to its goroutine while it runs (rtlib.HandOff), as it calls into generated code that calls functions kept for it: ${places(program, entered, 'target')}`,
    );
  return lines;
}

/** The places of hand-offs, with the functions on the other side: `main.go:12:12 (byAge.Less, byAge.Swap)`. */
function places(program: Program, entries: HandOffEntry[], other: 'from' | 'target'): string {
  const byPlace = new Map<string, string[]>();
  for (const e of entries) {
    const key = formatPosition(e.pos);
    const f = program.funcs.get(e[other])![0];
    byPlace.set(key, [...new Set([...(byPlace.get(key) ?? []), `${f.pkgName}.${f.name}`])]);
  }
  return [...byPlace].map(([at, names]) => `${at}: ${names.join(', ')}`).join('; ');
}
