// Deriving the table of the Go standard library's exported interfaces (method names, parameter and result types) from
// GOROOT's source, as a view of the one GOROOT index (gorootIndex.ts). The table is src/stdlib/interfaces.json;
// scripts/stdlib-interfaces.ts writes it and a test re-derives it so it cannot drift.
import { SyntaxNode } from '../parse/parse';
import { byCodeUnits, gorootSrc, goVersion } from '../stdlib/goroot';
import type { StdlibMethod, StdlibInterfaceTable } from '../stdlib/interfaces';
import type { TypeCode } from '../stdlib/types';
import { isExported } from '../stdlib/universe';
import { GorootIndex, PackageIndex, paramCodes, resultCodes, Site, TypeSite } from './gorootIndex';

export { formatStdlibInterfaces } from '../stdlib/interfaces';
export { goRootFromGo } from '../stdlib/goroot';

/** The table plus what the scan looked at, for the script's summary line. */
export interface StdlibInterfaceScan {
  table: StdlibInterfaceTable;
  /** Packages whose exported interfaces were collected. */
  packages: number;
  /** Files parsed in all, including internal and vendored packages loaded only to resolve embedded interfaces. */
  files: number;
}

/** A method set; `null` stands for a type that cannot be used as an interface value (a non-interface, or a constraint). */
type MethodSet = Map<string, StdlibMethod> | null;

/** The table of `goroot`'s exported interfaces, as committed in src/stdlib/interfaces.json. */
export function stdlibInterfaces(goroot: string): StdlibInterfaceTable {
  return scanStdlibInterfaces(goroot).table;
}

/** Scans `$goroot/src` and builds the table; see stdlibInterfaces. Throws on anything it cannot resolve rather than guess. */
export function scanStdlibInterfaces(goroot: string): StdlibInterfaceScan {
  const src = gorootSrc(goroot);
  const index = new GorootIndex(src);
  const resolver = new Resolver(index);
  const found = new Map<string, Map<string, StdlibMethod>>();
  let packages = 0;

  // builtin is documentation, not an importable package: only its `error` is a real (predeclared) interface.
  for (const importPath of index.tree.importable()) {
    const pkg = index.package(importPath);
    if (!pkg) continue;
    packages++;
    for (const [name, decls] of pkg.types) {
      if (!isExported(name)) continue;
      const methods = resolver.resolveDecls(decls, `${importPath}.${name}`);
      if (methods && methods.size > 0) found.set(`${importPath}.${name}`, methods);
    }
  }
  const errorMethods = resolver.predeclared('error');
  if (!errorMethods || errorMethods.size === 0)
    throw new Error('builtin/builtin.go does not declare the error interface');
  found.set('error', errorMethods);

  const interfaces = [...found.keys()].sort(byCodeUnits).map((name) => ({
    name,
    methods: [...found.get(name)!.values()].sort((a, b) => byCodeUnits(a.name, b.name)),
  }));
  return { table: { generatedFrom: `${goVersion(goroot)} ${src}`, interfaces }, packages, files: index.filesParsed };
}

/** Two declarations of one method as one: where their types differ (build targets, `byte` spelled `uint8`), unknown. */
function mergeMethods(a: StdlibMethod, b: StdlibMethod): StdlibMethod | undefined {
  if (a.params.length !== b.params.length || a.results.length !== b.results.length || !!a.variadic !== !!b.variadic)
    return undefined;
  const same = (x: TypeCode, y: TypeCode) => (JSON.stringify(x) === JSON.stringify(y) ? x : null);
  const merged: StdlibMethod = {
    name: a.name,
    params: a.params.map((p, i) => same(p, b.params[i])),
    results: a.results.map((r, i) => same(r, b.results[i])),
  };
  if (a.variadic) merged.variadic = true;
  return merged;
}

/** Resolves the method sets of interface declarations, through embedding, across packages. */
class Resolver {
  /** Resolved method sets per declaration; `undefined` while in progress, to catch embedding cycles. */
  private readonly resolved = new Map<TypeSite, MethodSet | undefined>();

  constructor(private readonly index: GorootIndex) {}

  /**
   * The method set of a name declared in a package, possibly once per build target (syscall.Sockaddr is `any` on js,
   * an interface elsewhere). Rewritten code must compile for every target, so the table takes the union of the
   * interface declarations; a method whose arity differs between targets is an error, since one entry cannot hold both.
   */
  resolveDecls(decls: TypeSite[], what: string): MethodSet {
    const sets = decls.map((d) => this.resolveDecl(d)).filter((s): s is Map<string, StdlibMethod> => s !== null);
    // A constraint or non-interface on every target is no value interface; on some targets only, the others still count.
    if (sets.length === 0) return null;
    const union = new Map<string, StdlibMethod>();
    for (const set of sets)
      for (const m of set.values()) {
        const had = union.get(m.name);
        const merged = had ? mergeMethods(had, m) : m;
        if (!merged) throw new Error(`${what}.${m.name} has different arities for different build targets`);
        union.set(m.name, merged);
      }
    return union;
  }

