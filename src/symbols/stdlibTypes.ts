// The standard library type table (src/stdlib/types.ts) in the resolver's terms: its type codes as TypeRefs.
import { StdlibTypeLookups, stdlibTypeTable, StdlibTypeTable, TypeCode } from '../stdlib/types';
import { TypeRef } from './typeRefs';

/** A member a selector reaches on a standard library type, as the table tells it (see CodeSelection). */
export type StdlibSelection =
  | { k: 'method'; results: (TypeRef | undefined)[] }
  | { k: 'field'; t: TypeRef | undefined }
  | { k: 'dispatch' }
  | { k: 'unknown' };

/** What `pkg.Name` denotes in a standard library package. */
export type StdlibPackageMember =
  { k: 'func'; results: (TypeRef | undefined)[] } | { k: 'var'; t: TypeRef | undefined } | { k: 'type'; t: TypeRef };

type Named = Extract<TypeRef, { k: 'named' }>;

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

function typeKey(t: Named): string {
  return t.pkg ? `${t.pkg}.${t.name}` : t.name;
}

/** Lookups in a standard library type table, answered in TypeRefs. */
export class StdlibTypes {
  private readonly lookups: StdlibTypeLookups;
  private readonly selections = new Map<string, StdlibSelection>();

  constructor(table: StdlibTypeTable | StdlibTypeLookups, tabledInterface: (name: string) => boolean = () => false) {
    this.lookups = table instanceof StdlibTypeLookups ? table : new StdlibTypeLookups(table, tabledInterface);
  }

  /** What `pkg.Name` denotes; undefined when the table does not hold it. */
  packageMember(pkg: string, name: string): StdlibPackageMember | undefined {
    const m = this.lookups.packageMember(pkg, name);
    if (!m) return undefined;
    if (m.k === 'func') return { k: 'func', results: m.results.map(typeFromCode) };
    if (m.k === 'var') return { k: 'var', t: typeFromCode(m.t) };
    return { k: 'type', t: { k: 'named', pkg, name } };
  }

  /**
   * The underlying type of a named type (`url.Values` → map[string][]string); a struct or interface type is its own,
   * as for module types; undefined when the table does not hold the type.
   */
  underlying(t: Named): TypeRef | undefined {
    return typeFromCode(this.lookups.underlying(typeKey(t)));
  }

  /** The member `name` of a value of type t (see StdlibTypeLookups.selection). */
  selection(t: Named, name: string): StdlibSelection {
    const key = `${typeKey(t)}\0${name}`;
    let out = this.selections.get(key);
    if (out) return out;
    const sel = this.lookups.selection(typeKey(t), name);
    if (sel.k === 'method') out = { k: 'method', results: sel.results.map(typeFromCode) };
    else if (sel.k === 'field') out = { k: 'field', t: typeFromCode(sel.t) };
    else out = sel;
    this.selections.set(key, out);
    return out;
  }

  /** The result types of a standard library interface's method (`sort.Interface`, `Less`); undefined when the table cannot tell. */
  interfaceResults(iface: string, method: string): (TypeRef | undefined)[] | undefined {
    return this.lookups.interfaceResults(iface, method)?.map(typeFromCode);
  }

  /** The name a standard library type has once aliases are followed (`os.FileInfo` → `io/fs.FileInfo`); undefined when the table does not hold it. */
  canonicalName(t: Named): string | undefined {
    return this.lookups.canonicalName(typeKey(t));
  }

  /** Whether a named standard library type is an interface type. */
  isInterface(t: Named): boolean {
    return this.lookups.isInterface(typeKey(t));
  }

  /** The standard library's named concrete types that may satisfy an interface with these methods (see StdlibTypeLookups.typesWithMethods). */
  typesWithMethods(
    methods: readonly { name: string; results: (TypeRef | undefined)[] | undefined }[],
    sameType: (want: TypeRef | undefined, have: TypeRef | undefined) => boolean,
  ): string[] {
    return this.lookups.typesWithMethods(methods, (want, have) => sameType(want, typeFromCode(have)));
  }
}

/** The committed table, with the plan's standard library interfaces. */
export const stdlib = new StdlibTypes(stdlibTypeTable);
