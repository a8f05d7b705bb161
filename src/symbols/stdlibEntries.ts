// Module methods the standard library may call through its interfaces, and where values of their types reach it.
import { byFamiliarity, interfaceMethodNames } from '../plan/externalInterfaces';
import { StdlibEntry, StdlibFlow } from './program';

/**
 * For each value of a module type handed to the standard library in a function (converted to one of its
 * interfaces, assigned, returned as `error`, passed to its functions): every method of the type that a standard
 * library interface it satisfies has. `mux.Handle("/count", c)` in newMux reaches (*counter).ServeHTTP from newMux,
 * `sort.Sort(byAge(p))` reaches Len, Less and Swap. Which interface the value enters is not narrowed: what takes
 * `any` (fmt, encoding/json) asserts to the interfaces it knows.
 */
export function stdlibEntries(flows: readonly StdlibFlow[], methodSets: ReadonlyArray<{ type: string; methods: Map<string, string>; stdlibInterfaces: string[] }>): StdlibEntry[] {
  const byType = new Map(methodSets.filter((m) => m.stdlibInterfaces.length).map((m) => [m.type, m]));
  const out: StdlibEntry[] = [];
  const seen = new Set<string>();
  for (const flow of flows) {
    const set = byType.get(flow.type);
    if (!set || flow.from === undefined) continue;
    const interfacesOf = new Map<string, string[]>();
    for (const iface of byFamiliarity(set.stdlibInterfaces)) for (const name of interfaceMethodNames(iface)) interfacesOf.set(name, [...(interfacesOf.get(name) ?? []), iface]);
    for (const [name, interfaces] of interfacesOf) {
      const target = set.methods.get(name);
      const key = `${flow.from}>${target}`;
      if (!target || seen.has(key)) continue;
      seen.add(key);
      out.push({ from: flow.from, target, interfaces, pos: flow.pos });
    }
  }
  return out;
}
