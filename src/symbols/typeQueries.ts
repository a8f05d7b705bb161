// Questions about module types: which method or field a selector reaches, and which types implement an interface.
import { FuncInfo, PkgInfo, TypeInfo } from './declarations';
import { InterfaceFacts } from './program';
import { stdlib, typeFromCode } from './stdlibTypes';
import {
  interfaceMethod,
  interfaceMethodNames,
  satisfiedStdlibInterfaces,
  StdlibMethod,
  stdlibMethodNames,
} from '../stdlib/interfaces';
import type { TypeCode } from '../stdlib/types';
import { universeTypes } from '../stdlib/universe';
import { literalAgainstDefined } from './definedTypes';
import { deref, resultTypes, StructFields, structFields, typeFromNode, TypeRef } from './typeRefs';

export type Member =
  | { k: 'method'; ids: string[]; via?: string; results?: (TypeRef | undefined)[] }
  | { k: 'field'; t: TypeRef | undefined }
  /** A member of a type declared outside the module; a standard library method has its results. */
  | { k: 'external'; results?: (TypeRef | undefined)[] };

/** Type lookups over the module's packages; results are cached, as the same types are asked about often. */
export class TypeQueries {
  private readonly ifaceMethodNames = new Map<string, Map<string, string>>();
  private readonly implementations = new Map<string, string[]>();
  readonly interfaces: InterfaceFacts[] = [];

  constructor(
    readonly packages: Map<string, PkgInfo>,
    readonly funcs: Map<string, FuncInfo[]>,
  ) {}

  typeInfo(t: TypeRef | undefined): TypeInfo | undefined {
    return t?.k === 'named' ? this.packages.get(t.pkg)?.types.get(t.name) : undefined;
  }

  /** Follows aliases and defined types to the type a named type is made from (`type Shapes []Shape` → []Shape, `url.Values` → map). */
  underlying(t: TypeRef | undefined, depth = 0): TypeRef | undefined {
    if (this.isStdlibNamed(t)) return stdlib.underlying(t) ?? t;
    const info = this.typeInfo(t);
    if (!info || depth > 8 || info.kind !== 'other' || info.ambiguous) return t;
    const next = typeFromNode(info.typeNode, info.file.naming);
    return next?.k === 'named' ? this.underlying(next, depth + 1) : next;
  }

  /** Method names of an interface (with embedded module interfaces), name → interface method id. */
  interfaceMethods(info: TypeInfo, depth = 0): Map<string, string> {
    const key = `${info.pkg.path}.${info.name}`;
    const cached = this.ifaceMethodNames.get(key);
    if (cached) return cached;
    const out = new Map<string, string>();
    this.ifaceMethodNames.set(key, out);
    for (const m of info.typeNode.namedChildren) {
      if (m.type === 'method_elem' || m.type === 'method_spec') {
        const n = m.childForFieldName('name')?.text;
        if (n) out.set(n, `(${key}).${n}`);
      } else if (depth < 8) {
        const embedded = this.typeInfo(typeFromNode(m.type === 'type_elem' ? m.namedChildren[0] : m, info.file.naming));
        if (embedded?.kind === 'interface')
          for (const [n, id] of this.interfaceMethods(embedded, depth + 1)) if (!out.has(n)) out.set(n, id);
      }
    }
    return out;
  }

  /** Members already looked up, per named type and name: filled once the implementations are known. */
  private readonly memberCache = new Map<
    string,
    Map<string, Map<string, Array<{ m: Member | undefined } | undefined>>>
  >();
  private cacheMembers = false;
  private readonly fieldTables = new Map<TypeInfo, StructFields>();

  /** A struct's fields, read from its syntax once. */
  private fieldTable(info: TypeInfo): StructFields {
    let table = this.fieldTables.get(info);
    if (!table)
      this.fieldTables.set(
        info,
        (table = structFields(info.typeNode, {
          ...info.file.naming,
          isLocalType: (n: string) => info.typeParams.has(n),
        })),
      );
    return table;
  }

