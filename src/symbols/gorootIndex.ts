// The one index of a GOROOT's standard library that both generated tables are views of (stdlibInterfaceScan.ts,
// stdlibTypeScan.ts): each package parsed once, its package-level declarations by name, and type expressions as type codes.
import { parseGo, SyntaxNode } from '../parse/parse';
import { GorootTree } from '../stdlib/goroot';
import type { TypeCode } from '../stdlib/types';
import { universeTypes } from '../stdlib/universe';

/** An import spec of a file: `alias` is undefined without an explicit name, '.' for a dot import. */
export interface GoImport {
  alias?: string;
  path: string;
}

/** One parsed file of a standard library package. */
export interface GorootFile {
  path: string;
  root: SyntaxNode;
  imports: GoImport[];
}

/** Where a name is declared: the file (for its imports), the package, and the type parameters in scope (unknowable types). */
export interface Site {
  file: GorootFile;
  pkg: PackageIndex;
  typeParams: ReadonlySet<string>;
}

/** A type declaration: `type X <type>`, or `type X = <type>` when `alias`. */
export interface TypeSite extends Site {
  spec: SyntaxNode;
  alias: boolean;
}

/** A function or method declaration. */
export interface FuncSite extends Site {
  decl: SyntaxNode;
}

/** A package variable: its declared type, else the value it is initialised from. */
export interface VarSite extends Site {
  typeNode: SyntaxNode | null;
  value: SyntaxNode | null;
  /** `var a, b = f()`: the value is a call whose results the names take in order. */
  resultIndex?: number;
}

/** A standard library package: its files, and its package-level declarations by name; several per name when files for different build targets each declare it. */
export interface PackageIndex {
  /** The path the standard library imports it by (`net/http`, `golang.org/x/net/dns/dnsmessage` for a vendored one). */
  importPath: string;
  /** The path that gives the package its identity: vendored packages are `vendor/...`, distinct from a module's own copy. */
  identity: string;
  /** The package clause name, which import specs without an alias are qualified by. */
  name: string;
  files: GorootFile[];
  types: Map<string, TypeSite[]>;
  funcs: Map<string, FuncSite[]>;
  /** Receiver base type name → method name → declarations. */
  methods: Map<string, Map<string, FuncSite[]>>;
  vars: Map<string, VarSite[]>;
  /** Constant names: only so that a name that is a constant on some build targets is claimed on none. */
  consts: Set<string>;
}

/** How type names in one place become type codes. */
export interface Namer {
  typeParams: ReadonlySet<string>;
  /** An unqualified type name: the package's own, a dot import's, or predeclared. */
  local(name: string): TypeCode;
  /** `q.Name`; null for cgo's C types. */
  qualified(qualifier: string, name: string): TypeCode;
}

/** Standard library packages by import path, each parsed and indexed once on first use; internal and vendored ones too. */
export class GorootIndex {
  filesParsed = 0;
  readonly tree: GorootTree;
  private readonly packages = new Map<string, PackageIndex | null>();
  private readonly identities = new Map<string, PackageIndex>();

  constructor(src: string) {
    this.tree = new GorootTree(src);
  }

  get src(): string {
    return this.tree.src;
  }

  /** The package at an import path, or null when no directory holds a non-main package there. */
  package(importPath: string): PackageIndex | null {
    if (this.packages.has(importPath)) return this.packages.get(importPath)!;
    const where = this.tree.packageDir(importPath);
    const pkg = where ? this.parsePackage(importPath, where.identity, where.dir) : null;
    this.packages.set(importPath, pkg);
    if (pkg) this.identities.set(pkg.identity, pkg);
    return pkg;
  }

