// The symbols phase: from parsed files to the Program every later phase reads (declarations, calls, references).
import { collectDeclarations, FuncInfo, literalInterfaces, ParsedFile } from './declarations';
import { FuncFacts, Program } from './program';
import { Resolver } from './references';
import { TypeQueries } from './typeQueries';
import { reflectedMethods } from './reflection';
import { observedFunctionValues } from './observedValues';
import { linkedTogether } from './binaries';
import { seesParentContext, startupFlowSources, stdlibEntries } from './stdlibEntries';
import { templateEntries } from './templateEntries';
import { packageVarEntries } from './packageVarEntries';
import { FunctionGroupCollector } from './functionGroups';

export type { ParsedFile } from './declarations';

/** Declarations first (so every type and function is known), then every body with its scopes. */
export function analyzeModule(modulePath: string, parsed: ParsedFile[]): Program {
  const { packages, funcs } = collectDeclarations(modulePath, parsed);
  const queries = new TypeQueries(packages, funcs);
  queries.computeImplementations();

  // The package that declares AutotelEntryPoint is the runtime library: never instrumented, even inside the module.
  let rtlibPackage: string | undefined;
  for (const pkg of packages.values()) if (pkg.funcs.has('AutotelEntryPoint')) rtlibPackage = pkg.path;

  const methodNames = new Set<string>();
  for (const list of funcs.values())
    for (const fi of list) if (fi.facts.kind !== 'func') methodNames.add(fi.facts.shortName);

  const byFile = new Map<string, FuncInfo[]>();
  for (const list of funcs.values())
    for (const fi of list)
      if (fi.facts.kind !== 'interface-method') {
        const list = byFile.get(fi.file.facts.path);
        if (list) list.push(fi);
        else byFile.set(fi.file.facts.path, [fi]);
      }

  const resolver = new Resolver(queries, packages, methodNames);
  resolver.groups = new FunctionGroupCollector(queries, packages, funcs);
  const files = new Map<string, Program['files'] extends Map<string, infer F> ? F : never>();
  for (const pkg of packages.values())
    for (const f of pkg.files) {
      files.set(f.facts.path, f.facts);
      resolver.resolveFile(
        f,
        (byFile.get(f.facts.path) ?? []).sort((a, b) => a.facts.start - b.facts.start),
      );
    }
  const refs = resolver.out;
  // Only interfaces that values from outside the module may enter need the standard library's candidates.
  const openToOutside = new Set(
    refs.interfaceFlows
      .filter((f) => f.source.k === 'unknown' || f.source.k === 'outside-iface' || f.source.k === 'iface')
      .map((f) => f.iface),
  );
  for (const iface of queries.interfaces)
    if (openToOutside.has(iface.id)) iface.stdlibCandidates = queries.stdlibCandidates(iface);

  const out = new Map<string, FuncFacts[]>();
  const add = (f: FuncFacts) => out.set(f.id, [...(out.get(f.id) ?? []), f]);
  for (const list of funcs.values()) for (const fi of list) add(fi.facts);
  for (const lit of refs.literals) add(lit.facts);
  for (const [fn, call] of refs.entryCalls) {
    for (const f of out.get(fn) ?? []) {
      f.entryCall = call.offset;
      const file = files.get(f.file)!;
      if (file.rtlibQualifier === undefined) file.rtlibQualifier = call.qualifier;
    }
  }
  const groups = resolver.groups.finish(refs.values, refs.literals, (id) => out.get(id)?.[0], refs.stdlibFlows);
  for (const f of groups.funcs) add(f);
  const methodSets = queries.methodSets();
  const usedAsValue = new Set(refs.values.map((v) => v.target));
  const linked = linkedTogether([...files.values()]);
  const packageOf = (file: string) => files.get(file)?.pkg ?? '';
  const reflected = reflectedMethods(refs.reflection, queries, methodSets, usedAsValue, packageOf, linked);
  return {
    modulePath,
    files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    funcs: out,
    calls: [...refs.calls, ...groups.calls],
    values: refs.values,
    unresolved: refs.unresolved,
    exits: refs.exits.filter(
      (e) => !files.get(e.file)!.isTest && !files.get(e.file)!.generated && files.get(e.file)!.pkg !== rtlibPackage,
    ),
    interfaces: [...queries.interfaces, ...groups.interfaces],
    functionGroups: { stores: groups.stores, literals: groups.literals, blocked: groups.blocked },
    methodSets,
    literalInterfaces: [...packages.values()].flatMap((pkg) => pkg.files.flatMap(literalInterfaces)),
    rtlibPackage,
    interfaceFlows: refs.interfaceFlows,
    stdlibEntries: [
      ...stdlibEntries(refs.stdlibFlows, methodSets, startupFlowSources(out, files, linked), seesParentContext(out)),
      ...templateEntries(reflected, seesParentContext(out)),
      ...packageVarEntries(refs.packageVarStores, refs.packageCalls, seesParentContext(out), (a, b) =>
        linked(packageOf(a), packageOf(b)),
      ),
    ],
    interfaceHandOffs: refs.interfaceHandOffs,
    funcValueHandOffs: refs.funcValueHandOffs,
    dynamicCalls: refs.dynamicCalls,
    reflectedMethods: reflected,
    observedValues: observedFunctionValues(refs.funcValueFlows, packageOf, linked),
  };
}
