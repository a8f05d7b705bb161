// Deriving the table of the Go standard library's exported API types (function results, variables, named types) from GOROOT's source,
// as a view of the one GOROOT index (gorootIndex.ts). The table is src/stdlib/types.json; scripts/stdlib-types.ts writes
// it and a test re-derives it so it cannot drift.
import { SyntaxNode } from '../parse/parse';
import { byCodeUnits, gorootSrc, goVersion } from '../stdlib/goroot';
import type { MethodResults, StdlibEntry, StdlibTypeTable, TypeCode } from '../stdlib/types';
import { isExported, universeTypes } from '../stdlib/universe';
import {
  composite,
  encodeType,
  FuncSite,
  funcCode,
  GorootIndex,
  Namer,
  PackageIndex,
  resultCodes,
  Site,
  VarSite,
} from './gorootIndex';

export { formatStdlibTypes } from '../stdlib/types';

/** The table plus what the scan looked at, for the script's summary line. */
export interface StdlibTypeScan {
  table: StdlibTypeTable;
  /** Importable packages whose exported API was collected. */
  packages: number;
  /** Files parsed in all, including internal and vendored packages loaded because exported API reaches their types. */
  files: number;
  /** Names left out because their declarations for different build targets disagree in a way one entry cannot hold. */
  conflicts: string[];
}

/**
 * Packages whose declarations are documentation of what the compiler does: `unsafe.Slice(p, n)` is declared to
 * return `[]ArbitraryType` but returns `[]T`, so any type read from them would be wrong.
 */
const PSEUDO_PACKAGES = new Set(['builtin', 'unsafe']);

/** What a declared type is made of, once named types are followed: what selectors on its values can reach. */
type Shape =
  | { k: 'struct'; fields: Map<string, TypeCode>; embedded: TypeCode[] }
  | { k: 'interface'; methods: Map<string, TypeCode[]> }
  | { k: 'other'; underlying: TypeCode };

/** The table of `goroot`'s standard library types, as committed in src/stdlib/types.json. */
export function stdlibTypes(goroot: string): StdlibTypeTable {
  return scanStdlibTypes(goroot).table;
}

/**
 * Scans `$goroot/src`: every importable package's exported functions, variables and types, then every type those reach (unexported embedded types, internal packages' types) so selectors can be followed.
 */
export function scanStdlibTypes(goroot: string): StdlibTypeScan {
  const source = new GorootIndex(gorootSrc(goroot));
  const scanner = new Scanner(source);
  let packages = 0;
  for (const importPath of source.tree.importable()) {
    if (PSEUDO_PACKAGES.has(importPath)) continue;
    const index = scanner.index(importPath);
    if (!index) continue;
    packages++;
    scanner.collectExported(index);
  }
  scanner.collectReached();
  const entries: Record<string, StdlibEntry> = {};
  for (const key of [...scanner.entries.keys()].sort(byCodeUnits)) entries[key] = scanner.entries.get(key)!;
  return {
    table: { generatedFrom: `${goVersion(goroot)} ${source.src}`, entries },
    packages,
    files: source.filesParsed,
    conflicts: [...scanner.conflicts].sort(byCodeUnits),
  };
}

class Scanner {
  readonly entries = new Map<string, StdlibEntry>();
  readonly conflicts = new Set<string>();
  /** Shapes per type key; `undefined` while in progress, to stop at a type defined by itself. */
  private readonly shapes = new Map<string, Shape | null | undefined>();
  private readonly valueTypes = new Map<string, TypeCode | undefined>();

  constructor(private readonly source: GorootIndex) {}

  index(importPath: string): PackageIndex | null {
    return this.source.package(importPath);
  }

