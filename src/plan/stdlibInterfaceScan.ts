// Deriving the table of the Go standard library's exported interfaces (method names and arities) from GOROOT's own source.
// The table lives in stdlibInterfaces.json; scripts/stdlib-interfaces.ts writes it and a test re-derives it so it cannot drift.
import { byCodeUnits, GorootFile, GorootPackage, GorootPackages, gorootSrc, goVersion, isExported } from '../load/goroot';
import { SyntaxNode } from '../parse/parse';

export { goRootFromGo } from '../load/goroot';

/** One method of an interface: `params` and `results` count values (`a, b int` is 2; a variadic parameter is 1). */
export interface MethodShape {
  name: string;
  params: number;
  results: number;
}

/** An exported standard library interface, named by import path and type name (`container/heap.Interface`), or `error`. */
export interface StdlibInterface {
  name: string;
  methods: MethodShape[];
}

/** The committed table: where it came from, then the interfaces sorted by name, each with its methods sorted by name. */
export interface StdlibInterfaceTable {
  generatedFrom: string;
  interfaces: StdlibInterface[];
}

/** The table plus what the scan looked at, for the script's summary line. */
export interface StdlibInterfaceScan {
  table: StdlibInterfaceTable;
  /** Packages whose exported interfaces were collected. */
  packages: number;
  /** Files parsed in all, including internal and vendored packages loaded only to resolve embedded interfaces. */
  files: number;
}

/** A method set; `null` stands for a type that cannot be used as an interface value (a non-interface, or a constraint). */
type MethodSet = Map<string, MethodShape> | null;

/** A parsed file: its imports say what its qualifiers name. */
type GoFileInfo = GorootFile;

interface TypeDecl {
  name: string;
  /** The declared type (`type X <type>` or `type X = <type>`). */
  type: SyntaxNode;
  file: GoFileInfo;
  pkg: GoPackage;
}

interface GoPackage {
  importPath: string;
  /** The package clause name, which import specs without an alias are qualified by. */
  name: string;
  /** Package-level type declarations by name; more than one when files for different build targets each declare it. */
  types: Map<string, TypeDecl[]>;
  files: GoFileInfo[];
}

/** The table of `goroot`'s exported interfaces, as committed in stdlibInterfaces.json. */
export function stdlibInterfaces(goroot: string): StdlibInterfaceTable {
  return scanStdlibInterfaces(goroot).table;
}

/** Scans `$goroot/src` and builds the table; see stdlibInterfaces. Throws on anything it cannot resolve rather than guess. */
export function scanStdlibInterfaces(goroot: string): StdlibInterfaceScan {
  const src = gorootSrc(goroot);
  const source = new GorootPackages(src);
  const loader = new Loader(source);
  const found = new Map<string, Map<string, MethodShape>>();
  let packages = 0;

  // builtin is documentation, not an importable package: only its `error` is a real (predeclared) interface.
  for (const importPath of source.importable()) {
    const pkg = loader.load(importPath);
    if (!pkg) continue;
    packages++;
    for (const [name, decls] of pkg.types) {
      if (!isExported(name)) continue;
      const methods = loader.resolveDecls(decls, `${importPath}.${name}`);
      if (methods && methods.size > 0) found.set(`${importPath}.${name}`, methods);
    }
  }
  const errorMethods = loader.predeclared('error');
  if (!errorMethods || errorMethods.size === 0) throw new Error('builtin/builtin.go does not declare the error interface');
  found.set('error', errorMethods);

  const interfaces = [...found.keys()].sort(byCodeUnits).map((name) => ({
    name,
    methods: [...found.get(name)!.values()].sort((a, b) => byCodeUnits(a.name, b.name)),
  }));
  return { table: { generatedFrom: `${goVersion(goroot)} ${src}`, interfaces }, packages, files: source.filesParsed };
}

/** The table as committed: one interface per line, so that a Go upgrade shows as a readable diff of whole interfaces. */
export function formatStdlibInterfaces(table: StdlibInterfaceTable): string {
  const method = (m: MethodShape) => `{ "name": ${JSON.stringify(m.name)}, "params": ${m.params}, "results": ${m.results} }`;
  const iface = (i: StdlibInterface) => `    { "name": ${JSON.stringify(i.name)}, "methods": [${i.methods.map(method).join(', ')}] }`;
  return `{\n  "generatedFrom": ${JSON.stringify(table.generatedFrom)},\n  "interfaces": [\n${table.interfaces.map(iface).join(',\n')}\n  ]\n}\n`;
}

