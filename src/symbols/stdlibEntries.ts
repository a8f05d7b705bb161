// Module methods the standard library may call through its interfaces, and where values of their types reach it.
import { byFamiliarity, interfaceMethodNames } from '../stdlib/interfaces';
import { FileFacts, FuncFacts, StdlibEntry, StdlibFlow } from './program';

/**
 * For each value of a module type handed to the standard library in a function (converted to one of its
 * interfaces, assigned, returned as `error`, passed to its functions): every method of the type that a standard
 * library interface it satisfies has. `mux.Handle("/count", c)` in newMux reaches (*counter).ServeHTTP from newMux,
 * which parents its span from a context it sees (seesParentContext). `sort.Sort(byAge(p))` in sortAll reaches Len,
 * Less and Swap, which see none: those entries are hand-offs (`handOff`), and sortAll lends them its span while it
 * runs (src/plan/handOff.ts, rtlib/handoff.go). Values handed over at package level or in `init` count for every
 * entry point only where the method sees a context: no instrumented function is running when init's run.
 * Which interface the value enters is not narrowed: what takes `any` (fmt, encoding/json) asserts to the
 * interfaces it knows.
 */
export function stdlibEntries(
  flows: readonly StdlibFlow[],
  methodSets: ReadonlyArray<{ type: string; methods: Map<string, string>; stdlibInterfaces: string[] }>,
  atStartup: (flow: StdlibFlow) => string[],
  seesParent: (method: string) => boolean,
): StdlibEntry[] {
  const byType = new Map(methodSets.filter((m) => m.stdlibInterfaces.length).map((m) => [m.type, m]));
  const out: StdlibEntry[] = [];
  const seen = new Set<string>();
  for (const flow of flows) {
    const set = byType.get(flow.type);
    if (!set) continue;
    for (const from of atStartup(flow)) entriesOf(set, { ...flow, from }, seen, out, seesParent, false);
    if (flow.from !== undefined) entriesOf(set, { ...flow, from: flow.from }, seen, out, seesParent, true);
  }
  return out;
}

/**
 * Whether a method the standard library calls can give its span a parent: it sees a context (its own
 * context.Context parameter, or an *http.Request's). Others (an ast.Visitor's Visit once per node, sort's Less, an
 * Error or String method each time fmt prints) take the span of the function that handed their value over.
 */
export function seesParentContext(funcs: Map<string, FuncFacts[]>): (method: string) => boolean {
  return (method) => {
    const f = funcs.get(method)?.[0];
    return !!f && ((!!f.ctxParam && f.ctxParam.name !== '') || (!!f.requestParam && f.requestParam.name !== '_'));
  };
}

/**
 * One entry per method of the type that a standard library interface it satisfies has, once per function it is
 * reached from; a method that sees no context only where `handOffs` (the flow is in that function's own code).
 */
function entriesOf(
  set: { methods: Map<string, string>; stdlibInterfaces: string[] },
  flow: StdlibFlow & { from: string },
  seen: Set<string>,
  out: StdlibEntry[],
  seesParent: (method: string) => boolean,
  handOffs: boolean,
): void {
  const interfacesOf = new Map<string, string[]>();
  for (const iface of byFamiliarity(set.stdlibInterfaces))
    for (const name of interfaceMethodNames(iface)) interfacesOf.set(name, [...(interfacesOf.get(name) ?? []), iface]);
  for (const [name, interfaces] of interfacesOf) {
    const target = set.methods.get(name);
    if (!target) continue;
    const handOff = !seesParent(target);
    if (handOff && !handOffs) continue;
    // A function that returns a value and also hands one over lends its span: both entries count.
    const returned = handOff && !!flow.returned;
    const key = `${flow.from}>${target}${returned ? '>returned' : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      from: flow.from,
      target,
      interfaces,
      pos: flow.pos,
      ...(handOff ? { handOff } : {}),
      ...(returned ? { returned } : {}),
    });
  }
}

/**
 * Values handed over at package level or in `init` run before any entry point: `http.Handle("/", &api{})` in init
 * serves requests once main listens. Such a flow counts as made by every entry point (a function with
 * AutotelEntryPoint or //instrgen:entry) of a program that links the package.
 */
export function startupFlowSources(
  funcs: Map<string, FuncFacts[]>,
  files: Map<string, FileFacts>,
  linked: (a: string, b: string) => boolean,
): (flow: StdlibFlow) => string[] {
  const entries = [...funcs.values()].map((d) => d[0]).filter((f) => f.entry || f.entryCall !== undefined);
  const byPkg = new Map<string, string[]>();
  return (flow) => {
    const f = flow.from === undefined ? undefined : funcs.get(flow.from)?.[0];
    if (f && !(f.kind === 'func' && f.shortName === 'init')) return [];
    const pkg = files.get(flow.pos.file)?.pkg ?? '';
    let ids = byPkg.get(pkg);
    if (!ids) byPkg.set(pkg, (ids = entries.filter((e) => linked(files.get(e.file)?.pkg ?? '', pkg)).map((e) => e.id)));
    return ids;
  };
}