  /** The member `name` of a value of type t: a method (static, or every implementation through an interface) or a field. */
  member(t0: TypeRef | undefined, name: string, depth = 0): Member | undefined {
    return this.memberOf(t0, name, depth, false);
  }

  /**
   * The member a selector written in the code reaches: as member, but unknown through a type that files for different
   * build targets declare differently, where the selector may reach a module method on one target and a standard
   * library one on another.
   *   type TypeParamList struct{}                 // typeparams_go117.go, with Len and At
   *   type TypeParamList = types.TypeParamList    // typeparams_go118.go
   */
  selected(t0: TypeRef | undefined, name: string): Member | undefined {
    return this.memberOf(t0, name, 0, true);
  }

  /**
   * The module methods that a selector `name` on a type which files for different build targets declare differently
   * may reach on one target or another, or undefined when that cannot be bounded (then every module method of that
   * name counts). Each declaration is asked on its own: a method declared on the type, one promoted through a
   * struct's embedded fields, the aliased type's (none for a type outside the module):
   *   type TypeList struct{ ... }; func (*TypeList) Len() int   // !go1.18: (*TypeList).Len
   *   type TypeList = types.TypeList                            // go1.18: a standard library method
   * so `list.Len()` may reach (*TypeList).Len, and never intsets.(*Sparse).Len.
   */
  ambiguousMethods(t0: TypeRef | undefined, name: string): string[] | undefined {
    const t = deref(t0);
    const info = t?.k === 'named' && !this.isStdlibNamed(t) ? this.typeInfo(t) : undefined;
    if (!info?.ambiguous || !info.variants) return undefined;
    const ids = new Set<string>();
    for (const v of info.variants) {
      const m = this.declarationMember(v, name);
      if (m === undefined) return undefined;
      if (m?.k === 'method') for (const id of m.ids) ids.add(id);
    }
    return [...ids];
  }

  /**
   * The type of field `name` of a type declared differently per build target, when every declaration has it and the
   * types agree once a module type declared per build target stands for the type it aliases on the others:
   *   type Instance struct{ TypeArgs *TypeList }      // !go1.18, with type TypeList struct{...}
   *   type Instance = types.Instance                  // go1.18: TypeArgs *types.TypeList, and type TypeList = types.TypeList
   * so `inst.TypeArgs` is a *TypeList (typeparams'), whose own selectors are bounded by ambiguousMethods.
   */
  ambiguousField(t0: TypeRef | undefined, name: string): TypeRef | undefined {
    const t = deref(t0);
    const info = t?.k === 'named' && !this.isStdlibNamed(t) ? this.typeInfo(t) : undefined;
    if (!info?.ambiguous || !info.variants) return undefined;
    const types: Array<TypeRef | undefined> = [];
    for (const v of info.variants) {
      const m = this.declarationMember(v, name);
      if (m?.k !== 'field' || !m.t) return undefined;
      types.push(m.t);
    }
    const stand = types.find((ft) => this.typeInfo(deref(ft))?.ambiguous);
    if (!stand) return undefined;
    const standInfo = this.typeInfo(deref(stand))!;
    const aliased = (standInfo.variants ?? [])
      .filter((v) => v.alias)
      .map((v) => typeFromNode(v.typeNode, v.file.naming));
    const named = (ft: TypeRef | undefined) => {
      const d = deref(ft);
      return d?.k === 'named' ? `${ft?.k === 'ptr' ? '*' : ''}${d.pkg}.${d.name}` : undefined;
    };
    const ptr = stand.k === 'ptr' ? '*' : '';
    const same = new Set([named(stand), ...aliased.map((a) => (a?.k === 'named' ? `${ptr}${a.pkg}.${a.name}` : ''))]);
    return types.every((ft) => ft?.k === stand.k && same.has(named(ft))) ? stand : undefined;
  }