  /**
   * Entries for a package's exported functions, variables and types. Constants are left out: a method called on one
   * (`time.Second.Seconds()`) is rare, and typed constants would add a third to the table (debug/elf alone has 1,300).
   */
  collectExported(index: PackageIndex): void {
    const id = index.identity;
    for (const [name, sites] of index.funcs) {
      if (!isExported(name) || !this.oneKind(index, name)) continue;
      const results = this.mergeResults(
        sites.map((s) => this.funcResults(s)),
        `${id}.${name}`,
      );
      if (results) this.entries.set(`${id}.${name}`, { f: results });
    }
    for (const [name, sites] of index.vars) {
      if (!isExported(name) || !this.oneKind(index, name)) continue;
      const t = this.varType(index, name, sites);
      if (t !== null) this.entries.set(`${id}.${name}`, { v: t });
    }
    for (const name of index.types.keys())
      if (isExported(name) && this.oneKind(index, name)) this.addTypeEntry(index, name);
  }

  /**
   * Whether a name is declared as one kind of thing on every build target: syscall.EACCES is a constant on Linux and
   * a variable on Plan 9, and no entry can hold both.
   */
  private oneKind(index: PackageIndex, name: string): boolean {
    const kinds =
      [index.funcs, index.vars, index.types].filter((m) => m.has(name)).length + (index.consts.has(name) ? 1 : 0);
    if (kinds > 1) this.conflicts.add(`${index.identity}.${name}`);
    return kinds === 1;
  }

  /** Entries for every named type the collected entries mention, until nothing new is reached. */
  collectReached(): void {
    const done = new Set<string>();
    for (;;) {
      const pending = new Set<string>();
      for (const entry of this.entries.values()) namedIn(entry, pending);
      const todo = [...pending].filter((k) => !done.has(k) && !this.entries.has(k)).sort(byCodeUnits);
      if (!todo.length) return;
      for (const key of todo) {
        done.add(key);
        const dot = key.lastIndexOf('.');
        if (dot < 0) {
          if (key === 'error') this.entries.set(key, { i: { Error: ['string'] } });
          continue;
        }
        const index = this.indexByIdentity(key.slice(0, dot));
        if (index) this.addTypeEntry(index, key.slice(dot + 1));
      }
    }
  }

  private indexByIdentity(identity: string): PackageIndex | null {
    if (PSEUDO_PACKAGES.has(identity)) return null;
    return this.source.byIdentity(identity);
  }

  private addTypeEntry(index: PackageIndex, name: string): void {
    const key = `${index.identity}.${name}`;
    const sites = index.types.get(name);
    if (!sites || this.entries.has(key)) return;
    if (sites.every((s) => s.alias)) {
      const targets = distinct(sites.map((s) => encodeType(s.spec.childForFieldName('type'), this.namer(s))));
      if (targets.length === 1 && targets[0] !== null) this.entries.set(key, { a: targets[0] });
      else this.conflicts.add(key);
      return;
    }
    const shape = this.typeShape(index, name);
    if (!shape) return;
    const methods = this.methodResults(index, name);
    const m = Object.keys(methods).length ? { m: methods } : {};
    if (shape.k === 'interface') this.entries.set(key, { i: sortedRecord(shape.methods) });
    else if (shape.k === 'other') this.entries.set(key, { u: shape.underlying, ...m });
    else
      this.entries.set(key, {
        s: sortedRecord(shape.fields),
        ...(shape.embedded.length ? { e: shape.embedded } : {}),
        ...m,
      });
  }

  /** Exported methods declared on a type, name → results; methods of a generic type have unknown results where they use its parameters. */
  private methodResults(index: PackageIndex, typeName: string): Record<string, MethodResults> {
    const out = new Map<string, TypeCode[]>();
    for (const [name, sites] of index.methods.get(typeName) ?? []) {
      if (!isExported(name)) continue;
      const results = this.mergeResults(
        sites.map((s) => this.funcResults(s)),
        `${index.identity}.${typeName}.${name}`,
      );
      if (results) out.set(name, results);
    }
    return sortedRecord(out);
  }

  /** The results of a function or method declaration; null for a generic function, whose results depend on its instantiation. */
  private funcResults(site: FuncSite): TypeCode[] | null {
    if (site.decl.childForFieldName('type_parameters')) return null;
    return resultCodes(site.decl.childForFieldName('result'), this.namer(site));
  }

