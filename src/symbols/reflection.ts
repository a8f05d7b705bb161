// The module methods that reflection may call by name or index: the exported methods of every type whose values can
// reach reflect.ValueOf/TypeOf or a template's data, in a module that calls methods that way.
import { Position } from '../diagnostics/diagnostic';
import { SyntaxNode } from '../parse/parse';
import { ReflectionUses, ValueOrigin } from './references';
import { TypeQueries } from './typeQueries';
import { deref, StructFields, structFields, typeFromNode, TypeRef } from './typeRefs';
import { isExported } from '../stdlib/universe';
import { stdlib } from './stdlibTypes';
import { interfaceMethodNames } from '../stdlib/interfaces';

/** Why a method may be called by reflection: the call by name or index, and where a value of its type enters reflection. */
export interface ReflectedMethod {
  what: string;
  call: Position;
  enters: Position;
  /** The type whose value enters, as `pkg.Name`; '' when the value's type could not be worked out. */
  type: string;
  /**
   * The functions whose template Execute calls have data holding a value of the method's type (through fields,
   * elements and pointers), and where: the template calls it below them, on their goroutine
   * (src/symbols/templateEntries.ts).
   */
  executedBy?: Array<{ from: string; pos: Position }>;
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
    const site = packageOf(r.pos.file);
    // A reflect.Value or reflect.Type made here can only be used by a call in a package linked with this one.
    const call = r.call ?? uses.methodCalls.find((c) => linked(packageOf(c.pos.file), site));
    if (!call) continue;
    const { types, everything, held } = typesReaching(r.origin, r.pos, uses, q, byType, usedAsValue, !!r.call);
    // A value of any type is still one of a type linked into the same program or test binary as the reflection.
    const reflected = everything
      ? [...byType.keys()]
          .filter((t) => linked(t.slice(0, t.lastIndexOf('.')), site))
          .map((t) => [t, everything] as const)
      : [...types].filter(([t]) => byType.has(t));
    const executor = !everything && r.call?.from !== undefined ? { from: r.call.from, pos: r.call.pos } : undefined;
    for (const [type, enters] of reflected)
      for (const [name, id] of byType.get(type)!) {
        if (!isExported(name)) continue;
        if (!out.has(id)) out.set(id, { what: call.what, call: call.pos, enters, type: everything ? '' : type });
        const m = out.get(id)!;
        if (executor && held.has(type) && !m.executedBy?.some((e) => e.from === executor.from))
          m.executedBy = [...(m.executedBy ?? []), executor];
      }
  }
  return out;
}

/**
 * The module types whose values may be in a value from `origin`, or where it may be any type. A template (`exported`)
 * reaches only exported fields, and the results of the exported methods it calls (`{{.Caller.Pkg.Path}}`):
 *     type Edge struct{ Caller *Func; fset *token.FileSet }   // a template's data: Func counts, FileSet not
 * reflect.ValueOf/TypeOf reach every field's type (reflect.Type walks unexported fields as well).
 */
function typesReaching(
  origin: ValueOrigin,
  pos: Position,
  uses: ReflectionUses,
  q: TypeQueries,
  byType: Map<string, Map<string, string>>,
  usedAsValue: Set<string>,
  exported: boolean,
): { types: Map<string, Position>; everything?: Position; held: Set<string> } {
  const types = new Map<string, Position>();
  // The types the value itself holds, through fields, elements and pointers: not those of what an interface in it
  // may hold (any implementation) or of what its methods return, which only widen what reflection may call.
  const held = new Set<string>();
  let everything: Position | undefined;
  const seenTypes = new Set<string>();
  const seenParams = new Set<string>();

  const addType = (t: TypeRef | undefined, enters: Position, depth = 0, open = false): void => {
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
        return addType(t.elem, enters, depth + 1, open);
      case 'map':
        addType(t.key, enters, depth + 1, open);
        return addType(t.elem, enters, depth + 1, open);
      case 'tuple':
        return t.elems.forEach((e) => addType(e, enters, depth + 1, open));
      case 'struct':
        return addFields(t.fields, enters, depth, open);
      case 'iface':
        return addImplementers([...t.methods.keys()], enters, depth);
      case 'named':
        break;
      default:
        return;
    }
    if (t.pkg === '') {
      if (t.name === 'error') addImplementers(['Error'], enters, depth);
      else if (
        t.name === 'any' ||
        !/^(bool|byte|complex64|complex128|float32|float64|u?int(8|16|32|64)?|uintptr|rune|string)$/.test(t.name)
      )
        everything = enters;
      return;
    }
    const info = q.typeInfo(t);
    if (!info) {
      // A type from outside the module: an interface of it may hold module values, those with its methods when the
      // standard library's table lists them (`reflect.TypeOf(t)`, t a go/types.Type: the module types with
      // Underlying and String), any when it does not.
      if (q.packages.has(t.pkg) || !q.isOutsideInterface(t)) return;
      const names = stdlib.isInterface(t) ? interfaceMethodNames(stdlib.canonicalName(t) ?? `${t.pkg}.${t.name}`) : [];
      if (names.length) addImplementers(names, enters, depth);
      else everything = enters;
      return;
    }
    const id = `${t.pkg}.${t.name}`;
    if (seenTypes.has(id)) return;
    seenTypes.add(id);
    const naming = { ...info.file.naming, isLocalType: (n: string) => info.typeParams.has(n) };
    if (info.alias) return addType(typeFromNode(info.typeNode, naming), enters, depth + 1, open);
    if (info.kind === 'interface') return addImplementers([...q.interfaceMethods(info).keys()], enters, depth);
    types.set(id, enters);
    if (!open) held.add(id);
    if (info.kind === 'struct') addFields(structFields(info.typeNode, naming), enters, depth, open);
    else addType(deref(typeFromNode(info.typeNode, naming)), enters, depth + 1, open);
    if (exported)
      for (const [name, method] of byType.get(id) ?? [])
        if (/^\p{Lu}/u.test(name)) (q.results(method) ?? []).forEach((r) => addType(r, enters, depth + 1, true));
  };
  // A value of an interface type holds one of the module types with its methods (`any`: of any type).
  const addImplementers = (names: string[], enters: Position, depth: number): void => {
    if (!names.length) everything = enters;
    for (const [type, methods] of byType)
      if (names.every((n) => methods.has(n))) addType(refOf(type), enters, depth + 1, true);
  };
  // A template reads no unexported field; reflect.Type walks them all (and reflect.New makes values of their types).
  // An embedded field's exported fields and methods are promoted whatever its name.
  const addFields = (fields: StructFields, enters: Position, depth: number, open: boolean): void => {
    for (const [name, f] of fields.named) if (!exported || /^\p{Lu}/u.test(name)) addType(f, enters, depth + 1, open);
    for (const f of fields.embedded) addType(f, enters, depth + 1, open);
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
  return { types, everything, held };
}