  /**
   * The member `name` of one declaration of a type: null when it certainly has none, undefined when that cannot be
   * told (an interface, or a type defined from another named type, whose methods it may take).
   */
  private declarationMember(v: TypeInfo, name: string): Member | null | undefined {
    if (v.alias) {
      const target = typeFromNode(v.typeNode, v.file.naming);
      // A standard library method or field is no module function; an interface method (dispatch) or a member the
      // table cannot place is not bounded.
      if (target?.k === 'named' && this.isStdlibNamed(target)) return this.stdlibMember(target, name) ?? undefined;
      return this.member(target, name, 1);
    }
    const own = v.pkg.methods.get(v.name)?.get(name);
    if (own) return { k: 'method', ids: [own] };
    if (v.kind === 'struct') {
      const fields = this.fieldTable(v);
      if (!fields.embedded.length) return fields.named.has(name) ? { k: 'field', t: fields.named.get(name) } : null;
      return this.structMember(fields, name, 1, false);
    }
    if (v.kind === 'interface') return undefined;
    // Slices, maps, functions, channels, arrays, pointers and the predeclared non-interface types carry no methods.
    const n = v.typeNode;
    if (['slice_type', 'map_type', 'array_type', 'function_type', 'channel_type', 'pointer_type'].includes(n.type))
      return null;
    if (n.type === 'type_identifier' && universeTypes.has(n.text) && !['any', 'error', 'comparable'].includes(n.text))
      return null;
    return undefined;
  }

  private memberOf(t0: TypeRef | undefined, name: string, depth: number, strict: boolean): Member | undefined {
    const t = deref(t0);
    if (!t || depth > 6) return undefined;
    if (t.k === 'struct') return this.structMember(t.fields, name, depth, strict);
    // A call through an interface written out reaches no method whose signature changes: the module types that
    // satisfy it keep those methods (IG2011).
    if (t.k === 'iface') return t.methods.has(name) ? { k: 'external', results: t.methods.get(name) } : undefined;
    if (t.k !== 'named') return undefined;
    if (!this.cacheMembers || depth > 0) return this.memberUncached(t, name, depth, strict);
    // By package, type, member and strictness, one map each: a key string made for every ask cost more than the walk.
    let byType = this.memberCache.get(t.pkg);
    if (!byType) this.memberCache.set(t.pkg, (byType = new Map()));
    let byName = byType.get(t.name);
    if (!byName) byType.set(t.name, (byName = new Map()));
    let known = byName.get(name);
    if (!known) byName.set(name, (known = []));
    const i = strict ? 1 : 0;
    if (known[i]) return known[i].m;
    const m = this.memberUncached(t, name, depth, strict);
    known[i] = { m };
    return m;
  }

  private memberUncached(
    t: Extract<TypeRef, { k: 'named' }>,
    name: string,
    depth: number,
    strict: boolean,
  ): Member | undefined {
    if (this.isStdlibNamed(t)) {
      const std = this.stdlibMember(t, name);
      return std === null ? { k: 'external' } : std;
    }
    const info = this.typeInfo(t);
    if (!info || (strict && info.ambiguous)) return undefined;
    if (info.alias) return this.memberOf(typeFromNode(info.typeNode, info.file.naming), name, depth + 1, strict);
    const own = info.pkg.methods.get(info.name)?.get(name);
    if (own) return { k: 'method', ids: [own], results: this.results(own) };
    if (info.kind === 'interface') {
      const via = this.interfaceMethods(info).get(name);
      if (!via) return undefined;
      return { k: 'method', ids: this.implementations.get(via) ?? [], via, results: this.results(via) };
    }
    if (info.kind !== 'struct') return undefined;
    return this.structMember(this.fieldTable(info), name, depth, strict);
  }

