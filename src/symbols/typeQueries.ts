// Questions about module types: which method or field a selector reaches, and which types implement an interface.
import { FuncInfo, PkgInfo, TypeInfo } from './declarations';
import { InterfaceFacts } from './program';
import { deref, resultTypes, typeFromNode, TypeRef } from './typeRefs';

export type Member =
  | { k: 'method'; ids: string[]; via?: string; results?: (TypeRef | undefined)[] }
  | { k: 'field'; t: TypeRef | undefined }
  | { k: 'external' };

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

  /** Follows aliases and defined types to the type a named type is made from (`type Shapes []Shape` → []Shape). */
  underlying(t: TypeRef | undefined, depth = 0): TypeRef | undefined {
    const info = this.typeInfo(t);
    if (!info || depth > 8 || info.kind !== 'other') return t;
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
        if (embedded?.kind === 'interface') for (const [n, id] of this.interfaceMethods(embedded, depth + 1)) if (!out.has(n)) out.set(n, id);
      }
    }
    return out;
  }

  /** Members already looked up, per named type and name: filled once the implementations are known. */
  private readonly memberCache = new Map<string, Member | undefined>();
  private cacheMembers = false;
  private readonly fieldTables = new Map<TypeInfo, { named: Map<string, TypeRef | undefined>; embedded: TypeRef[] }>();

  /** A struct's fields, read from its syntax once: named fields by name, and embedded fields' types in order. */
  private fieldTable(info: TypeInfo): { named: Map<string, TypeRef | undefined>; embedded: TypeRef[] } {
    let table = this.fieldTables.get(info);
    if (table) return table;
    table = { named: new Map(), embedded: [] };
    const naming = { ...info.file.naming, isLocalType: (n: string) => info.typeParams.has(n) };
    for (const fd of info.typeNode.namedChildren[0]?.namedChildren ?? []) {
      if (fd.type !== 'field_declaration') continue;
      const ft = typeFromNode(fd.childForFieldName('type'), naming);
      const names = fd.childrenForFieldName('name');
      // tree-sitter-go puts an embedded field's `*` beside its type: `struct{ *P }` has type P and a `*` child.
      if (names.length === 0) table.embedded.push(ft && fd.children.some((c) => c.type === '*') ? { k: 'ptr', elem: ft } : (ft ?? { k: 'other' }));
      for (const n of names) if (!table.named.has(n.text)) table.named.set(n.text, ft);
    }
    this.fieldTables.set(info, table);
    return table;
  }

  /** The member `name` of a value of type t: a method (static, or every implementation through an interface) or a field. */
  member(t0: TypeRef | undefined, name: string, depth = 0): Member | undefined {
    const t = deref(t0);
    if (!t || depth > 6) return undefined;
    if (t.k !== 'named') return undefined;
    if (!this.cacheMembers || depth > 0) return this.memberUncached(t, name, depth);
    const key = `${t.pkg}\0${t.name}\0${name}`;
    if (this.memberCache.has(key)) return this.memberCache.get(key);
    const m = this.memberUncached(t, name, depth);
    this.memberCache.set(key, m);
    return m;
  }

  private memberUncached(t: Extract<TypeRef, { k: 'named' }>, name: string, depth: number): Member | undefined {
    const info = this.typeInfo(t);
    if (!info) return t.pkg && !this.packages.has(t.pkg) ? { k: 'external' } : undefined;
    if (info.alias) return this.member(typeFromNode(info.typeNode, info.file.naming), name, depth + 1);
    const own = info.pkg.methods.get(info.name)?.get(name);
    if (own) return { k: 'method', ids: [own], results: this.results(own) };
    if (info.kind === 'interface') {
      const via = this.interfaceMethods(info).get(name);
      if (!via) return undefined;
      return { k: 'method', ids: this.implementations.get(via) ?? [], via, results: this.results(via) };
    }
    if (info.kind !== 'struct') return undefined;
    const { named, embedded } = this.fieldTable(info);
    if (named.has(name)) return { k: 'field', t: named.get(name) };
    for (const e of embedded) {
      const en = deref(e);
      if (en?.k === 'named' && en.name === name) return { k: 'field', t: e }; // the embedded field itself
      const m = this.typeInfo(en) ? this.member(e, name, depth + 1) : undefined;
      if (m) return m;
    }
    // Promoted from an embedded type outside the module: not a module function.
    if (embedded.some((e) => { const en = deref(e); return en?.k === 'named' && !this.packages.has(en.pkg); })) return { k: 'external' };
    return undefined;
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

  /** Works out, for every module interface, the module methods that implement each of its methods. */
  computeImplementations(): void {
    const typesByMethod = new Map<string, TypeInfo[]>();
    const concrete: TypeInfo[] = [];
    for (const pkg of this.packages.values())
      for (const t of pkg.types.values()) {
        if (t.kind === 'interface' || t.alias) continue;
        concrete.push(t);
        for (const m of this.methodNames(t)) typesByMethod.set(m, [...(typesByMethod.get(m) ?? []), t]);
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

  /** Method sets of the module's named non-interface types: method name → the method id a call reaches. */
  methodSets(): Array<{ type: string; methods: Map<string, string> }> {
    const out: Array<{ type: string; methods: Map<string, string> }> = [];
    for (const pkg of this.packages.values())
      for (const t of pkg.types.values()) {
        if (t.kind === 'interface' || t.alias) continue;
        const ref: TypeRef = { k: 'named', pkg: pkg.path, name: t.name };
        const methods = new Map<string, string>();
        for (const name of this.methodNames(t)) {
          const m = this.member(ref, name);
          if (m?.k === 'method') methods.set(name, m.via ?? m.ids[0]);
        }
        if (methods.size) out.push({ type: `${pkg.path}.${t.name}`, methods });
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