  /** The package with an identity (`vendor/golang.org/x/...` for a vendored one). */
  byIdentity(identity: string): PackageIndex | null {
    return this.identities.get(identity) ?? this.package(identity.replace(/^vendor\//, ''));
  }

  /** The package a file imports under `qualifier`; undefined when none does, and for cgo's `C`, which has no source. */
  imported(qualifier: string, site: Site): PackageIndex | undefined {
    for (const imp of site.file.imports) {
      if (imp.path === 'C') continue;
      if (imp.alias === qualifier) return this.importOf(imp.path, site);
      if (imp.alias === undefined) {
        const target = this.importOf(imp.path, site);
        if (target.name === qualifier) return target;
      }
    }
    return undefined;
  }

  /** A package a site's file imports; throws when the GOROOT does not hold it. */
  importOf(importPath: string, site: Site): PackageIndex {
    const target = this.package(importPath);
    if (!target) throw new Error(`${site.pkg.importPath}: cannot load imported package ${importPath}`);
    return target;
  }

  /** How a site's type names become type codes; a name nothing declares is an error, never a guess. */
  namer(site: Site): Namer {
    return {
      typeParams: site.typeParams,
      local: (name) => {
        // builtin.go documents the predeclared types as declarations of its own (`type int int`).
        if (site.pkg.importPath === 'builtin' && universeTypes.has(name)) return name;
        if (site.pkg.types.has(name)) return `${site.pkg.identity}.${name}`;
        for (const imp of site.file.imports) {
          const target = imp.alias === '.' ? this.importOf(imp.path, site) : undefined;
          if (target?.types.has(name)) return `${target.identity}.${name}`;
        }
        if (universeTypes.has(name)) return name;
        throw new Error(`${site.file.path}: cannot resolve type ${name}`);
      },
      qualified: (qualifier, name) => {
        if (site.file.imports.some((i) => i.path === 'C' && (i.alias ?? 'C') === qualifier)) return null;
        const target = this.imported(qualifier, site);
        if (!target) throw new Error(`${site.file.path}: no import for qualifier ${qualifier}`);
        return `${target.identity}.${name}`;
      },
    };
  }

  private parsePackage(importPath: string, identity: string, dir: string): PackageIndex | null {
    const pkg: PackageIndex = {
      importPath,
      identity,
      name: '',
      files: [],
      types: new Map(),
      funcs: new Map(),
      methods: new Map(),
      vars: new Map(),
      consts: new Set(),
    };
    for (const source of this.tree.packageFiles(dir)) {
      const { tree, errors } = parseGo(source.text);
      this.filesParsed++;
      if (errors.length) throw new Error(`${source.path}: ${errors[0].message} at offset ${errors[0].offset}`);
      const root = tree.rootNode;
      const clause = root.namedChildren.find((n) => n.type === 'package_clause');
      const name = clause?.namedChildren.find((n) => n.type === 'package_identifier')?.text;
      // Documentation programs (`package main`, `package documentation`) are not part of the package.
      if (!name || name === 'main' || name === 'documentation') continue;
      if (!pkg.name) pkg.name = name;
      else if (pkg.name !== name)
        throw new Error(`${source.path}: package ${name}, but ${importPath} is package ${pkg.name}`);
      const imports: GoImport[] = [];
      for (const decl of root.namedChildren) if (decl.type === 'import_declaration') collectImports(decl, imports);
      const file: GorootFile = { path: source.path, root, imports };
      pkg.files.push(file);
      indexDeclarations(pkg, file);
    }
    return pkg.name ? pkg : null;
  }
}

function collectImports(decl: SyntaxNode, out: GoImport[]): void {
  const visit = (n: SyntaxNode) => {
    if (n.type === 'import_spec') {
      const pathNode = n.childForFieldName('path')!;
      const alias = n.childForFieldName('name')?.text;
      out.push({ alias, path: pathNode.text.slice(1, -1) });
    } else for (const c of n.namedChildren) visit(c);
  };
  visit(decl);
}

/** Adds a file's package-level declarations to its package's index. */
function indexDeclarations(index: PackageIndex, file: GorootFile): void {
  const none: ReadonlySet<string> = new Set();
  const push = <T>(map: Map<string, T[]>, key: string, item: T) => map.set(key, [...(map.get(key) ?? []), item]);
  for (const d of file.root.namedChildren) {
    if (d.type === 'function_declaration') {
      push(index.funcs, d.childForFieldName('name')!.text, { file, pkg: index, typeParams: none, decl: d });
    } else if (d.type === 'method_declaration') {
      const recv = receiverBase(d.childForFieldName('receiver'));
      if (!recv) continue;
      let methods = index.methods.get(recv.name);
      if (!methods) index.methods.set(recv.name, (methods = new Map()));
      push(methods, d.childForFieldName('name')!.text, { file, pkg: index, typeParams: recv.typeParams, decl: d });
    } else if (d.type === 'type_declaration') {
      for (const spec of d.namedChildren) {
        if (spec.type !== 'type_spec' && spec.type !== 'type_alias') continue;
        const name = spec.childForFieldName('name')?.text;
        if (!name || !spec.childForFieldName('type')) continue;
        const params = new Set<string>();
        for (const p of spec.childForFieldName('type_parameters')?.namedChildren ?? [])
          for (const nm of p.childrenForFieldName('name')) params.add(nm.text);
        push(index.types, name, { file, pkg: index, typeParams: params, spec, alias: spec.type === 'type_alias' });
      }
    } else if (d.type === 'const_declaration') {
      for (const spec of d.descendantsOfType('const_spec'))
        for (const n of spec.childrenForFieldName('name')) index.consts.add(n.text);
    } else if (d.type === 'var_declaration') {
      for (const spec of d.descendantsOfType('var_spec')) {
        const names = spec.childrenForFieldName('name');
        const values = spec.childForFieldName('value')?.namedChildren ?? [];
        names.forEach((n, i) => {
          const site: VarSite = {
            file,
            pkg: index,
            typeParams: none,
            typeNode: spec.childForFieldName('type'),
            value: values[i] ?? null,
          };
          if (values.length === 1 && names.length > 1) Object.assign(site, { value: values[0], resultIndex: i });
          push(index.vars, n.text, site);
        });
      }
    }
  }
}

/** A method's receiver base type name, with the names its receiver gives the type's parameters (`(p *Pointer[T])` → T). */
function receiverBase(recv: SyntaxNode | null): { name: string; typeParams: Set<string> } | undefined {
  const decl = recv?.namedChildren.find((c) => c.type === 'parameter_declaration');
  let t = decl?.childForFieldName('type') ?? null;
  while (t && (t.type === 'parenthesized_type' || t.type === 'pointer_type')) t = t.namedChildren[0] ?? null;
  const typeParams = new Set<string>();
  if (t?.type === 'generic_type') {
    for (const a of t.childForFieldName('type_arguments')?.namedChildren ?? []) typeParams.add(a.text);
    t = t.childForFieldName('type');
  }
  return t?.type === 'type_identifier' ? { name: t.text, typeParams } : undefined;
}

/** The type code of a type expression; null when it involves a type parameter or a cgo type. */
export function encodeType(n: SyntaxNode | null | undefined, namer: Namer): TypeCode {
  if (!n) return null;
  switch (n.type) {
    case 'type_identifier':
    case 'identifier':
      return namer.typeParams.has(n.text) ? null : namer.local(n.text);
    case 'qualified_type':
      return namer.qualified(n.childForFieldName('package')!.text, n.childForFieldName('name')!.text);
    case 'pointer_type':
      return composite('ptr', encodeType(n.namedChildren[0], namer));
    case 'slice_type':
      return composite('slice', encodeType(n.childForFieldName('element'), namer));
    case 'array_type':
    case 'implicit_length_array_type':
      return composite('array', encodeType(n.childForFieldName('element'), namer));
    case 'channel_type':
      return composite('chan', encodeType(n.childForFieldName('value'), namer));
    case 'map_type': {
      const key = encodeType(n.childForFieldName('key'), namer);
      const value = encodeType(n.childForFieldName('value'), namer);
      return key === null || value === null ? null : ['map', key, value];
    }
    case 'function_type':
      return funcCode(n.childForFieldName('result'), namer);
    case 'generic_type':
      // An instantiation names the generic type; its type arguments change no member's name.
      return encodeType(n.childForFieldName('type'), namer);
    case 'parenthesized_type':
      return encodeType(
        n.namedChildren.find((c) => c.type !== 'comment'),
        namer,
      );
    case 'interface_type':
    case 'struct_type':
      return ['other'];
    default:
      throw new Error(`unexpected ${n.type} as a type: ${n.text.slice(0, 60)}`);
  }
}

/** A pointer, slice, array or channel of an element; unknown when the element is. */
export function composite(k: 'ptr' | 'slice' | 'array' | 'chan', elem: TypeCode): TypeCode {
  return elem === null ? null : [k, elem];
}

/** A function type by its results; unknown when one of them is. */
export function funcCode(result: SyntaxNode | null, namer: Namer): TypeCode {
  const results = resultCodes(result, namer);
  return results.includes(null) ? null : ['func', results];
}

/** The result types a `result` field declares, one per value (`(a, b int)` is two). */
export function resultCodes(result: SyntaxNode | null, namer: Namer): TypeCode[] {
  if (!result) return [];
  if (result.type !== 'parameter_list') return [encodeType(result, namer)];
  return paramCodes(result, namer).types;
}

/** The parameter types a `parameter_list` declares, one per value; a variadic `...T` is one value of code T, and makes `variadic` true. */
export function paramCodes(list: SyntaxNode, namer: Namer): { types: TypeCode[]; variadic: boolean } {
  const types: TypeCode[] = [];
  let variadic = false;
  for (const d of list.namedChildren) {
    if (d.type === 'variadic_parameter_declaration') {
      types.push(encodeType(d.childForFieldName('type'), namer));
      variadic = true;
    } else if (d.type === 'parameter_declaration') {
      const t = encodeType(d.childForFieldName('type'), namer);
      for (let i = 0; i < Math.max(1, d.childrenForFieldName('name').length); i++) types.push(t);
    }
  }
  return { types, variadic };
}
