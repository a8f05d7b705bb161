// The module methods that reflection may call by name or index: the exported methods of every type whose values can
// reach reflect.ValueOf/TypeOf or a template's data, in a module that calls methods that way.
import { Position } from '../diagnostics/diagnostic';
import { ReflectionUses, ValueOrigin } from './references';
import { TypeQueries } from './typeQueries';
import { deref, typeFromNode, TypeRef } from './typeRefs';
import { isExported } from '../stdlib/universe';

/** Why a method may be called by reflection: the call by name or index, and where a value of its type enters reflection. */
export interface ReflectedMethod {
  what: string;
  call: Position;
  enters: Position;
  /** The type whose value enters, as `pkg.Name`; '' when the value's type could not be worked out. */
  type: string;
}

/**
 * Exported method ids that reflection may call. `reflect.ValueOf(n).MethodByName("Pos").Call(nil)` calls Pos with
 * no arguments: with a context parameter added it panics. A value entering through an interface parameter of a
 * module function counts what its callers pass; a value whose type cannot be worked out (or an empty interface from
 * anywhere) counts every module type linked into a program or test binary with the reflection. What a value holds (fields, elements, pointers) counts too, as reflection walks it.
 */
export function reflectedMethods(
  uses: ReflectionUses,
  q: TypeQueries,
  methodSets: Array<{ type: string; methods: Map<string, string> }>,
  usedAsValue: Set<string>,
  packageOf: (file: string) => string,
  linked: (a: string, b: string) => boolean,
): Map<string, ReflectedMethod> {
  const out = new Map<string, ReflectedMethod>();
  const byType = new Map(methodSets.map((m) => [m.type, m.methods]));
  // reflect.ValueOf(x) matters where the module calls methods through reflect somewhere; a template's data always.
  for (const r of uses.roots) {
    const call = r.call ?? uses.methodCalls[0];
    if (!call) continue;
    const { types, everything } = typesReaching(r.origin, r.pos, uses, q, byType, usedAsValue);
    // A value of any type is still one of a type linked into the same program or test binary as the reflection.
    const site = packageOf(r.pos.file);
    const reflected = everything ? [...byType.keys()].filter((t) => linked(t.slice(0, t.lastIndexOf('.')), site)).map((t) => [t, everything] as const) : [...types].filter(([t]) => byType.has(t));
    for (const [type, enters] of reflected)
      for (const [name, id] of byType.get(type)!) if (isExported(name) && !out.has(id)) out.set(id, { what: call.what, call: call.pos, enters, type: everything ? '' : type });
  }
  return out;
}

/** The module types whose values may be in a value from `origin`, or where it may be any type. */
function typesReaching(origin: ValueOrigin, pos: Position, uses: ReflectionUses, q: TypeQueries, byType: Map<string, Map<string, string>>, usedAsValue: Set<string>): { types: Map<string, Position>; everything?: Position } {
  const types = new Map<string, Position>();
  let everything: Position | undefined;
  const seenTypes = new Set<string>();
  const seenParams = new Set<string>();

  const addType = (t: TypeRef | undefined, enters: Position, depth = 0): void => {
    if (everything || depth > 12) return;
    if (!t) {
      everything = enters;
      return;
    }
    switch (t.k) {
      case 'ptr':
      case 'slice':
      case 'array':
      case 'chan':
        return addType(t.elem, enters, depth + 1);
      case 'map':
        addType(t.key, enters, depth + 1);
        return addType(t.elem, enters, depth + 1);
      case 'tuple':
        return t.elems.forEach((e) => addType(e, enters, depth + 1));
      case 'struct':
        [...t.fields.named.values(), ...t.fields.embedded].forEach((f) => addType(f, enters, depth + 1));
        return;
      case 'iface':
        everything = enters;
        return;
      case 'named':
        break;
      default:
        return;
    }
    if (t.pkg === '') {
      if (['any', 'error'].includes(t.name) || !/^(bool|byte|complex64|complex128|float32|float64|u?int(8|16|32|64)?|uintptr|rune|string)$/.test(t.name)) everything = enters;
      return;
    }
    const info = q.typeInfo(t);
    if (!info) {
      // A type from outside the module: an interface of it may hold module values.
      if (!q.packages.has(t.pkg) && q.isOutsideInterface(t)) everything = enters;
      return;
    }
    const id = `${t.pkg}.${t.name}`;
    if (seenTypes.has(id)) return;
    seenTypes.add(id);
    const naming = { ...info.file.naming, isLocalType: (n: string) => info.typeParams.has(n) };
    if (info.alias) return addType(typeFromNode(info.typeNode, naming), enters, depth + 1);
    if (info.kind === 'interface') {
      const names = [...q.interfaceMethods(info).keys()];
      if (!names.length) everything = enters;
      for (const [type, methods] of byType) if (names.every((n) => methods.has(n))) addType(refOf(type), enters, depth + 1);
      return;
    }
    types.set(id, enters);
    if (info.kind === 'struct') (q.fieldTypesInOrder(t) ?? []).forEach((f) => addType(f, enters, depth + 1));
    else addType(deref(typeFromNode(info.typeNode, naming)), enters, depth + 1);
  };
  const addOrigin = (o: ValueOrigin, enters: Position): void => {
    if (o.k === 'type') return addType(o.t, enters);
    const key = `${o.fn}#${o.index}`;
    if (seenParams.has(key)) return;
    seenParams.add(key);
    // A function used as a value is called from places the plan cannot see: what they pass is unknown.
    if (usedAsValue.has(o.fn)) everything = enters;
    for (const a of uses.interfaceArgs) if (a.fn === o.fn && a.index === o.index) addOrigin(a.origin, enters);
  };
  addOrigin(origin, pos);
  return { types, everything };
}

function refOf(type: string): TypeRef {
  const dot = type.lastIndexOf('.');
  return { k: 'named', pkg: type.slice(0, dot), name: type.slice(dot + 1) };
}
