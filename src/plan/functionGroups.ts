// Function-typed fields after deciding: which groups keep their type (and the warning that says why), and the
// program without them, so that a group that cannot change leaves every function and call as it was before.
import { Reach } from '../callgraph/graph';
import { Codes, Diagnostic } from '../diagnostics/diagnostic';
import { CallSite, FuncFacts, InterfaceFacts, Program } from '../symbols/program';
import { Decisions } from './decide';
import { TextEdit } from '../edit/edit';
import { ONE_LINE_MARK } from './atelSyntax';

/**
 * The pseudo methods of groups that do not change (something stored in them keeps its signature, or nothing reached
 * calls through them), and a warning for each that reached code calls through, blocked here or while walking.
 */
export function keptFunctionGroups(
  program: Program,
  decisions: Decisions,
  reached: Map<string, Reach>,
): { ids: Set<string>; members: string[]; diagnostics: Diagnostic[] } {
  const ids = new Set<string>();
  const all: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const warn = (name: string, pos: Diagnostic['pos'], reason: string, at: Diagnostic['pos']) =>
    diagnostics.push({
      code: Codes.FunctionGroup,
      severity: 'warning',
      pos,
      message: `${name} keeps its type: ${reason}; every call through it starts a new trace of the function it holds`,
      ...(at ? { related: [{ pos: at, message: 'this keeps it' }] } : {}),
    });
  const reachedCall = (from: string | undefined) => from !== undefined && reached.has(from);
  // Indexes, in program order, so that each group looks at its own calls and interfaces, not at all of them.
  const callsVia = new Map<string, CallSite[]>();
  for (const c of program.calls) if (c.via) pushTo(callsVia, c.via, c);
  const interfacesOf = new Map<string, InterfaceFacts[]>();
  for (const i of program.interfaces) for (const m of new Set(i.methods.values())) pushTo(interfacesOf, m, i);
  for (const b of program.functionGroups?.blocked ?? [])
    if (b.callers.some(reachedCall)) warn(b.name, b.pos, b.reason, b.at);
  // A group no reached code calls through gains nothing: its functions would only open spans of new traces where
  // before they had none. Groups sharing a stored function go together.
  const implsOf = new Map<string, string[]>();
  for (const i of program.interfaces)
    for (const [name, m] of i.methods)
      if (program.funcs.get(m)?.[0].group)
        implsOf.set(m, [...(implsOf.get(m) ?? []), ...(i.implementations.get(name) ?? [])]);
  const component = new Map<string, string>();
  const find = (x: string): string => {
    const p = component.get(x) ?? x;
    if (p === x) return x;
    const r = find(p);
    component.set(x, r);
    return r;
  };
  for (const [m, impls] of implsOf)
    for (const f of impls) {
      const [a, b] = [find(m), find(f)];
      if (a !== b) component.set(a, b);
    }
  const calledFromReached = new Set<string>();
  for (const c of program.calls)
    if (c.via && implsOf.has(c.via) && reachedCall(c.from)) calledFromReached.add(find(c.via));
  for (const [m, impls] of implsOf)
    if (!calledFromReached.has(find(m))) {
      ids.add(m);
      all.push(...impls);
    }

  // The groups' pseudo methods, in program order, found once (each pass below went over every function).
  const grouped: Array<[string, FuncFacts & { group: string }]> = [];
  for (const [id, [g]] of program.funcs) if (g.group) grouped.push([id, g as FuncFacts & { group: string }]);
  for (const [id, g] of grouped) {
    if (ids.has(id)) continue;
    // The function declaring a grouped parameter changes signature with it: not where the volume rules leave it out,
    // nor in the runtime library, nor for an entry point (whose callers may be outside the module's view), nor where
    // it keeps its signature (a method an interface of the standard library or reflection sees).
    const owner = g.groupParamOf ? program.funcs.get(g.groupParamOf)?.[0] : undefined;
    const ownerKept = owner && decisions.byId.get(owner.id)?.kept;
    const ownerFixed =
      g.groupParamOf !== undefined &&
      (!owner ||
        !!ownerKept ||
        decisions.leftOut.has(owner.id) ||
        owner.pkg === program.rtlibPackage ||
        decisions.roots.includes(owner.id));
    if (decisions.byId.get(id)?.addParam && !ownerFixed) continue;
    ids.add(id);
    const calls = callsVia.get(id) ?? [];
    for (const i of interfacesOf.get(id) ?? [])
      if (i.methods.get(g.shortName) === id) all.push(...(i.implementations.get(g.shortName) ?? []));
    const members = calls[0]?.targets ?? [];
    // Nothing but nil stored: nothing to change, nor to warn about.
    if (!members.length || !calls.some((c) => reachedCall(c.from))) continue;
    const blocker =
      members.find((m) => decisions.byId.get(m)?.kept) ?? members.find((m) => !decisions.byId.get(m)?.addParam);
    const f = blocker ? program.funcs.get(blocker)?.[0] : undefined;
    const kept = blocker ? decisions.byId.get(blocker)?.kept : undefined;
    const lo = owner && decisions.leftOut.get(owner.id);
    if (ownerFixed && owner) {
      const why = lo ? `: it is left out by ${lo.why}` : ownerKept ? `: ${ownerKept.reason}` : '';
      warn(g.group, g.pos, `${owner.name} keeps its signature${why}`, ownerKept?.pos ?? owner.pos);
      continue;
    }
    const reason = f
      ? `${f.name}, stored in it, must keep its signature${kept ? `: ${kept.reason}` : f.ctxParam ? ': it already has a context parameter' : ''}`
      : 'a function stored in it must keep its signature';
    warn(g.group, g.pos, reason, kept?.pos ?? f?.pos);
  }
  // Positions values flow between change together or not at all: a group sharing a stored function with one that
  // stays goes too (a parameter whose function keeps its signature takes the field it fills with it).
  const membersOf = (id: string) => (interfacesOf.get(id) ?? []).flatMap((i) => [...i.implementations.values()].flat());
  const removed = new Set(all);
  for (let grew = true; grew;) {
    grew = false;
    for (const [id] of grouped) {
      if (ids.has(id) || !membersOf(id).some((m) => removed.has(m))) continue;
      ids.add(id);
      membersOf(id).forEach((m) => removed.add(m));
      grew = true;
    }
  }
  return { ids, members: [...removed], diagnostics };
}

