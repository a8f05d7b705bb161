// The standard library's API types, from the table scripts/stdlib-types.ts derives from GOROOT (stdlibTypes.json):
// what std functions return, std variables' types, and the fields, methods and underlying types of std named types.
import { interfaceMethodNames } from '../plan/externalInterfaces';
import table from './stdlibTypes.json';
import { deref, TypeRef } from './typeRefs';

/**
 * A type in the table, shaped like a TypeRef but compact: a named type is `importPath.Name` (`go/types.Scope`; a
 * predeclared one is its bare name, `error`), a composite is `[kind, ...parts]` (`["ptr", "go/types.Scope"]`,
 * `["map", "string", ["slice", "string"]]`, `["func", [results]]`, `["other"]` for a struct or interface literal),
 * and null is unknown (it involves a type parameter, or differs between build targets).
 */
export type TypeCode =
  | string
  | null
  | ['ptr' | 'slice' | 'array' | 'chan', TypeCode]
  | ['map', TypeCode, TypeCode]
  | ['func', TypeCode[]]
  | ['other'];

/** A function's or method's results, one per value. */
export type MethodResults = TypeCode[];

/**
 * One name of the standard library: a function (`f`: its results), a variable or typed constant (`v`: its type), an
 * alias (`a`: the type it stands for), or a named type: a struct (`s`: exported fields, `e`: embedded fields in
 * order), an interface (`i`: its whole exported method set with results), or another type (`u`: its underlying
 * type); `m` holds the exported methods declared on a struct or other type.
 */
export type StdlibEntry =
  | { f: MethodResults }
  | { v: TypeCode }
  | { a: TypeCode }
  | { s: Record<string, TypeCode>; e?: TypeCode[]; m?: Record<string, MethodResults> }
  | { i: Record<string, MethodResults> }
  | { u: TypeCode; m?: Record<string, MethodResults> };

/** The committed table: where it came from, then entries by `importPath.Name` (`error` for the predeclared interface), sorted. */
export interface StdlibTypeTable {
  generatedFrom: string;
  entries: Record<string, StdlibEntry>;
}

/** A member a selector reaches on a standard library type, as the table tells it. */
export type StdlibSelection =
  /** A method, or a field of function type called: never a module function. */
  | { k: 'method'; results: (TypeRef | undefined)[] }
  | { k: 'field'; t: TypeRef | undefined }
  /**
   * A method of an interface that module types may implement without the plan knowing (one that is not in the
   * standard library interface table): the call may reach module methods, so it is not resolved.
   */
  | { k: 'dispatch' }
  /** The table cannot tell (a type it leaves out, a member it does not list, an ambiguous selector). */
  | { k: 'unknown' };

/** What `pkg.Name` denotes in a standard library package. */
export type StdlibPackageMember = { k: 'func'; results: (TypeRef | undefined)[] } | { k: 'var'; t: TypeRef | undefined } | { k: 'type'; t: TypeRef };

type TypeEntry = Exclude<StdlibEntry, { f: unknown } | { v: unknown } | { a: unknown }>;

/** A named type's entry, aliases followed: the key it is under and every name on the way (`os.FileInfo`, `io/fs.FileInfo`). */
interface FoundType {
  key: string;
  entry: TypeEntry;
  names: string[];
}

/** The TypeRef a type code stands for; undefined for unknown. */
export function typeFromCode(code: TypeCode | undefined): TypeRef | undefined {
  if (code === null || code === undefined) return undefined;
  if (typeof code === 'string') {
    const dot = code.lastIndexOf('.');
    return { k: 'named', pkg: dot < 0 ? '' : code.slice(0, dot), name: code.slice(dot + 1) };
  }
  switch (code[0]) {
    case 'map':
      return { k: 'map', key: typeFromCode(code[1]), elem: typeFromCode(code[2]) };
    case 'func':
      return { k: 'func', results: code[1].map(typeFromCode) };
    case 'other':
      return { k: 'other' };
    default:
      return { k: code[0], elem: typeFromCode(code[1]) };
  }
}