  /**
   * One result list for declarations of several build targets: where they agree, that; a result that differs is
   * unknown; a different number of results, or a generic declaration, leaves the whole function unknown.
   */
  private mergeResults(lists: (TypeCode[] | null)[], what: string): TypeCode[] | null {
    if (lists.some((l) => l === null) || distinct(lists.map((l) => l!.length)).length !== 1) {
      if (lists.some((l) => l !== null)) this.conflicts.add(what);
      return null;
    }
    return lists[0]!.map((_, i) => {
      const at = distinct(lists.map((l) => l![i]));
      return at.length === 1 ? at[0] : null;
    });
  }

  /** The type of a package variable, the same on every build target, or null. */
  private varType(index: PackageIndex, name: string, sites: VarSite[]): TypeCode {
    const key = `${index.identity}.${name}`;
    if (this.valueTypes.has(key)) return this.valueTypes.get(key) ?? null; // in progress: a cycle has no type
    this.valueTypes.set(key, undefined);
    const types = distinct(sites.map((s) => this.varSiteType(s)));
    const t = types.length === 1 ? types[0] : null;
    if (types.length > 1) this.conflicts.add(key);
    this.valueTypes.set(key, t);
    return t;
  }

  private varSiteType(site: VarSite): TypeCode {
    if (site.typeNode) return encodeType(site.typeNode, this.namer(site));
    if (!site.value) return null;
    const results = this.exprResults(site.value, site);
    if (!results) return null;
    if (site.resultIndex !== undefined) return results.length > 1 ? (results[site.resultIndex] ?? null) : null;
    return results.length === 1 ? results[0] : null;
  }

  /**
   * The types an initialiser yields, as far as declarations show them (composite literals, conversions, calls of
   * package functions, other package variables, literals' default types); null when that takes more than declarations.
   */
  private exprResults(n: SyntaxNode, site: Site): TypeCode[] | null {
    const one = (t: TypeCode) => (t === null ? null : [t]);
    const namer = this.namer(site);
    switch (n.type) {
      case 'parenthesized_expression':
        return this.exprResults(n.namedChildren[0], site);
      case 'composite_literal':
      case 'type_conversion_expression':
        return one(encodeType(n.childForFieldName('type'), namer));
      case 'func_literal':
        return one(funcCode(n.childForFieldName('result'), namer));
      case 'unary_expression': {
        if (n.childForFieldName('operator')?.text !== '&') return null;
        const inner = this.exprResults(n.childForFieldName('operand')!, site);
        return inner?.length === 1 ? one(composite('ptr', inner[0])) : null;
      }
      case 'interpreted_string_literal':
      case 'raw_string_literal':
        return ['string'];
      case 'int_literal':
        return ['int'];
      case 'float_literal':
        return ['float64'];
      case 'rune_literal':
        return ['rune'];
      case 'true':
      case 'false':
        return ['bool'];
      case 'identifier':
      case 'selector_expression': {
        const ref = this.packageLevel(n, site);
        const sites = ref && this.oneKind(ref.index, ref.name) ? ref.index.vars.get(ref.name) : undefined;
        return ref && sites ? one(this.varType(ref.index, ref.name, sites)) : null;
      }
      case 'call_expression': {
        const fn = n.childForFieldName('function')!;
        const args = n.childForFieldName('arguments')?.namedChildren ?? [];
        const conversion = typeInExpression(fn, site, this);
        if (conversion !== undefined) return one(conversion);
        if (fn.type === 'identifier' && !site.pkg.funcs.has(fn.text)) {
          if (fn.text === 'new') return one(composite('ptr', encodeType(args[0], namer)));
          if (fn.text === 'make') return one(encodeType(args[0], namer));
          if (fn.text === 'len' || fn.text === 'cap') return ['int'];
        }
        const ref = this.packageLevel(fn, site);
        const sites = ref && this.oneKind(ref.index, ref.name) ? ref.index.funcs.get(ref.name) : undefined;
        return ref && sites
          ? this.mergeResults(
              sites.map((s) => this.funcResults(s)),
              `${ref.index.identity}.${ref.name}`,
            )
          : null;
      }
      default:
        return null;
    }
  }