  /** The method set of a predeclared identifier (`error`, `any`, `comparable`, `int`, ...), from builtin/builtin.go. */
  predeclared(name: string): MethodSet {
    const builtin = this.index.package('builtin');
    if (!builtin) throw new Error('cannot load the builtin package');
    const decls = builtin.types.get(name);
    if (!decls) return null;
    // builtin.go spells `comparable` as `interface{ comparable }`, which only the compiler understands: it is a constraint.
    // Its other types are documented as themselves (`type int int`): not interfaces, and not resolvable further.
    if (name === 'comparable' || decls.some((d) => d.spec.childForFieldName('type')!.type !== 'interface_type'))
      return null;
    return this.resolveDecls(decls, name);
  }

  private resolveDecl(decl: TypeSite): MethodSet {
    if (this.resolved.has(decl)) {
      const done = this.resolved.get(decl);
      if (done === undefined)
        throw new Error(`${decl.pkg.importPath}.${decl.spec.childForFieldName('name')!.text} embeds itself`);
      return done;
    }
    this.resolved.set(decl, undefined);
    const set = this.resolveType(decl.spec.childForFieldName('type')!, decl);
    this.resolved.set(decl, set);
    return set;
  }

  private resolveType(node: SyntaxNode, site: Site): MethodSet {
    switch (node.type) {
      case 'interface_type':
        return this.interfaceMethods(node, site);
      case 'type_identifier':
        return this.resolveName(node.text, site);
      case 'qualified_type': {
        const qualifier = node.childForFieldName('package')!.text;
        const name = node.childForFieldName('name')!.text;
        const target = this.index.imported(qualifier, site);
        if (!target) throw new Error(`${site.pkg.importPath}: no import for qualifier ${qualifier}`);
        const decls = target.types.get(name);
        if (!decls) throw new Error(`${site.pkg.importPath}: ${target.importPath} declares no type ${name}`);
        return this.resolveDecls(decls, `${target.importPath}.${name}`);
      }
      case 'generic_type':
        // An instantiated generic interface has the generic one's methods; where they use its parameters, their types are unknown.
        return this.resolveType(node.childForFieldName('type')!, site);
      case 'parenthesized_type':
        return this.resolveType(
          node.namedChildren.find((n) => n.type !== 'comment')!,
          site,
        );
      default:
        // struct, pointer, slice, map, func, chan, array types: not interfaces.
        return null;
    }
  }

  private interfaceMethods(node: SyntaxNode, site: Site): MethodSet {
    const methods = new Map<string, StdlibMethod>();
    const add = (m: StdlibMethod) => {
      const had = methods.get(m.name);
      // Go 1.14 allows the same method through two embeddings only with identical signatures.
      const merged = had ? mergeMethods(had, m) : m;
      if (!merged) throw new Error(`${site.pkg.importPath}: conflicting method ${m.name} in ${node.text.slice(0, 60)}`);
      methods.set(m.name, merged);
    };
    const namer = this.index.namer(site);
    for (const elem of node.namedChildren) {
      if (elem.type === 'comment') continue;
      if (elem.type === 'method_elem') {
        const params = paramCodes(elem.childForFieldName('parameters')!, namer);
        const method: StdlibMethod = {
          name: elem.childForFieldName('name')!.text,
          params: params.types,
          results: resultCodes(elem.childForFieldName('result'), namer),
        };
        if (params.variadic) method.variadic = true;
        add(method);
        continue;
      }
      if (elem.type !== 'type_elem')
        throw new Error(`${site.pkg.importPath}: unexpected ${elem.type} in ${node.text.slice(0, 60)}`);
      // A union (`A | B`) or an approximation (`~int`) makes the interface a constraint, unusable as a value.
      const terms = elem.namedChildren.filter((n) => n.type !== 'comment');
      if (terms.length !== 1 || terms[0].type === 'negated_type') return null;
      const embedded = this.resolveType(terms[0], site);
      // Embedding a non-interface type (or a constraint) also makes a constraint.
      if (!embedded) return null;
      for (const m of embedded.values()) add(m);
    }
    return methods;
  }

  private resolveName(name: string, site: Site): MethodSet {
    const pkg: PackageIndex = site.pkg;
    const own = pkg.types.get(name);
    if (own) return this.resolveDecls(own, `${pkg.importPath}.${name}`);
    for (const imp of site.file.imports) {
      if (imp.alias !== '.') continue;
      const decls = this.index.importOf(imp.path, site).types.get(name);
      if (decls) return this.resolveDecls(decls, `${imp.path}.${name}`);
    }
    if (this.index.package('builtin')!.types.has(name)) return this.predeclared(name);
    throw new Error(`${pkg.importPath}: cannot resolve type ${name}`);
  }
}