function typeKey(t: TypeRef | undefined): string | undefined {
  return t?.k === 'named' ? (t.pkg ? `${t.pkg}.${t.name}` : t.name) : undefined;
}

/** Lookups in a standard library type table; `tabledInterface` says whether the plan keeps module implementations of an interface. */
export class StdlibTypes {
  private readonly entries: Map<string, StdlibEntry>;
  private readonly selections = new Map<string, StdlibSelection>();

  constructor(
    table: StdlibTypeTable,
    private readonly tabledInterface: (name: string) => boolean,
  ) {
    this.entries = new Map(Object.entries(table.entries));
  }

  /** What `pkg.Name` denotes; undefined when the table does not hold it. */
  packageMember(pkg: string, name: string): StdlibPackageMember | undefined {
    const entry = this.entries.get(`${pkg}.${name}`);
    if (!entry) return undefined;
    if ('f' in entry) return { k: 'func', results: entry.f.map(typeFromCode) };
    if ('v' in entry) return { k: 'var', t: typeFromCode(entry.v) };
    return { k: 'type', t: { k: 'named', pkg, name } };
  }

  /**
   * The underlying type of a named type (`url.Values` → map[string][]string); a struct or interface type is its own,
   * as for module types; undefined when the table does not hold the type.
   */
  underlying(t: Extract<TypeRef, { k: 'named' }>): TypeRef | undefined {
    const found = this.typeEntry(typeKey(t)!);
    if (!found) return undefined;
    return 'u' in found.entry ? typeFromCode(found.entry.u) : typeFromCode(found.key);
  }

  /**
   * The member `name` of a value of type t, found as Go finds it: at the shallowest depth of embedding where the
   * name is declared, as a field or method; two at that depth are ambiguous.
   */
  selection(t: Extract<TypeRef, { k: 'named' }>, name: string): StdlibSelection {
    const start = typeKey(t)!;
    const cacheKey = `${start}\0${name}`;
    let sel = this.selections.get(cacheKey);
    if (!sel) this.selections.set(cacheKey, (sel = this.select(start, name)));
    return sel;
  }

  /** The result types of a standard library interface's method (`sort.Interface`, `Less`); undefined when the table cannot tell. */
  interfaceResults(iface: string, method: string): (TypeRef | undefined)[] | undefined {
    const found = this.typeEntry(iface);
    const results = found && 'i' in found.entry ? found.entry.i[method] : undefined;
    return results?.map(typeFromCode);
  }

  /** The name a standard library type has once aliases are followed (`os.FileInfo` → `io/fs.FileInfo`); undefined when the table does not hold it. */
  canonicalName(t: Extract<TypeRef, { k: 'named' }>): string | undefined {
    return this.typeEntry(typeKey(t)!)?.key;
  }

  /** Whether a named standard library type is an interface type. */
  isInterface(t: Extract<TypeRef, { k: 'named' }>): boolean {
    const found = this.typeEntry(typeKey(t)!);
    return !!found && 'i' in found.entry;
  }

  /**
   * The standard library's named concrete types (`*bufio.Writer` as `bufio.Writer`) whose method set, promoted
   * methods included, has every one of these methods with as many results, each result type allowed by `sameType`
   * (the table holds no parameters, so those are not compared): the types that may satisfy a module interface.
   */
  typesWithMethods(methods: readonly { name: string; results: (TypeRef | undefined)[] | undefined }[], sameType: (want: TypeRef | undefined, have: TypeRef | undefined) => boolean): string[] {
    const out: string[] = [];
    for (const [key, entry] of this.entries) {
      const methodsOwnOrPromoted = ('m' in entry && entry.m) || ('s' in entry && entry.e?.length);
      if (!methodsOwnOrPromoted) continue;
      const ok = methods.every((m) => {
        const has = this.mayHaveMethod(key, m.name, 0);
        if (has !== true) return has === 'unknown';
        const sel = this.selection(typeFromCode(key) as Extract<TypeRef, { k: 'named' }>, m.name);
        if (sel.k === 'unknown') return true;
        if (sel.k !== 'method') return false;
        if (!m.results) return true;
        return sel.results.length === m.results.length && sel.results.every((r, i) => sameType(m.results![i], r));
      });
      if (ok) out.push(key);
    }
    return out;
  }