  /** The package-level name an identifier (own package) or `pkg.Name` selector refers to, when it is one. */
  packageLevel(n: SyntaxNode, site: Site): { index: PackageIndex; name: string } | undefined {
    if (n.type === 'identifier') return { index: site.pkg, name: n.text };
    if (n.type !== 'selector_expression') return undefined;
    const operand = n.childForFieldName('operand');
    if (operand?.type !== 'identifier' || site.pkg.vars.has(operand.text) || site.pkg.funcs.has(operand.text))
      return undefined;
    const index = this.imported(operand.text, site);
    return index ? { index, name: n.childForFieldName('field')!.text } : undefined;
  }

  /** The package a file imports under `qualifier`; undefined for cgo's `C`, which has no source. */
  imported(qualifier: string, site: Site): PackageIndex | undefined {
    return this.source.imported(qualifier, site);
  }

  /** How a site's type names become type codes. */
  namer(site: Site): Namer {
    return this.source.namer(site);
  }

  /**
   * What a package's type `name` is made of, the same on every build target, else null: so is a constraint
   * (an interface with type terms), which no value has.
   */
  private typeShape(index: PackageIndex, name: string): Shape | null {
    const key = `${index.identity}.${name}`;
    if (this.shapes.has(key)) return this.shapes.get(key) ?? null;
    this.shapes.set(key, undefined);
    const sites = index.types.get(name) ?? [];
    const shapes = sites.map((s) => this.shapeOf(s.spec.childForFieldName('type'), s));
    let shape: Shape | null = null;
    if (shapes.length && shapes.every((s) => s !== null)) shape = mergeShapes(shapes as Shape[]);
    if (shapes.length > 1 && !shape && shapes.some((s) => s !== null)) this.conflicts.add(key);
    this.shapes.set(key, shape);
    return shape;
  }

  private shapeOf(n: SyntaxNode | null, site: Site): Shape | null {
    if (!n) return null;
    const namer = this.namer(site);
    switch (n.type) {
      case 'struct_type':
        return this.structShape(n, namer);
      case 'interface_type':
        return this.interfaceShape(n, site);
      case 'parenthesized_type':
        return this.shapeOf(n.namedChildren[0], site);
      case 'generic_type':
        return this.shapeOf(n.childForFieldName('type'), site);
      case 'type_identifier':
      case 'qualified_type': {
        const code = encodeType(n, namer);
        if (code === null || typeof code !== 'string') return null;
        return this.namedShape(code);
      }
      default: {
        const underlying = encodeType(n, namer);
        return underlying === null ? null : { k: 'other', underlying };
      }
    }
  }

  /** The shape of the type a type code names: `type T U` is made of what U is made of. */
  private namedShape(code: string): Shape | null {
    const dot = code.lastIndexOf('.');
    if (dot < 0) {
      if (code === 'error') return { k: 'interface', methods: new Map([['Error', ['string']]]) };
      if (code === 'any') return { k: 'interface', methods: new Map() };
      return code === 'comparable' ? null : { k: 'other', underlying: code };
    }
    const index = this.indexByIdentity(code.slice(0, dot));
    return index ? this.typeShape(index, code.slice(dot + 1)) : null;
  }

  private structShape(n: SyntaxNode, namer: Namer): Shape {
    const fields = new Map<string, TypeCode>();
    const embedded: TypeCode[] = [];
    for (const fd of n.namedChildren[0]?.namedChildren ?? []) {
      if (fd.type !== 'field_declaration') continue;
      const t = encodeType(fd.childForFieldName('type'), namer);
      const names = fd.childrenForFieldName('name');
      // tree-sitter-go puts an embedded field's `*` beside its type: `struct{ *P }` has type P and a `*` child.
      if (!names.length) embedded.push(fd.children.some((c) => c.type === '*') ? composite('ptr', t) : t);
      for (const name of names) if (isExported(name.text)) fields.set(name.text, t);
    }
    return { k: 'struct', fields, embedded };
  }

