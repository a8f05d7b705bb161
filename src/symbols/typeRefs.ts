// Types as the resolver sees them: just enough structure to find the methods and fields an expression reaches.
import { SyntaxNode } from '../parse/parse';
import { universeTypes } from '../stdlib/universe';

/** A type; `named` with pkg '' is predeclared (int, error, any) or a type parameter. undefined means unknown. */
export type TypeRef =
  | { k: 'named'; pkg: string; name: string }
  | { k: 'ptr' | 'slice' | 'array' | 'chan'; elem?: TypeRef }
  | { k: 'map'; key?: TypeRef; elem?: TypeRef }
  | { k: 'func'; results: (TypeRef | undefined)[]; target?: string }
  | { k: 'tuple'; elems: (TypeRef | undefined)[] }
  /** A struct type written out (`[]struct{ name string; n *Node }{...}`): its fields, as a named struct's are read. */
  | { k: 'struct'; fields: StructFields }
  /**
   * An interface type written out (`x.(interface{ Name() string })`, a local `type hasElem interface{...}`): the
   * results of the methods it lists itself (a name it does not list, e.g. from an embedded interface, is unknown).
   */
  | { k: 'iface'; methods: Map<string, (TypeRef | undefined)[]> }
  | { k: 'other' };

/** A struct's fields: named fields by name (the first declaration of a name wins), embedded fields' types in order. */
export interface StructFields {
  named: Map<string, TypeRef | undefined>;
  embedded: TypeRef[];
}

/** How a file names packages: qualifier → import path; the package's own path for unqualified names. */
export interface TypeNaming {
  pkg: string;
  qualifier(name: string): string | undefined;
  /** Is `name` a type parameter or a type declared locally (and so not a package-level type)? */
  isLocalType?(name: string): boolean;
  /** The type a locally declared type name stands for, when its declaration shows it (`type row struct{...}` in a body). */
  localTypeRef?(name: string): TypeRef | undefined;
  /** Dot-imported package declaring type `name`, if any. */
  dotImported?(name: string): string | undefined;
  declaresType(name: string): boolean;
}

const predeclared = universeTypes;

/** The TypeRef a type expression denotes, in the naming of the file that holds it. */
export function typeFromNode(n: SyntaxNode | null | undefined, naming: TypeNaming): TypeRef | undefined {
  if (!n) return undefined;
  switch (n.type) {
    case 'type_identifier':
    case 'identifier': {
      const name = n.text;
      if (naming.isLocalType?.(name)) return naming.localTypeRef?.(name) ?? { k: 'named', pkg: '', name };
      if (naming.declaresType(name)) return { k: 'named', pkg: naming.pkg, name };
      if (predeclared.has(name)) return { k: 'named', pkg: '', name };
      const dot = naming.dotImported?.(name);
      if (dot) return { k: 'named', pkg: dot, name };
      return { k: 'named', pkg: '', name };
    }
    case 'qualified_type':
    case 'selector_expression': {
      const q = n.childForFieldName('package') ?? n.childForFieldName('operand');
      const name = n.childForFieldName('name') ?? n.childForFieldName('field');
      const path = q && naming.qualifier(q.text);
      return path && name ? { k: 'named', pkg: path, name: name.text } : undefined;
    }
    case 'pointer_type':
      return { k: 'ptr', elem: typeFromNode(n.namedChildren[0], naming) };
    case 'slice_type':
    case 'array_type':
    case 'implicit_length_array_type':
      return {
        k: n.type === 'slice_type' ? 'slice' : 'array',
        elem: typeFromNode(n.childForFieldName('element'), naming),
      };
    case 'map_type':
      return {
        k: 'map',
        key: typeFromNode(n.childForFieldName('key'), naming),
        elem: typeFromNode(n.childForFieldName('value'), naming),
      };
    case 'channel_type':
      return { k: 'chan', elem: typeFromNode(n.childForFieldName('value'), naming) };
    case 'generic_type':
      return typeFromNode(n.childForFieldName('type'), naming);
    case 'parenthesized_type':
    case 'type_elem':
      return typeFromNode(n.namedChildren[0], naming);
    case 'function_type':
      return { k: 'func', results: resultTypes(n.childForFieldName('result'), naming) };
    case 'struct_type':
      return { k: 'struct', fields: structFields(n, naming) };
    case 'interface_type':
      return { k: 'iface', methods: new Map(methodElems(n).map((m) => [m.name, resultTypes(m.result, naming)])) };
    default:
      return undefined;
  }
}

