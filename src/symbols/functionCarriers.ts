// Which values can carry a function value's identity to an observer (fmt, log, reflect, runtime): only those whose
// static type can hold a function, so that `fmt.Fprintf(os.Stderr, "...%d", n)` observes no function value at all.
import { SyntaxNode } from '../parse/parse';
import { interfaceMethodNames } from '../stdlib/interfaces';
import { universeTypes } from '../stdlib/universe';
import { stdlib } from './stdlibTypes';
import { TypeQueries } from './typeQueries';
import { structFields, typeFromNode, TypeRef } from './typeRefs';

/** The predeclared types that hold no function: all but `any`, `comparable` (a constraint) and `error`. */
const basicTypes: ReadonlySet<string> = new Set(
  [...universeTypes].filter((t) => t !== 'any' && t !== 'comparable' && t !== 'error'),
);

/**
 * A value can carry a function's identity when its type is a function type (named or not), an interface that a type
 * carrying one implements (`any` always; `error` only when a module type with Error() carries one; `http.Handler`
 * through `http.HandlerFunc`), reflect.Value or unsafe.Pointer, or a pointer, container or struct whose parts can.
 * A string, a number, a *T of a struct without such fields cannot:
 *
 *     fmt.Fprintf(os.Stderr, "%s: %d\n", name, n)   // observes nothing
 *     fmt.Printf("%p\n", handler)                    // observes handler
 *
 * A value whose type could not be worked out counts unless the expression cannot be a function (a literal, an
 * arithmetic, comparison or logical expression). A standard library struct (`*os.File`, `*token.FileSet`) is taken to
 * hold none of the module's functions: the type table does not list its fields, and a function the module stores in
 * one (`http.Client.CheckRedirect`) is observed only by code that walks the library's structs by reflection. Types of
 * other modules, which instrgen does not see, always count.
 */
export class FunctionCarriers {
  /** Answers found for named types, by package and name (no key string made for each ask: this is asked a lot). */
  private readonly known = new Map<string, Map<string, boolean>>();
  /** The module's method sets, by the names of their methods (each list in the order of methodSets). */
  private withMethod?: Map<string, Array<{ type: string; methods: Map<string, string> }>>;
  /** Named types found false in the question under way, and whether it stopped anywhere at the depth limit. */
  private falses = new Map<string, { pkg: string; name: string }>();
  private cut = false;
  /** Whether `error` carries a function, once found (see errorCarries), and whether the question under way asked. */
  private errorCarriesFunction: boolean | undefined;
  private errorAsked = false;

  constructor(private readonly q: TypeQueries) {}

  /** Whether a value of type t (written as `expr`, when there is one) may be or hold a function value. */
  mayCarry(t: TypeRef | undefined, expr?: SyntaxNode): boolean {
    if (!t) return expr ? expressionMayBeFunction(expr) : true;
    this.falses = new Map();
    this.cut = false;
    this.errorAsked = false;
    const v = this.carries(t, 0, new Set());
    // The answer is an OR over what the types hold: a `false` found while a type on its path was still being worked
    // out rests on that type being false, which is certain only once the whole question comes out false.
    if (!v && !this.cut) {
      for (const { pkg, name } of this.falses.values()) this.learn(pkg, name, false);
      if (this.errorAsked) this.errorCarriesFunction = false;
    }
    return v;
  }

  private carries(t: TypeRef | undefined, depth: number, visiting: Set<string>): boolean {
    if (depth > 64) this.cut = true;
    if (!t || depth > 64) return true;
    switch (t.k) {
      case 'func':
      case 'other':
        return true;
      case 'tuple':
        return t.elems.some((e) => this.carries(e, depth + 1, visiting));
      case 'ptr':
      case 'slice':
      case 'array':
      case 'chan':
        return this.carries(t.elem, depth + 1, visiting);
      case 'map':
        return this.carries(t.key, depth + 1, visiting) || this.carries(t.elem, depth + 1, visiting);
      case 'struct':
        return [...t.fields.named.values(), ...t.fields.embedded].some((f) => this.carries(f, depth + 1, visiting));
      case 'iface':
        return this.implementerCarries([...t.methods.keys()], depth, visiting);
      case 'named':
        break;
    }
    if (t.pkg === '') {
      if (t.name === 'error') return this.errorCarries(depth, visiting);
      return !basicTypes.has(t.name); // any, or a type parameter
    }
    if ((t.pkg === 'reflect' && t.name === 'Value') || t.pkg === 'unsafe') return true;
    const cached = this.known.get(t.pkg)?.get(t.name);
    if (cached !== undefined) return cached;
    const key = `${t.pkg}.${t.name}`;
    // A type met again (on its own path, or already found false in this question) adds nothing new.
    if (visiting.has(key) || this.falses.has(key)) return false;
    visiting.add(key);
    const cutBefore = this.cut;
    this.cut = false;
    const v = this.namedCarries(t, depth, visiting);
    visiting.delete(key);
    if (v && !this.cut) this.learn(t.pkg, t.name, true);
    if (!v) this.falses.set(key, { pkg: t.pkg, name: t.name });
    this.cut ||= cutBefore;
    return v;
  }