  /** An interface's whole exported method set, embedded interfaces included; null for a constraint. */
  private interfaceShape(n: SyntaxNode, site: Site): Shape | null {
    const methods = new Map<string, TypeCode[]>();
    for (const elem of n.namedChildren) {
      if (elem.type === 'method_elem') {
        const name = elem.childForFieldName('name')!.text;
        if (isExported(name)) methods.set(name, resultCodes(elem.childForFieldName('result'), this.namer(site)));
      } else if (elem.type === 'type_elem') {
        const terms = elem.namedChildren.filter((c) => c.type !== 'comment');
        const embedded = terms.length === 1 ? this.shapeOf(terms[0], site) : null;
        if (embedded?.k !== 'interface') return null;
        for (const [name, results] of embedded.methods) methods.set(name, results);
      }
    }
    return { k: 'interface', methods };
  }
}

/**
 * The type an expression in callee position names, for a conversion: `Duration(5)`, `(*T)(nil)`, `pkg.T(x)`;
 * undefined when it names no type.
 */
function typeInExpression(n: SyntaxNode, site: Site, scanner: Scanner): TypeCode | undefined {
  switch (n.type) {
    case 'parenthesized_expression':
      return typeInExpression(n.namedChildren[0], site, scanner);
    case 'unary_expression': {
      if (n.childForFieldName('operator')?.text !== '*') return undefined;
      const inner = typeInExpression(n.childForFieldName('operand')!, site, scanner);
      return inner === undefined ? undefined : composite('ptr', inner);
    }
    case 'identifier':
      if (site.pkg.types.has(n.text)) return `${site.pkg.identity}.${n.text}`;
      return !site.pkg.funcs.has(n.text) && !site.pkg.vars.has(n.text) && universeTypes.has(n.text)
        ? n.text
        : undefined;
    case 'selector_expression': {
      const ref = scanner.packageLevel(n, site);
      return ref && ref.index !== site.pkg && ref.index.types.has(ref.name)
        ? `${ref.index.identity}.${ref.name}`
        : undefined;
    }
    case 'pointer_type':
    case 'slice_type':
    case 'array_type':
    case 'map_type':
    case 'channel_type':
    case 'function_type':
    case 'qualified_type':
    case 'generic_type':
      return encodeType(n, scanner.namer(site));
    default:
      return undefined;
  }
}

/**
 * One shape for the declarations of several build targets: identical ones, or structs without embedded fields that
 * differ in fields (syscall.Stat_t), where a field whose type differs is unknown. Others cannot be one entry.
 */
function mergeShapes(shapes: Shape[]): Shape | null {
  if (distinct(shapes.map(shapeKey)).length === 1) return shapes[0];
  if (!shapes.every((s): s is Extract<Shape, { k: 'struct' }> => s.k === 'struct' && s.embedded.length === 0))
    return null;
  const fields = new Map<string, TypeCode>();
  for (const s of shapes)
    for (const [name, t] of s.fields)
      fields.set(name, fields.has(name) && JSON.stringify(fields.get(name)) !== JSON.stringify(t) ? null : t);
  return { k: 'struct', fields, embedded: [] };
}

function shapeKey(s: Shape): string {
  if (s.k === 'struct') return JSON.stringify(['s', sortedRecord(s.fields), s.embedded]);
  if (s.k === 'interface') return JSON.stringify(['i', sortedRecord(s.methods)]);
  return JSON.stringify(['u', s.underlying]);
}

/** Named type codes (`pkg.Name`, or predeclared names) anywhere in an entry. */
function namedIn(value: unknown, out: Set<string>): void {
  // A composite's kind tag (`ptr`, `map`) is never a type name: those hold a `.` or are predeclared.
  if (typeof value === 'string') {
    if (!isKind(value)) out.add(value);
  } else if (Array.isArray(value)) for (const v of value) namedIn(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) namedIn(v, out);
}

function isKind(s: string): boolean {
  return s === 'ptr' || s === 'slice' || s === 'array' || s === 'chan' || s === 'map' || s === 'func' || s === 'other';
}

function distinct<T>(values: T[]): T[] {
  const seen = new Map<string, T>();
  for (const v of values) seen.set(JSON.stringify(v), v);
  return [...seen.values()];
}

function sortedRecord<T>(map: Map<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of [...map.keys()].sort(byCodeUnits)) out[k] = map.get(k)!;
  return out;
}