/** The methods an `interface_type` node lists itself (embedded interfaces and type sets left out). */
export function methodElems(
  iface: SyntaxNode,
): { node: SyntaxNode; name: string; nameNode: SyntaxNode; params: SyntaxNode; result: SyntaxNode | null }[] {
  return iface.namedChildren.flatMap((m) => {
    if (m.type !== 'method_elem' && m.type !== 'method_spec') return [];
    const nameNode = m.childForFieldName('name');
    const params = m.childForFieldName('parameters');
    return nameNode && params
      ? [{ node: m, name: nameNode.text, nameNode, params, result: m.childForFieldName('result') }]
      : [];
  });
}

/** The fields a `struct_type` node declares, in the naming of the file that holds it. */
export function structFields(structType: SyntaxNode, naming: TypeNaming): StructFields {
  const fields: StructFields = { named: new Map(), embedded: [] };
  for (const fd of structType.namedChildren[0]?.namedChildren ?? []) {
    if (fd.type !== 'field_declaration') continue;
    const ft = typeFromNode(fd.childForFieldName('type'), naming);
    const names = fd.childrenForFieldName('name');
    // tree-sitter-go puts an embedded field's `*` beside its type: `struct{ *P }` has type P and a `*` child.
    if (names.length === 0)
      fields.embedded.push(
        ft && fd.children.some((c) => c.type === '*') ? { k: 'ptr', elem: ft } : (ft ?? { k: 'other' }),
      );
    for (const n of names) if (!fields.named.has(n.text)) fields.named.set(n.text, ft);
  }
  return fields;
}

/** The result types a function's `result` field declares. */
export function resultTypes(result: SyntaxNode | null, naming: TypeNaming): (TypeRef | undefined)[] {
  if (!result) return [];
  if (result.type !== 'parameter_list') return [typeFromNode(result, naming)];
  const out: (TypeRef | undefined)[] = [];
  for (const d of result.namedChildren) {
    if (d.type !== 'parameter_declaration') continue;
    const t = typeFromNode(d.childForFieldName('type'), naming);
    const names = d.childrenForFieldName('name').length;
    for (let i = 0; i < Math.max(1, names); i++) out.push(t);
  }
  return out;
}

/** The receiver's base type name and whether it is a pointer: `(s *Stack[T])` → Stack, true. */
export function receiverType(recv: SyntaxNode | null): { name: string; pointer: boolean } | undefined {
  const decl = recv?.namedChildren.find((c) => c.type === 'parameter_declaration');
  let t = decl?.childForFieldName('type') ?? null;
  let pointer = false;
  while (t && (t.type === 'parenthesized_type' || t.type === 'pointer_type')) {
    if (t.type === 'pointer_type') pointer = true;
    t = t.namedChildren[0] ?? null;
  }
  if (t?.type === 'generic_type') t = t.childForFieldName('type');
  return t && t.type === 'type_identifier' ? { name: t.text, pointer } : undefined;
}

export function deref(t: TypeRef | undefined): TypeRef | undefined {
  return t && t.k === 'ptr' ? t.elem : t;
}

/** The syntax of basic literals: no identifier inside, and never a value of a module type with methods. */
export const BASIC_LITERALS: ReadonlySet<string> = new Set([
  'interpreted_string_literal',
  'raw_string_literal',
  'int_literal',
  'float_literal',
  'imaginary_literal',
  'rune_literal',
]);