  /** The field, or the method or field promoted through an embedded field, that `name` selects in a struct. */
  private structMember(
    { named, embedded }: StructFields,
    name: string,
    depth: number,
    strict: boolean,
  ): Member | undefined {
    if (named.has(name)) return { k: 'field', t: named.get(name) };
    for (const e of embedded) {
      const en = deref(e);
      if (en?.k === 'named' && en.name === name) return { k: 'field', t: e }; // the embedded field itself
      if (this.isStdlibNamed(en)) {
        // A member the table cannot place may still come from a later embedded field: look on, as for types outside it.
        const std = this.stdlibMember(en, name);
        if (std !== null) return std;
        continue;
      }
      const m = this.typeInfo(en) ? this.memberOf(e, name, depth + 1, strict) : undefined;
      if (m) return m;
    }
    // Promoted from an embedded type outside the module: not a module function.
    if (
      embedded.some((e) => {
        const en = deref(e);
        return en?.k === 'named' && !this.packages.has(en.pkg);
      })
    )
      return { k: 'external' };
    return undefined;
  }

  /** A named type declared outside the module (a standard library one, or `error`), whose members only the table knows. */
  private isStdlibNamed(t: TypeRef | undefined): t is Extract<TypeRef, { k: 'named' }> {
    return t?.k === 'named' && (t.pkg ? !this.packages.has(t.pkg) : t.name === 'error');
  }

  /**
   * The member of a type outside the module as the standard library table places it: a method (never a module
   * function) or a field; undefined for a method of an interface module types may implement unseen (the call is not
   * resolved); null when the table cannot tell.
   */
  private stdlibMember(t: Extract<TypeRef, { k: 'named' }>, name: string): Member | undefined | null {
    const sel = stdlib.selection(t, name);
    if (sel.k === 'method') return { k: 'external', results: sel.results };
    if (sel.k === 'field') return { k: 'field', t: sel.t };
    return sel.k === 'dispatch' ? undefined : null;
  }

  /**
   * Whether the methods of type `pkg.name` are promoted into t only through embedded struct values, at the
   * shallowest depth where that type is embedded: then binding a copy of (or a pointer to) the outer value binds
   * the same receiver Go binds for a method value.
   */
  promotedByValue(t: TypeRef | undefined, pkg: string, name: string): boolean {
    let level: Array<{ t: TypeRef | undefined; byValue: boolean }> = [{ t, byValue: true }];
    for (let depth = 0; depth < 6 && level.length; depth++) {
      const next: typeof level = [];
      const found: boolean[] = [];
      for (const { t: outer, byValue } of level) {
        const info = this.typeInfo(deref(outer));
        if (!info || info.kind !== 'struct' || info.alias) continue;
        for (const e of this.fieldTable(info).embedded) {
          const en = deref(e);
          const stillByValue = byValue && e.k !== 'ptr';
          if (en?.k === 'named' && en.pkg === pkg && en.name === name) found.push(stillByValue);
          else next.push({ t: e, byValue: stillByValue });
        }
      }
      if (found.length) return found.length === 1 && found[0];
      level = next;
    }
    return false;
  }

  results(id: string): (TypeRef | undefined)[] | undefined {
    const fi = this.funcs.get(id)?.[0];
    if (!fi) return undefined;
    if (!fi.results) {
      const naming = { ...fi.file.naming, isLocalType: (n: string) => fi.typeParams.has(n) };
      fi.results = resultTypes(fi.node.childForFieldName('result'), naming);
    }
    return fi.results;
  }

  private readonly paramCache = new Map<string, { types: (TypeRef | undefined)[]; variadic: boolean }>();