function refOf(type: string): TypeRef {
  const dot = type.lastIndexOf('.');
  return { k: 'named', pkg: type.slice(0, dot), name: type.slice(dot + 1) };
}

/** Methods of reflect.Value and reflect.Type whose results lead to no method of the value (no Value, Type or Method). */
const inspecting = new Set([
  'Kind',
  'IsNil',
  'IsValid',
  'IsZero',
  'Len',
  'Cap',
  'Pointer',
  'UnsafePointer',
  'Bool',
  'Int',
  'Uint',
  'Float',
  'Complex',
  'String',
  'Bytes',
  'CanAddr',
  'CanSet',
  'CanInterface',
  'CanInt',
  'CanUint',
  'CanFloat',
  'CanComplex',
  'NumField',
  'NumIn',
  'NumOut',
  'Name',
  'PkgPath',
  'Size',
  'Align',
  'FieldAlign',
  'Comparable',
  'Bits',
  'IsVariadic',
  'ChanDir',
]);

/**
 * Whether what `reflect.ValueOf(x)` / `reflect.TypeOf(x)` (the call `call`) returns is only inspected, directly or
 * through a local variable every use of which is, so that no method of x can be called through it:
 *     if v := reflect.ValueOf(n); v.Kind() == reflect.Ptr && v.IsNil() { n = nil }
 * A use of the variable anywhere else in the enclosing function (another variable of that name too) counts as a use.
 */
export function reflectionInspectedOnly(call: SyntaxNode): boolean {
  const parent = call.parent;
  if (
    parent?.type !== 'expression_list' ||
    !parent.parent ||
    !['short_var_declaration', 'var_spec'].includes(parent.parent.type)
  )
    return inspectedHere(call);
  const decl = parent.parent;
  const values = parent.namedChildren;
  const names =
    decl.type === 'var_spec'
      ? decl.childrenForFieldName('name')
      : (decl.childForFieldName('left')?.namedChildren ?? []);
  if (
    decl.childForFieldName(decl.type === 'var_spec' ? 'value' : 'right')?.startIndex !== parent.startIndex ||
    values.length !== names.length
  )
    return false;
  const name = names[values.findIndex((v) => v.startIndex === call.startIndex)];
  if (name?.type !== 'identifier' || name.text === '_') return false;
  let body: SyntaxNode | null = decl;
  while (body && !['function_declaration', 'method_declaration', 'func_literal'].includes(body.type))
    body = body.parent;
  if (!body) return false; // a package-level variable: any function may use it
  return body
    .descendantsOfType('identifier')
    .every((id) => id.text !== name.text || id.startIndex === name.startIndex || inspectedHere(id));
}

/** The value of `n` is the operand of an inspecting method call: `n.Kind()`, `(n).IsNil()`. */
function inspectedHere(n: SyntaxNode): boolean {
  let e = n;
  while (e.parent?.type === 'parenthesized_expression') e = e.parent;
  const sel = e.parent;
  if (sel?.type !== 'selector_expression' || sel.childForFieldName('operand')?.startIndex !== e.startIndex)
    return false;
  const call = sel.parent;
  return (
    inspecting.has(sel.childForFieldName('field')?.text ?? '') &&
    call?.type === 'call_expression' &&
    call.childForFieldName('function')?.startIndex === sel.startIndex
  );
}