  /** Whether a type's method set, promoted methods included, has a method called name; 'unknown' past a type the table leaves out. */
  private mayHaveMethod(key: string, name: string, depth: number): boolean | 'unknown' {
    const t = this.typeEntry(key);
    if (!t || depth > 6) return 'unknown';
    if ('i' in t.entry) return name in t.entry.i;
    if ('m' in t.entry && t.entry.m && name in t.entry.m) return true;
    if (!('s' in t.entry)) return false;
    let result: boolean | 'unknown' = false;
    for (const e of t.entry.e ?? []) {
      const embedded = typeKey(deref(typeFromCode(e)));
      const inner = embedded ? this.mayHaveMethod(embedded, name, depth + 1) : 'unknown';
      if (inner === true) return true;
      if (inner === 'unknown') result = 'unknown';
    }
    return result;
  }

  private typeEntry(key: string): FoundType | undefined {
    const names: string[] = [];
    for (let depth = 0; depth < 8; depth++) {
      const entry = this.entries.get(key);
      if (!entry || 'f' in entry || 'v' in entry) return undefined;
      names.push(key);
      if (!('a' in entry)) return { key, entry, names };
      const target = entry.a;
      if (typeof target !== 'string') return undefined; // an alias of a composite type has no members of its own
      key = target;
    }
    return undefined;
  }

  private select(start: string, name: string): StdlibSelection {
    const unknown: StdlibSelection = { k: 'unknown' };
    const seen = new Set<string>();
    let level: string[] = [start];
    for (let depth = 0; depth < 8 && level.length; depth++) {
      const found: StdlibSelection[] = [];
      const next: string[] = [];
      let blind = false;
      for (const key of new Set(level)) {
        const t = this.typeEntry(key);
        if (!t) {
          blind = true;
          continue;
        }
        if (seen.has(t.key)) continue; // met at a shallower depth, where it was looked at already
        seen.add(t.key);
        const before = found.length;
        this.collectAt(t, name, found, next);
        // A type embedded twice at one depth makes every member it brings ambiguous there.
        if (found.length > before && level.filter((k) => k === key).length > 1) return unknown;
      }
      if (found.length === 1) return found[0];
      // Two members at one depth do not compile; a type the table leaves out may hide one that shadows what is deeper.
      if (found.length > 1 || blind) return unknown;
      level = next;
    }
    return unknown;
  }

  /** The members called `name` that one type declares itself, and the embedded types to look in one level deeper. */
  private collectAt({ entry, names }: FoundType, name: string, found: StdlibSelection[], next: string[]): void {
    if ('i' in entry) {
      const results = entry.i[name];
      if (!results) return;
      // Module types that implement an interface of the plan's table keep those methods (IG2002): a call through it
      // reaches no module method whose signature changes, so it needs no call edge.
      found.push(names.some(this.tabledInterface) ? { k: 'method', results: results.map(typeFromCode) } : { k: 'dispatch' });
      return;
    }
    const own = entry.m?.[name];
    if (own) found.push({ k: 'method', results: own.map(typeFromCode) });
    if (!('s' in entry)) return;
    if (name in entry.s) found.push({ k: 'field', t: typeFromCode(entry.s[name]) });
    for (const e of entry.e ?? []) {
      const embedded = typeKey(deref(typeFromCode(e)));
      if (!embedded) continue;
      // The embedded field itself is named after its type: `rw.Reader` of a bufio.ReadWriter.
      if (embedded.slice(embedded.lastIndexOf('.') + 1) === name) found.push({ k: 'field', t: typeFromCode(e) });
      else next.push(embedded);
    }
  }
}

/** The committed table, with the plan's standard library interfaces. */
export const stdlib = new StdlibTypes(table as unknown as StdlibTypeTable, (name) => interfaceMethodNames(name).length > 0);