  /** A function's parameter types, one per parameter (a variadic one as its element type). */
  paramTypes(id: string): { types: (TypeRef | undefined)[]; variadic: boolean } | undefined {
    const cached = this.paramCache.get(id);
    if (cached) return cached;
    const fi = this.funcs.get(id)?.[0];
    const list = fi?.node.childForFieldName('parameters');
    if (!fi || !list) return undefined;
    const naming = { ...fi.file.naming, isLocalType: (n: string) => fi.typeParams.has(n) };
    const out = { types: [] as (TypeRef | undefined)[], variadic: false };
    for (const d of list.namedChildren) {
      if (d.type !== 'parameter_declaration' && d.type !== 'variadic_parameter_declaration') continue;
      const t = typeFromNode(d.childForFieldName('type'), naming);
      for (let i = 0; i < Math.max(1, d.childrenForFieldName('name').length); i++) out.types.push(t);
      out.variadic = d.type === 'variadic_parameter_declaration';
    }
    this.paramCache.set(id, out);
    return out;
  }

  /** The field types of a module struct type in declaration order, for positional composite literals. */
  private readonly orderedFields = new Map<TypeInfo, (TypeRef | undefined)[]>();

  fieldTypesInOrder(t: TypeRef | undefined): (TypeRef | undefined)[] | undefined {
    const info = this.typeInfo(t);
    if (!info || info.kind !== 'struct' || info.alias) return undefined;
    const cached = this.orderedFields.get(info);
    if (cached) return cached;
    const naming = { ...info.file.naming, isLocalType: (n: string) => info.typeParams.has(n) };
    const out: (TypeRef | undefined)[] = [];
    for (const fd of info.typeNode.namedChildren[0]?.namedChildren ?? []) {
      if (fd.type !== 'field_declaration') continue;
      const ft = typeFromNode(fd.childForFieldName('type'), naming);
      const embeddedPtr = fd.childrenForFieldName('name').length === 0 && fd.children.some((c) => c.type === '*');
      for (let i = 0; i < Math.max(1, fd.childrenForFieldName('name').length); i++)
        out.push(embeddedPtr && ft ? { k: 'ptr', elem: ft } : ft);
    }
    this.orderedFields.set(info, out);
    return out;
  }

  /** Whether a named type from outside the module is an interface (the standard library table knows; unknown ones count). */
  isOutsideInterface(t: Extract<TypeRef, { k: 'named' }>): boolean {
    return stdlib.underlying(t) === undefined || stdlib.isInterface(t);
  }