/** Loads packages by import path on demand (collection walks user-visible ones; resolution may reach internal or vendored ones). */
class Loader {
  private readonly packages = new Map<string, GoPackage | null>();
  /** Resolved method sets per declaration; `undefined` while in progress, to catch embedding cycles. */
  private readonly resolved = new Map<TypeDecl, MethodSet | undefined>();

  constructor(private readonly source: GorootPackages) {}

  load(importPath: string): GoPackage | null {
    if (this.packages.has(importPath)) return this.packages.get(importPath)!;
    const parsed = this.source.load(importPath);
    const pkg = parsed && this.typeDecls(parsed);
    this.packages.set(importPath, pkg);
    return pkg;
  }

  /** A parsed package's type declarations by name. */
  private typeDecls(parsed: GorootPackage): GoPackage {
    const pkg: GoPackage = { importPath: parsed.importPath, name: parsed.name, types: new Map(), files: parsed.files };
    for (const file of parsed.files)
      for (const decl of file.root.namedChildren) {
        if (decl.type !== 'type_declaration') continue;
        for (const spec of decl.namedChildren) {
          if (spec.type !== 'type_spec' && spec.type !== 'type_alias') continue;
          const specName = spec.childForFieldName('name')?.text;
          const type = spec.childForFieldName('type');
          if (!specName || !type) continue;
          const list = pkg.types.get(specName) ?? [];
          list.push({ name: specName, type, file, pkg });
          pkg.types.set(specName, list);
        }
      }
    return pkg;
  }

  /**
   * The method set of a name declared in a package, possibly once per build target (syscall.Sockaddr is `any` on js,
   * an interface elsewhere). Rewritten code must compile for every target, so the table takes the union of the
   * interface declarations; a method whose arity differs between targets is an error, since one entry cannot hold both.
   */
  resolveDecls(decls: TypeDecl[], what: string): MethodSet {
    const sets = decls.map((d) => this.resolveDecl(d)).filter((s): s is Map<string, MethodShape> => s !== null);
    // A constraint or non-interface on every target is no value interface; on some targets only, the others still count.
    if (sets.length === 0) return null;
    const union = new Map<string, MethodShape>();
    for (const set of sets)
      for (const m of set.values()) {
        const had = union.get(m.name);
        if (had && (had.params !== m.params || had.results !== m.results))
          throw new Error(`${what}.${m.name} has different arities for different build targets`);
        union.set(m.name, m);
      }
    return union;
  }

  /** The method set of a predeclared identifier (`error`, `any`, `comparable`, `int`, ...), from builtin/builtin.go. */
  predeclared(name: string): MethodSet {
    const builtin = this.load('builtin');
    if (!builtin) throw new Error('cannot load the builtin package');
    const decls = builtin.types.get(name);
    if (!decls) return null;
    // builtin.go spells `comparable` as `interface{ comparable }`, which only the compiler understands: it is a constraint.
    // Its other types are documented as themselves (`type int int`): not interfaces, and not resolvable further.
    if (name === 'comparable' || decls.some((d) => d.type.type !== 'interface_type')) return null;
    return this.resolveDecls(decls, name);
  }

  private resolveDecl(decl: TypeDecl): MethodSet {
    if (this.resolved.has(decl)) {
      const done = this.resolved.get(decl);
      if (done === undefined) throw new Error(`${decl.pkg.importPath}.${decl.name} embeds itself`);
      return done;
    }
    this.resolved.set(decl, undefined);
    const set = this.resolveType(decl.type, decl.pkg, decl.file);
    this.resolved.set(decl, set);
    return set;
  }