  /**
   * Whether an `error` carries a function: some module type with Error() does. Asked for most values printed or
   * wrapped; a `true` is kept (as for named types): a question that comes out true learns nothing of the implementers
   * it found false on the way, so each ask walked them again. A true answer holds wherever it is asked (a path to a
   * function through a type on the asking path is a path from the asking type too).
   */
  private errorCarries(depth: number, visiting: Set<string>): boolean {
    if (this.errorCarriesFunction !== undefined) return this.errorCarriesFunction;
    this.errorAsked = true;
    const cutBefore = this.cut;
    this.cut = false;
    const v = this.implementerCarries(['Error'], depth, visiting);
    if (v && !this.cut) this.errorCarriesFunction = true;
    this.cut ||= cutBefore;
    return v;
  }

  private learn(pkg: string, name: string, v: boolean): void {
    let byName = this.known.get(pkg);
    if (!byName) this.known.set(pkg, (byName = new Map()));
    byName.set(name, v);
  }

  private namedCarries(t: Extract<TypeRef, { k: 'named' }>, depth: number, visiting: Set<string>): boolean {
    const info = this.q.typeInfo(t);
    if (info) {
      const naming = { ...info.file.naming, isLocalType: (n: string) => info.typeParams.has(n) };
      if (info.alias) return this.carries(typeFromNode(info.typeNode, naming), depth + 1, visiting);
      if (info.kind === 'interface')
        return this.implementerCarries([...this.q.interfaceMethods(info).keys()], depth, visiting);
      if (info.kind === 'struct') {
        const fields = structFields(info.typeNode, naming);
        return [...fields.named.values(), ...fields.embedded].some((f) => this.carries(f, depth + 1, visiting));
      }
      return this.carries(typeFromNode(info.typeNode, naming), depth + 1, visiting);
    }
    if (this.q.packages.has(t.pkg)) return true; // a module package, but a type it does not declare as seen
    const u = stdlib.underlying(t);
    // Not in the standard library's table: a type of another module (unknown), or a standard library internal.
    if (!u) return !isStandardLibrary(t.pkg);
    if (stdlib.isInterface(t)) {
      const names = interfaceMethodNames(stdlib.canonicalName(t) ?? `${t.pkg}.${t.name}`);
      if (!names.length) return true;
      // `http.Handler` holds `http.HandlerFunc(home)`: a standard library function type with the methods.
      const stdlibFuncs = stdlib
        .typesWithMethods(
          names.map((name) => ({ name, results: undefined })),
          () => true,
        )
        .some((n) => stdlib.underlying(namedRef(n))?.k === 'func');
      return stdlibFuncs || this.implementerCarries(names, depth, visiting);
    }
    // A standard library struct (its own underlying type in the table): its fields hold the library's own values.
    if (u.k === 'named' && u.pkg === t.pkg && u.name === t.name) return false;
    return this.carries(u, depth + 1, visiting);
  }

  /** An interface with these methods carries a function when one of the module types implementing it does (`any`: always). */
  private implementerCarries(names: string[], depth: number, visiting: Set<string>): boolean {
    if (!names.length) return true;
    if (!this.withMethod) {
      this.withMethod = new Map();
      for (const m of this.q.methodSets())
        for (const n of m.methods.keys()) (this.withMethod.get(n) ?? this.withMethod.set(n, []).get(n)!).push(m);
    }
    // The types with the first method, in the order of all types: those without it could not implement the interface.
    return (this.withMethod.get(names[0]) ?? []).some(
      (m) => names.every((n) => m.methods.has(n)) && this.carries(namedRef(m.type), depth + 1, visiting),
    );
  }
}

function namedRef(type: string): Extract<TypeRef, { k: 'named' }> {
  const dot = type.lastIndexOf('.');
  return { k: 'named', pkg: type.slice(0, dot), name: type.slice(dot + 1) };
}

function isStandardLibrary(pkg: string): boolean {
  return !pkg.split('/')[0].includes('.');
}

/** Expressions whose value is never a function, whatever their operands' types: literals, arithmetic, comparisons. */
function expressionMayBeFunction(n: SyntaxNode): boolean {
  switch (n.type) {
    case 'parenthesized_expression':
      return n.namedChildren[0] ? expressionMayBeFunction(n.namedChildren[0]) : true;
    case 'interpreted_string_literal':
    case 'raw_string_literal':
    case 'int_literal':
    case 'float_literal':
    case 'imaginary_literal':
    case 'rune_literal':
    case 'true':
    case 'false':
    case 'nil':
    case 'iota':
    case 'binary_expression':
      return false;
    case 'unary_expression':
      return !['!', '-', '+', '^'].includes(n.childForFieldName('operator')?.text ?? '');
    default:
      return true;
  }
}

/**
 * Whether an observer's argument (the i-th, of type t) may let it see a function value: not the writer of
 * `fmt.Fprintf(w, ...)` or `log.New(w, ...)`, which is written to, not printed; not a reflect.Value handed back to
 * reflect (`reflect.Copy(dst, src)`, `reflect.Indirect(v)`), whose value was observed where reflect.ValueOf made it;
 * otherwise whenever the value may carry a function.
 */
export function observedArgument(
  observer: string,
  i: number,
  t: TypeRef | undefined,
  expr: SyntaxNode,
  carriers: FunctionCarriers,
): boolean {
  if (i === 0 && /^(fmt\.Fprint(f|ln)?|log\.New)$/.test(observer)) return false;
  if (
    observer.startsWith('reflect.') &&
    t?.k === 'named' &&
    t.pkg === 'reflect' &&
    (t.name === 'Value' || t.name === 'Type')
  )
    return false;
  return carriers.mayCarry(t, expr);
}