  /** The field names of a module struct type in declaration order (an embedded field is named after its type). */
  fieldNamesInOrder(t: TypeRef | undefined): string[] | undefined {
    const info = this.typeInfo(t);
    if (!info || info.kind !== 'struct' || info.alias) return undefined;
    const out: string[] = [];
    for (const fd of info.typeNode.namedChildren[0]?.namedChildren ?? []) {
      if (fd.type !== 'field_declaration') continue;
      const names = fd.childrenForFieldName('name');
      if (names.length) names.forEach((n) => out.push(n.text));
      else out.push(fd.childForFieldName('type')?.text.replace(/^.*\./, '').replace(/\[.*$/, '') ?? '');
    }
    return out;
  }

  /** Works out, for every module interface, the module methods that implement each of its methods. */
  computeImplementations(): void {
    const typesByMethod = new Map<string, TypeInfo[]>();
    const concrete: TypeInfo[] = [];
    for (const pkg of this.packages.values())
      for (const t of pkg.types.values()) {
        if (t.kind === 'interface' || t.alias) continue;
        concrete.push(t);
        for (const m of this.methodNames(t)) {
          const list = typesByMethod.get(m);
          if (list) list.push(t);
          else typesByMethod.set(m, [t]);
        }
      }
    for (const pkg of this.packages.values())
      for (const t of pkg.types.values()) {
        if (t.kind !== 'interface' || t.alias) continue;
        const methods = this.interfaceMethods(t);
        const facts: InterfaceFacts = { id: `${pkg.path}.${t.name}`, methods, implementations: new Map() };
        this.interfaces.push(facts);
        const [first] = methods.keys();
        if (first === undefined) continue;
        for (const c of typesByMethod.get(first) ?? []) {
          const ref: TypeRef = { k: 'named', pkg: c.pkg.path, name: c.name };
          const ids = [...methods.keys()].map((n) => {
            const m = this.member(ref, n);
            // A method promoted from an embedded interface is that interface's method: they change together.
            return m?.k === 'method' ? (m.via ?? m.ids[0]) : undefined;
          });
          if (ids.some((x) => x === undefined)) continue;
          if ([...methods.values()].some((via, i) => !this.signaturesMayMatch(via, ids[i]!))) continue;
          [...methods.keys()].forEach((n, i) => {
            const list = facts.implementations.get(n) ?? [];
            if (!list.includes(ids[i]!)) list.push(ids[i]!);
            facts.implementations.set(n, list);
          });
        }
        for (const [n, via] of methods) {
          const list = this.implementations.get(via) ?? [];
          for (const id of facts.implementations.get(n) ?? []) if (!list.includes(id)) list.push(id);
          this.implementations.set(via, list);
        }
      }
    this.cacheMembers = true;
  }

  /**
   * Whether a method may have the signature an interface method has: false only when the numbers of parameters or
   * results differ, or a parameter or result type certainly differs (mayBeIdentical), so that the type cannot
   * implement the interface and its method does not change with it:
   *   type varlist interface{ At(i int) *types.Var; Len() int }
   *   func (m *Map) At(key types.Type) interface{}     // no varlist: At returns an interface, not a pointer
   */
  /**
   * The name of a defined type: a module type declared once and not as an alias, or a standard library type once
   * aliases are followed; undefined for any other type (an alias, a type parameter, a type of another module).
   */
  private readonly definedName = (t: TypeRef): string | undefined => {
    if (t.k !== 'named' || t.pkg === '') return undefined;
    if (!this.packages.has(t.pkg)) return stdlib.canonicalName(t);
    const info = this.typeInfo(t);
    return info && !info.alias && !info.ambiguous ? `${t.pkg}.${t.name}` : undefined;
  };

  private signaturesMayMatch(ifaceMethod: string, impl: string): boolean {
    if (ifaceMethod === impl) return true;
    // A type parameter that takes a predeclared name (`[int any]`) would read as that type.
    const shadowing = (id: string) =>
      [...(this.funcs.get(id)?.[0]?.typeParams ?? [])].some((n) => universeTypes.has(n));
    if (shadowing(ifaceMethod) || shadowing(impl)) return true;
    const [pa, pb] = [this.paramTypes(ifaceMethod), this.paramTypes(impl)];
    if (pa && pb) {
      if (pa.types.length !== pb.types.length || pa.variadic !== pb.variadic) return false;
      if (pa.types.some((t, i) => !mayBeIdentical(t, pb.types[i], this.definedName))) return false;
    }
    const [ra, rb] = [this.results(ifaceMethod), this.results(impl)];
    if (ra && rb && (ra.length !== rb.length || ra.some((t, i) => !mayBeIdentical(t, rb[i], this.definedName))))
      return false;
    return true;
  }

  /** The standard library types that may satisfy a module interface (see InterfaceFacts.stdlibCandidates). */
  stdlibCandidates(iface: InterfaceFacts): string[] {
    const methods = [...iface.methods].map(([name, via]) => ({ name, results: this.results(via) }));
    return stdlib.typesWithMethods(methods, (want, have) => this.mayBeSameType(want, have));
  }

  /**
   * Whether a module type as written (want) may be the same as a standard library type (have): false only when both
   * are known and differ. A type declared in the module is never a standard library type.
   */
  private mayBeSameType(want: TypeRef | undefined, have: TypeRef | undefined, depth = 0): boolean {
    if (!want || !have || depth > 6) return true;
    const info = this.typeInfo(want);
    if (info) return info.alias || info.ambiguous ? true : false;
    if (want.k === 'named' && want.pkg === '' && !universeTypes.has(want.name)) return true; // a type parameter or local type
    // An interface or struct written out is not compared member by member (`interface{}` among them).
    const loose = (t: TypeRef) => t.k === 'iface' || t.k === 'struct' || t.k === 'other';
    if (literalAgainstDefined(want, have)) return false;
    if (loose(want) || loose(have)) return true;
    // `any` (`interface{}`) is identical only to itself and its aliases, not to int, *T, []byte or io.Reader:
    //   func (r *row) Scan(dst *row) error   // no sql.Scanner, whose Scan takes an any
    const isAny = (t: TypeRef) => t.k === 'named' && t.pkg === '' && t.name === 'any';
    if (isAny(want) || isAny(have)) {
      const other = isAny(want) ? have : want;
      if (isAny(other)) return true;
      if (other.k !== 'named' || other.pkg === '') return false;
      // A type from outside the table (another module's) may be an alias of any; one the table knows is not.
      return !stdlib.canonicalName(other);
    }
    if (want.k === 'named' && have.k === 'named') {
      const norm = (n: string) => (n === 'byte' ? 'uint8' : n === 'rune' ? 'int32' : n);
      if (want.pkg !== '' && have.pkg !== '') {
        // `os.FileInfo` is an alias of `io/fs.FileInfo`: compare what the names stand for, when the table knows.
        const [a, b] = [stdlib.canonicalName(want), stdlib.canonicalName(have)];
        return !a || !b || a === b;
      }
      return want.pkg === have.pkg && norm(want.name) === norm(have.name);
    }
    if (want.k === 'named' || have.k === 'named') return false;
    if (want.k !== have.k) return false;
    if (want.k === 'map' && have.k === 'map')
      return this.mayBeSameType(want.key, have.key, depth + 1) && this.mayBeSameType(want.elem, have.elem, depth + 1);
    if ((want.k === 'ptr' || want.k === 'slice' || want.k === 'array' || want.k === 'chan') && want.k === have.k)
      return this.mayBeSameType(want.elem, (have as { elem?: TypeRef }).elem, depth + 1);
    return true;
  }

  /**
   * The standard library interfaces a method set satisfies: same names, numbers of parameters and results, and
   * parameter and result types that may be the same (unknown types count as the same, so a doubt keeps the
   * signature). `Get(key string) (string, bool)` does not satisfy crypto/tls.ClientSessionCache, whose Get returns
   * *tls.ClientSessionState; `Write(s string) (int, error)` is no io.Writer, whose Write takes []byte.
   */
  private satisfiedStdlibInterfaces(methods: Map<string, string>): string[] {
    if (![...methods.keys()].some((n) => stdlibMethodNames.has(n))) return [];
    const shapes = [...methods].map(([name, id]) => {
      const f = this.funcs.get(id)?.[0]?.facts;
      return { name, params: f?.params.arity ?? -1, results: f?.results ?? -1 };
    });
    return satisfiedStdlibInterfaces(shapes).filter((iface) =>
      interfaceMethodNames(iface).every((name) =>
        this.mayHaveStdlibSignature(methods.get(name)!, interfaceMethod(iface, name)!),
      ),
    );
  }

  /** Whether a module method's parameter and result types may be those of a standard library interface's method. */
  private mayHaveStdlibSignature(id: string, m: StdlibMethod): boolean {
    const same = (want: (TypeRef | undefined)[], have: TypeCode[]) =>
      want.length === have.length && want.every((w, i) => this.mayBeSameType(w, typeFromCode(have[i])));
    const results = this.results(id);
    if (results && !same(results, m.results)) return false;
    const params = this.paramTypes(id);
    // `f(a ...int)` and `f(a []int)` are different signatures.
    return !params || (params.variadic === !!m.variadic && same(params.types, m.params));
  }

  /** Method sets of the module's named non-interface types: method name → the method id a call reaches. */
  methodSets(): Array<{ type: string; methods: Map<string, string>; stdlibInterfaces: string[] }> {
    if (!this.cacheMembers) return this.methodSetsUncached();
    return (this.methodSetList ??= this.methodSetsUncached());
  }

  /** The method sets, worked out once the implementations are known (members no longer change); nobody changes them. */
  private methodSetList?: Array<{ type: string; methods: Map<string, string>; stdlibInterfaces: string[] }>;

  private methodSetsUncached(): Array<{ type: string; methods: Map<string, string>; stdlibInterfaces: string[] }> {
    const out: Array<{ type: string; methods: Map<string, string>; stdlibInterfaces: string[] }> = [];
    for (const pkg of this.packages.values())
      for (const t of pkg.types.values()) {
        if (t.kind === 'interface' || t.alias) continue;
        const ref: TypeRef = { k: 'named', pkg: pkg.path, name: t.name };
        const methods = new Map<string, string>();
        for (const name of this.methodNames(t)) {
          const m = this.member(ref, name);
          if (m?.k === 'method') methods.set(name, m.via ?? m.ids[0]);
        }
        if (methods.size)
          out.push({
            type: `${pkg.path}.${t.name}`,
            methods,
            stdlibInterfaces: this.satisfiedStdlibInterfaces(methods),
          });
      }
    return out;
  }

  /** Method names of a concrete type, with those promoted from embedded module types. */
  private methodNames(t: TypeInfo, depth = 0): Set<string> {
    const out = new Set(t.pkg.methods.get(t.name)?.keys() ?? []);
    if (t.kind !== 'struct' || depth > 6) return out;
    for (const fd of t.typeNode.namedChildren[0]?.namedChildren ?? []) {
      if (fd.type !== 'field_declaration' || fd.childrenForFieldName('name').length) continue;
      const e = this.typeInfo(deref(typeFromNode(fd.childForFieldName('type'), t.file.naming)));
      if (!e) continue;
      const inner = e.kind === 'interface' ? new Set(this.interfaceMethods(e).keys()) : this.methodNames(e, depth + 1);
      inner.forEach((m) => out.add(m));
    }
    return out;
  }
}

/**
 * Whether two types as written may be identical: false only when both are known to differ: in kind (a pointer and an
 * interface written out, `int` and a slice), as different predeclared non-interface types, or where one is a defined
 * type (`defined` gives its name once aliases are followed) and the other is not that type. Any other named type may
 * be an alias of anything, so it is never told apart.
 */
function mayBeIdentical(
  a: TypeRef | undefined,
  b: TypeRef | undefined,
  defined: (t: TypeRef) => string | undefined,
  depth = 0,
): boolean {
  if (!a || !b || depth > 6) return true;
  const norm = (n: string) => (n === 'byte' ? 'uint8' : n === 'rune' ? 'int32' : n);
  const basic = (t: TypeRef) =>
    t.k === 'named' && t.pkg === '' && universeTypes.has(t.name) && !['any', 'error', 'comparable'].includes(t.name)
      ? norm(t.name)
      : undefined;
  const shape = (t: TypeRef) => {
    const bt = basic(t);
    if (bt) return `basic ${bt}`;
    if (t.k === 'named') {
      const d = defined(t);
      return d ? `named ${d}` : undefined;
    }
    return t.k === 'other' || t.k === 'tuple' ? undefined : t.k;
  };
  const [sa, sb] = [shape(a), shape(b)];
  if (!sa || !sb) return true;
  if (sa !== sb) return false;
  if (a.k === 'map' && b.k === 'map')
    return mayBeIdentical(a.key, b.key, defined, depth + 1) && mayBeIdentical(a.elem, b.elem, defined, depth + 1);
  if ((a.k === 'ptr' || a.k === 'slice' || a.k === 'array' || a.k === 'chan') && a.k === b.k)
    return mayBeIdentical(a.elem, (b as { elem?: TypeRef }).elem, defined, depth + 1);
  return true;
}