  private resolveType(node: SyntaxNode, pkg: GoPackage, file: GoFileInfo): MethodSet {
    switch (node.type) {
      case 'interface_type':
        return this.interfaceMethods(node, pkg, file);
      case 'type_identifier':
        return this.resolveName(node.text, pkg, file);
      case 'qualified_type': {
        const qualifier = node.childForFieldName('package')!.text;
        const name = node.childForFieldName('name')!.text;
        const target = this.importedPackage(qualifier, file, pkg);
        const decls = target.types.get(name);
        if (!decls) throw new Error(`${pkg.importPath}: ${target.importPath} declares no type ${name}`);
        return this.resolveDecls(decls, `${target.importPath}.${name}`);
      }
      case 'generic_type':
        // An instantiated generic interface has the generic one's methods; type arguments change no arity.
        return this.resolveType(node.childForFieldName('type')!, pkg, file);
      case 'parenthesized_type':
        return this.resolveType(node.namedChildren.find((n) => n.type !== 'comment')!, pkg, file);
      default:
        // struct, pointer, slice, map, func, chan, array types: not interfaces.
        return null;
    }
  }

  private interfaceMethods(node: SyntaxNode, pkg: GoPackage, file: GoFileInfo): MethodSet {
    const methods = new Map<string, MethodShape>();
    const add = (m: MethodShape) => {
      const had = methods.get(m.name);
      // Go 1.14 allows the same method through two embeddings only with identical signatures.
      if (had && (had.params !== m.params || had.results !== m.results))
        throw new Error(`${pkg.importPath}: conflicting method ${m.name} in ${node.text.slice(0, 60)}`);
      methods.set(m.name, m);
    };
    for (const elem of node.namedChildren) {
      if (elem.type === 'comment') continue;
      if (elem.type === 'method_elem') {
        const name = elem.childForFieldName('name')!.text;
        const result = elem.childForFieldName('result');
        const results = !result ? 0 : result.type === 'parameter_list' ? countParams(result) : 1;
        add({ name, params: countParams(elem.childForFieldName('parameters')!), results });
        continue;
      }
      if (elem.type !== 'type_elem') throw new Error(`${pkg.importPath}: unexpected ${elem.type} in ${node.text.slice(0, 60)}`);
      // A union (`A | B`) or an approximation (`~int`) makes the interface a constraint, unusable as a value.
      const terms = elem.namedChildren.filter((n) => n.type !== 'comment');
      if (terms.length !== 1 || terms[0].type === 'negated_type') return null;
      const embedded = this.resolveType(terms[0], pkg, file);
      // Embedding a non-interface type (or a constraint) also makes a constraint.
      if (!embedded) return null;
      for (const m of embedded.values()) add(m);
    }
    return methods;
  }

  private resolveName(name: string, pkg: GoPackage, file: GoFileInfo): MethodSet {
    const own = pkg.types.get(name);
    if (own) return this.resolveDecls(own, `${pkg.importPath}.${name}`);
    for (const imp of file.imports) {
      if (imp.alias !== '.') continue;
      const decls = this.loadImport(imp.path, pkg).types.get(name);
      if (decls) return this.resolveDecls(decls, `${imp.path}.${name}`);
    }
    if (this.load('builtin')!.types.has(name)) return this.predeclared(name);
    throw new Error(`${pkg.importPath}: cannot resolve type ${name}`);
  }

  private importedPackage(qualifier: string, file: GoFileInfo, pkg: GoPackage): GoPackage {
    for (const imp of file.imports) {
      if (imp.alias === qualifier) return this.loadImport(imp.path, pkg);
      // `import "C"` is cgo's pseudo-package: it has no source to load, and declares no interfaces.
      if (imp.alias === undefined && imp.path !== 'C') {
        const target = this.loadImport(imp.path, pkg);
        if (target.name === qualifier) return target;
      }
    }
    throw new Error(`${pkg.importPath}: no import for qualifier ${qualifier}`);
  }

  private loadImport(importPath: string, from: GoPackage): GoPackage {
    const target = this.load(importPath);
    if (!target) throw new Error(`${from.importPath}: cannot load imported package ${importPath}`);
    return target;
  }
}

/** Values in a parameter or result list: each name counts, an unnamed declaration counts one, `...T` counts one. */
function countParams(list: SyntaxNode): number {
  let count = 0;
  for (const p of list.namedChildren) {
    if (p.type === 'parameter_declaration') count += Math.max(1, p.childrenForFieldName('name').length);
    else if (p.type === 'variadic_parameter_declaration') count += 1;
  }
  return count;
}