/** The program as if the groups `ids` did not exist: their fields, stores and calls are left as they are written. */
export function withoutFunctionGroups(program: Program, ids: Set<string>): Program {
  const keep = <K>(m: Map<K, string> | undefined) => new Map([...(m ?? [])].filter(([, g]) => !ids.has(g)));
  return {
    ...program,
    funcs: withoutKeys(program.funcs, ids),
    interfaces: program.interfaces.filter((i) => ![...i.methods.values()].some((m) => ids.has(m))),
    calls: program.calls.filter((c) => !c.via || !ids.has(c.via)),
    functionGroups: program.functionGroups && {
      stores: keep(program.functionGroups.stores),
      literals: keep(program.functionGroups.literals),
      blocked: [],
    },
  };
}

/**
 * gofmt keeps a struct on one line only while its one field is short (30 bytes); a field that gains the context
 * outgrows that, so the struct is opened, with the mark prune closes it again by:
 *   type entry struct{ run func(n int) int }
 *   type entry struct { //instrgen:oneline      (gofmt's space before a struct's opened brace)
 *   	run func(__atel_tracing_ctx __atel_context.Context, n int) int
 *   }
 */
export function planOpenedStructs(program: Program, decisions: Decisions): Array<{ file: string; edit: TextEdit }> {
  const out: Array<{ file: string; edit: TextEdit }> = [];
  for (const [id, [f]] of program.funcs) {
    const s = f.oneLineStruct;
    if (!s || !decisions.byId.get(id)?.addParam) continue;
    const nl = program.files.get(f.file)!.eol;
    const message = `open the struct declaring ${f.name}`;
    out.push({
      file: f.file,
      edit: {
        start: s.open,
        end: s.fieldStart,
        newText: ` {${ONE_LINE_MARK}${nl}${s.indent}\t`,
        kind: 'add-param',
        message,
      },
    });
    out.push({
      file: f.file,
      edit: { start: s.fieldEnd, end: s.close, newText: `${nl}${s.indent}`, kind: 'add-param', message },
    });
  }
  return out;
}

function pushTo<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** The map without the keys `ids`, the rest in their order (a copy and deletes: no array of every entry). */
export function withoutKeys<V>(m: Map<string, V>, ids: Set<string>): Map<string, V> {
  const out = new Map(m);
  for (const id of ids) out.delete(id);
  return out;
}
