// Second pass over function bodies: local scopes and types, so every call and function reference resolves to ids.
import { SyntaxNode } from '../parse/parse';
import { bodyFacts, FileInfo, FuncInfo, paramListFacts, PkgInfo } from './declarations';
import { indentAt } from '../parse/positions';
import { Position } from '../diagnostics/diagnostic';
import {
  ArgListFacts,
  CallKind,
  CallSite,
  CrossPackageMethodCall,
  ExitCall,
  FlowSource,
  FuncFacts,
  InterfaceFlow,
  InterfaceHandOff,
  FuncValueHandOff,
  PackageCall,
  PackageVarStore,
  DynamicCall,
  StdlibFlow,
  UnresolvedRef,
  ValueRef,
} from './program';
import { isExported, universeFuncs, universeTypes } from '../stdlib/universe';
import { interfaceMethodNames } from '../stdlib/interfaces';
import { stdlib } from './stdlibTypes';
import { FunctionCarriers, observedArgument } from './functionCarriers';
import { reflectionInspectedOnly } from './reflection';
import { Member, TypeQueries } from './typeQueries';
import { BASIC_LITERALS, deref, resultTypes, typeFromNode, TypeNaming, TypeRef } from './typeRefs';
import type { FunctionGroupCollector, SelectorOwner } from './functionGroups';

/**
 * A variable (a parameter of a function knows which), or a local type; `slot` is the variable's flow place (see
 * origins) and `denoted` what its name denotes, each made at the first ask.
 */
type Binding =
  | { k: 'var'; t?: TypeRef; param?: { fn: string; index: number }; slot?: string; denoted?: Denoted }
  | { k: 'type'; t?: TypeRef; denoted?: Denoted };

class Scope {
  /** Made on the first declaration: most blocks declare nothing, and a map for each was a good part of the garbage. */
  private names: Map<string, Binding> | undefined;
  /** The naming of types in this scope for the walk `ctx` (Resolver.naming), made once, not per type expression. */
  naming?: { ctx: object; naming: TypeNaming };
  constructor(readonly parent?: Scope) {}
  declare(name: string, b: Binding): void {
    if (name !== '_') (this.names ??= new Map()).set(name, b);
  }
  /** The binding of `name` in this scope itself (what `:=` assigns to instead of declaring). */
  own(name: string): Binding | undefined {
    return this.names?.get(name);
  }
  lookup(name: string): Binding | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const b = s.names?.get(name);
      if (b) return b;
    }
    return undefined;
  }
}

/** What an expression denotes for the resolver. */
type Denoted =
  | {
      k: 'funcs';
      ids: string[];
      via?: string;
      /** A call through an interface whose operand is a value of that module interface type itself. */
      ifaceOperand?: boolean;
      results?: (TypeRef | undefined)[];
      form: 'func' | 'method' | 'method expression';
    }
  | { k: 'pkg'; path: string }
  | { k: 'type'; t: TypeRef | undefined }
  | { k: 'value'; t?: TypeRef }
  | { k: 'builtin'; name: string }
  /** Declared outside the module: never a module function; a standard library function or method has its results. */
  | { k: 'external'; results?: (TypeRef | undefined)[] }
  | { k: 'entry'; qualifier: string }
  /** candidates: the only module methods a selector on a type declared differently per build target may reach. */
  | { k: 'unknown'; method?: string; candidates?: string[] };

const builtins = universeFuncs;
const predeclaredTypes = universeTypes;
const ENTRY = 'AutotelEntryPoint';
/** Standard library packages whose functions may observe a function value's identity (its pointer, its name). */
const observerPackages = new Set(['reflect', 'runtime', 'fmt', 'log', 'unsafe']);
/** A package of another module: neither the standard library (no dot in its first element) nor one of the module's. */
function isOtherModule(path: string, modulePackages: Map<string, PkgInfo>): boolean {
  return path.split('/')[0].includes('.') && !modulePackages.has(path);
}

/** Names of the calls that hand values to reflection or call methods through it. */
const literalTypes: Record<string, string> = {
  interpreted_string_literal: 'string',
  raw_string_literal: 'string',
  int_literal: 'int',
  float_literal: 'float64',
  imaginary_literal: 'complex128',
  rune_literal: 'rune',
  true: 'bool',
  false: 'bool',
};
const reflectionNames = new Set(['ValueOf', 'TypeOf', 'MethodByName', 'Method', 'Execute', 'ExecuteTemplate']);

/** What `pkg.Name` of a package outside the module denotes, when the standard library table holds it. */
function stdlibDenoted(path: string, name: string): Denoted | undefined {
  const m = stdlib.packageMember(path, name);
  if (!m) return undefined;
  if (m.k === 'func') return { k: 'external', results: m.results };
  return m.k === 'var' ? { k: 'value', t: m.t } : { k: 'type', t: m.t };
}

interface WalkCtx {
  file: FileInfo;
  /** The innermost function holding the code, undefined at package level. */
  fn?: string;
  /** The id literals found here are numbered under. */
  literalParent: string;
  typeParams: Set<string>;
  /** The result types of the innermost function, for `return` statements. */
  results?: (TypeRef | undefined)[];
}

/** Collected references, in source order. */
export interface References {
  calls: CallSite[];
  values: ValueRef[];
  unresolved: UnresolvedRef[];
  exits: ExitCall[];
  literals: FuncInfo[];
  entryCalls: Map<string, { offset: number; qualifier: string }>;
  interfaceFlows: InterfaceFlow[];
  /** Values of module types handed to the standard library (or another module): its interfaces may call their methods. */
  stdlibFlows: StdlibFlow[];
  interfaceHandOffs: InterfaceHandOff[];
  funcValueHandOffs: FuncValueHandOff[];
  /** Module functions stored into variables of packages outside the module, and calls into those packages. */
  packageVarStores: PackageVarStore[];
  packageCalls: PackageCall[];
  dynamicCalls: DynamicCall[];
  reflection: ReflectionUses;
  funcValueFlows: FuncValueFlows;
}

/**
 * Where values go, for the question whether something may observe a function value's identity: edges from a place
 * a value comes from to a place it is stored (slots: `param:<fn>#<i>`, `local:<n>`, `field:<name>`, `var:<name>`,
 * `result:<fn>`; a module function used as a value is `fv:<file>:<offset>`), `escape` for values handed to code
 * outside the module that does not observe them, and the observers: arguments of reflect, runtime, fmt and log.
 */
export interface FuncValueFlows {
  edges: Array<[string, string]>;
  /** Slots that also get values of unknown origin: what escaped may come back through them. */
  unknownInto: Set<string>;
  /** Values observers get; `escape` when a value that may be a function comes from where the flows cannot tell. */
  sinks: Array<{ from: string; what: string; pos: Position }>;
}

/** Where a value comes from, as far as reflection cares: a type, or a parameter of a module function (whose arguments then count). */
export type ValueOrigin = { k: 'type'; t: TypeRef | undefined } | { k: 'param'; fn: string; index: number };

/** Calls of methods by name or index through reflect and templates, the values that reach reflection, and what module functions' interface parameters receive. */
export interface ReflectionUses {
  methodCalls: { what: string; pos: Position }[];
  /** Values handed to reflection; a template's data carries the Execute call that walks it, and the function making it. */
  roots: { origin: ValueOrigin; pos: Position; call?: { what: string; pos: Position; from?: string } }[];
  interfaceArgs: { fn: string; index: number; origin: ValueOrigin }[];
}

export class Resolver {
  readonly out: References = {
    calls: [],
    values: [],
    unresolved: [],
    exits: [],
    literals: [],
    entryCalls: new Map(),
    interfaceFlows: [],
    stdlibFlows: [],
    interfaceHandOffs: [],
    funcValueHandOffs: [],
    packageVarStores: [],
    packageCalls: [],
    dynamicCalls: [],
    reflection: { methodCalls: [], roots: [], interfaceArgs: [] },
    funcValueFlows: { edges: [], sinks: [], unknownInto: new Set() },
  };
  private localSlots = 0;
  private carriers?: FunctionCarriers;
  /** Told about selectors and composite literals, for fields of function type (src/symbols/functionGroups.ts). */
  groups?: FunctionGroupCollector;
  private readonly literalCounters = new Map<string, number>();
  /** `<function>\n<package>` of the calls into packages outside the module noted so far: one a function and package. */
  private readonly packageCallsSeen = new Set<string>();

  constructor(
    private readonly q: TypeQueries,
    private readonly packages: Map<string, PkgInfo>,
    private readonly methodNames: Set<string>,
  ) {}

  /** Resolves every function body and package-level initializer of a file. */
  resolveFile(f: FileInfo, funcs: FuncInfo[]): void {
    this.denoted.clear(); // only the walk of one file asks again
    for (const fi of funcs) this.resolveFunc(fi);
    for (const d of f.tree.rootNode.namedChildren) {
      if (d.type !== 'var_declaration') continue;
      const ctx: WalkCtx = { file: f, fn: undefined, literalParent: `${f.pkg.path}.init`, typeParams: new Set() };
      for (const spec of d.descendantsOfType('var_spec')) {
        const v = spec.childForFieldName('value');
        if (v) this.walk(v, new Scope(), ctx);
        const declared = typeFromNode(spec.childForFieldName('type'), f.naming);
        for (const value of v?.namedChildren ?? []) this.noteFlow(declared, value, new Scope(), ctx);
        const none = new Scope();
        this.noteStores(
          spec.childrenForFieldName('name'),
          (v?.namedChildren ?? []).map((r) => this.origins(r, none, ctx)),
          none,
          ctx,
        );
      }
    }
  }

  private resolveFunc(fi: FuncInfo): void {
    const body = fi.node.childForFieldName('body');
    if (!body) return;
    const ctx: WalkCtx = {
      file: fi.file,
      fn: fi.facts.id,
      literalParent: fi.facts.id,
      typeParams: fi.typeParams,
      results: this.q.results(fi.facts.id),
    };
    const scope = new Scope();
    this.declareParams(fi.node.childForFieldName('receiver'), scope, ctx);
    this.groups?.receiver(fi.facts.id, (name) => scope.lookup(name));
    this.declareParams(fi.node.childForFieldName('parameters'), scope, ctx, fi.facts.id);
    this.declareParams(fi.node.childForFieldName('result'), scope, ctx);
    fi.facts.ctxParam = this.contextParam(fi.node.childForFieldName('parameters'), ctx.file);
    fi.facts.requestParam = this.requestParam(fi.node.childForFieldName('parameters'), ctx.file);
    this.walk(body, scope, ctx);
  }

  private naming(ctx: WalkCtx, scope?: Scope): TypeNaming {
    // Its closures look names up when asked, so one made earlier for this scope and walk answers the same.
    if (scope?.naming?.ctx === ctx) return scope.naming.naming;
    const naming = this.newNaming(ctx, scope);
    if (scope) scope.naming = { ctx, naming };
    return naming;
  }

  private newNaming(ctx: WalkCtx, scope?: Scope): TypeNaming {
    const base = ctx.file.naming;
    // The file's naming written out, not spread: a spread of an object holding closures took V8's slow path, and this
    // runs for every type expression of every body (a tenth of the symbols phase on x/tools).
    return {
      pkg: base.pkg,
      qualifier: base.qualifier,
      declaresType: base.declaresType,
      dotImported: base.dotImported,
      isLocalType: (n) => ctx.typeParams.has(n) || scope?.lookup(n)?.k === 'type',
      localTypeRef: (n) => {
        const b = ctx.typeParams.has(n) ? undefined : scope?.lookup(n);
        return b?.k === 'type' ? b.t : undefined;
      },
    };
  }

  /** Declares a parameter list's names; those of `fn`'s parameters (not its receiver or results) know their index. */
  private declareParams(list: SyntaxNode | null, scope: Scope, ctx: WalkCtx, fn?: string): void {
    if (!list || list.type !== 'parameter_list') return;
    let index = 0;
    for (const d of list.namedChildren) {
      if (d.type !== 'parameter_declaration' && d.type !== 'variadic_parameter_declaration') continue;
      let t = typeFromNode(d.childForFieldName('type'), this.naming(ctx, scope));
      if (d.type === 'variadic_parameter_declaration') t = { k: 'slice', elem: t };
      const names = d.childrenForFieldName('name');
      for (const n of names) scope.declare(n.text, { k: 'var', t, param: fn ? { fn, index: index++ } : undefined });
      if (!names.length) index++;
    }
  }

  /** An existing `context.Context` parameter, under any import name of "context", with its index among the parameters. */
  private contextParam(list: SyntaxNode | null, f: FileInfo): FuncFacts['ctxParam'] {
    let index = 0;
    for (const d of list?.namedChildren ?? []) {
      if (d.type !== 'parameter_declaration' && d.type !== 'variadic_parameter_declaration') continue;
      const names = d.childrenForFieldName('name');
      const t = d.childForFieldName('type');
      const q = t?.type === 'qualified_type' ? (t.childForFieldName('package')?.text ?? '') : '';
      if (
        d.type === 'parameter_declaration' &&
        f.imports.get(q) === 'context' &&
        t?.childForFieldName('name')?.text === 'Context'
      ) {
        const n = names[0];
        return n
          ? { name: n.text, nameStart: n.startIndex, nameEnd: n.endIndex, index }
          : { name: '', nameStart: d.startIndex, nameEnd: d.startIndex, index };
      }
      index += Math.max(names.length, 1);
    }
    return undefined;
  }

  /** An `*http.Request` parameter (net/http under any import name; name `_` when unnamed) and its index: a handler's span can start from its Context. */
  private requestParam(list: SyntaxNode | null, f: FileInfo): FuncFacts['requestParam'] {
    let index = 0;
    for (const d of list?.namedChildren ?? []) {
      if (d.type !== 'parameter_declaration' && d.type !== 'variadic_parameter_declaration') continue;
      const names = d.childrenForFieldName('name');
      const t = d.childForFieldName('type');
      const inner = t?.type === 'pointer_type' ? t.namedChildren[0] : undefined;
      const isRequest =
        d.type === 'parameter_declaration' &&
        inner?.type === 'qualified_type' &&
        f.imports.get(inner.childForFieldName('package')?.text ?? '') === 'net/http' &&
        inner.childForFieldName('name')?.text === 'Request';
      if (isRequest) return { name: names[0]?.text ?? '_', index };
      index += Math.max(names.length, 1);
    }
    return undefined;
  }

  private pos(ctx: WalkCtx, offset: number) {
    return { file: ctx.file.facts.path, ...ctx.file.lines.position(offset) };
  }

  // ---- what names and expressions denote ----

  private denoteIdentifier(name: string, scope: Scope, ctx: WalkCtx): Denoted {
    const b = scope.lookup(name);
    if (b) return (b.denoted ??= b.k === 'var' ? { k: 'value', t: b.t } : { k: 'type', t: b.t });
    if (ctx.typeParams.has(name)) return { k: 'type', t: { k: 'named', pkg: '', name } };
    const own = this.pkgMemberDenoted(ctx.file.pkg, name);
    if (own) return own;
    // An internal test file sees its package; an external test package does not.
    const imported = ctx.file.imports.get(name);
    if (imported !== undefined) return { k: 'pkg', path: imported };
    if (name === ENTRY && ctx.file.dotImports.length) return { k: 'entry', qualifier: '' };
    for (const path of ctx.file.dotImports) {
      const p = this.packages.get(path);
      const d = p ? this.pkgMemberDenoted(p, name) : stdlibDenoted(path, name);
      if (d) return d;
    }
    if (builtins.has(name)) return { k: 'builtin', name };
    if (predeclaredTypes.has(name)) return { k: 'type', t: { k: 'named', pkg: '', name } };
    if (name === 'nil' || name === 'true' || name === 'false' || name === 'iota') return { k: 'value' };
    return ctx.file.dotImports.length ? { k: 'external' } : { k: 'unknown' };
  }

  /**
   * What the names of each package denote (null: not declared there), worked out once per name; not its variables,
   * whose type may still be being worked out (varType's guard against a cycle) when one is asked.
   */
  private readonly members = new Map<PkgInfo, Map<string, Denoted | null>>();

  /**
   * What `name` denotes in package p, if p declares it. (A method, not a closure made on each call: this is hot.) Every
   * identifier not declared in a function asks, most of them for the same few names of their package.
   */
  private pkgMemberDenoted(p: PkgInfo, name: string): Denoted | undefined {
    let byName = this.members.get(p);
    if (!byName) this.members.set(p, (byName = new Map()));
    const known = byName.get(name);
    if (known !== undefined) return known ?? undefined;
    const id = p.funcs.get(name);
    let d: Denoted | null = null;
    if (id) d = { k: 'funcs', ids: [id], results: this.q.results(id), form: 'func' };
    else if (p.types.has(name)) d = { k: 'type', t: { k: 'named', pkg: p.path, name } };
    else {
      const v = p.vars.get(name);
      if (v) return { k: 'value', t: this.varType(v) };
      const c = p.consts.get(name);
      if (c) d = { k: 'value', t: typeFromNode(c.typeNode, c.file.naming) };
    }
    byName.set(name, d);
    return d ?? undefined;
  }

  private varType(v: {
    file: FileInfo;
    typeNode: SyntaxNode | null;
    valueNode: SyntaxNode | null;
    index: number;
    valueCount: number;
    cached?: { t: TypeRef | undefined };
  }): TypeRef | undefined {
    if (v.cached) return v.cached.t;
    v.cached = { t: undefined };
    const ctx: WalkCtx = { file: v.file, literalParent: '', typeParams: new Set() };
    let t = typeFromNode(v.typeNode, v.file.naming);
    if (!t && v.valueNode) {
      const values = v.valueNode.namedChildren;
      if (values.length === v.valueCount && values.length > 1) t = this.typeOf(values[v.index], new Scope(), ctx);
      else {
        const single = this.typeOf(values[0], new Scope(), ctx);
        t = single?.k === 'tuple' ? single.elems[v.index] : v.index === 0 ? single : undefined;
      }
    }
    v.cached.t = t;
    return t;
  }

  private memberDenoted(t: TypeRef | undefined, name: string): Denoted {
    const m: Member | undefined = this.q.selected(t, name);
    if (!m) {
      const base = deref(t);
      if (base?.k === 'named' && base.pkg === '') return { k: 'external' }; // a method of a predeclared type (error)
      const field = this.q.ambiguousField(t, name);
      if (field) return { k: 'value', t: field };
      const candidates = this.q.ambiguousMethods(t, name);
      return candidates ? { k: 'unknown', method: name, candidates } : { k: 'unknown', method: name };
    }
    if (m.k === 'external') return { k: 'external', results: m.results };
    if (m.k === 'field') return { k: 'value', t: m.t };
    const ifaceOperand = !!m.via && t?.k === 'named' && this.q.typeInfo(t)?.kind === 'interface';
    return {
      k: 'funcs',
      ids: m.ids,
      via: m.via,
      results: m.results,
      form: 'method',
      ...(ifaceOperand ? { ifaceOperand } : {}),
    };
  }

  /** What an expression in callee or value position denotes. */
  /**
   * What each selector and call operand denotes, per tree and node: the walk, the types and the flows ask about the
   * same expression several times, always from the same place in its scopes.
   */
  private readonly denoted = new Map<unknown, Map<number, Denoted>>();

  private denote(n: SyntaxNode, scope: Scope, ctx: WalkCtx): Denoted {
    if (n.type !== 'selector_expression') return this.denoteUncached(n, scope, ctx);
    const tree = (n as unknown as { tree: unknown }).tree;
    let perTree = this.denoted.get(tree);
    if (!perTree) this.denoted.set(tree, (perTree = new Map()));
    // By the node's index in its tree (a small integer; a key made of its offsets was a heap number at each ask).
    const hit = perTree.get(n.id);
    if (hit) return hit;
    const d = this.denoteUncached(n, scope, ctx);
    perTree.set(n.id, d);
    return d;
  }

  private denoteUncached(n: SyntaxNode, scope: Scope, ctx: WalkCtx): Denoted {
    switch (n.type) {
      case 'identifier':
        return this.denoteIdentifier(n.text, scope, ctx);
      case 'parenthesized_expression':
        return n.namedChildren[0] ? this.denote(n.namedChildren[0], scope, ctx) : { k: 'unknown' };
      case 'selector_expression': {
        const operand = n.childForFieldName('operand')!;
        const field = n.childForFieldName('field')!.text;
        const od = this.denote(operand, scope, ctx);
        if (od.k === 'pkg') {
          if (field === ENTRY) return { k: 'entry', qualifier: operand.text };
          const p = this.packages.get(od.path);
          if (!p) return stdlibDenoted(od.path, field) ?? { k: 'external' };
          const id = p.funcs.get(field);
          if (id) return { k: 'funcs', ids: [id], results: this.q.results(id), form: 'func' };
          if (p.types.has(field)) return { k: 'type', t: { k: 'named', pkg: p.path, name: field } };
          const v = p.vars.get(field);
          const c = p.consts.get(field);
          return { k: 'value', t: v ? this.varType(v) : c ? typeFromNode(c.typeNode, c.file.naming) : undefined };
        }
        if (od.k === 'type') {
          const m = this.memberDenoted(od.t, field);
          return m.k === 'funcs' ? { ...m, form: 'method expression' } : m;
        }
        if (od.k === 'value') return this.memberDenoted(od.t, field);
        if (od.k === 'funcs' || od.k === 'builtin' || od.k === 'external') return { k: 'external' };
        return { k: 'unknown', method: field };
      }
      case 'index_expression':
      case 'generic_type':
      case 'type_instantiation_expression': {
        // Max[float64] instantiates a generic function; xs[i] indexes a value.
        const operand = n.childForFieldName('operand') ?? n.childForFieldName('type') ?? n.namedChildren[0];
        // `first[int, string]` parses as a type instantiation whose operand is a type_identifier: the name may
        // still be a function's, so it is looked up as any identifier is.
        const od = !operand
          ? ({ k: 'unknown' } as Denoted)
          : operand.type === 'type_identifier' && n.type === 'type_instantiation_expression'
            ? this.denoteIdentifier(operand.text, scope, ctx)
            : this.denote(operand, scope, ctx);
        if (od.k === 'funcs' || od.k === 'type') return od;
        return { k: 'value', t: this.typeOf(n, scope, ctx) };
      }
      case 'unary_expression': {
        // (*T).M is a method expression: `*T` in expression position denotes a pointer type.
        const operand = n.childForFieldName('operand');
        if (n.childForFieldName('operator')?.text === '*' && operand) {
          const od = this.denote(operand, scope, ctx);
          if (od.k === 'type') return { k: 'type', t: od.t && { k: 'ptr', elem: od.t } };
        }
        return { k: 'value', t: this.typeOf(n, scope, ctx) };
      }
      case 'qualified_type':
      case 'pointer_type':
      case 'slice_type':
      case 'array_type':
      case 'map_type':
      case 'channel_type':
      case 'function_type':
      case 'interface_type':
      case 'struct_type':
      case 'type_identifier':
        return { k: 'type', t: typeFromNode(n, this.naming(ctx, scope)) };
      default:
        return { k: 'value', t: this.typeOf(n, scope, ctx) };
    }
  }

  /** The type of an expression, when it can be seen from declarations; tuples for multi-value calls. */
  typeOf(n: SyntaxNode | undefined | null, scope: Scope, ctx: WalkCtx): TypeRef | undefined {
    if (!n) return undefined;
    switch (n.type) {
      case 'identifier':
      case 'selector_expression': {
        const d = this.denote(n, scope, ctx);
        if (d.k === 'value') return d.t;
        if (d.k === 'funcs') return { k: 'func', results: d.results ?? [], target: d.ids[0] };
        if (d.k === 'external' && d.results) return { k: 'func', results: d.results };
        return undefined;
      }
      case 'parenthesized_expression':
        return this.typeOf(n.namedChildren[0], scope, ctx);
      case 'composite_literal':
        return typeFromNode(n.childForFieldName('type'), this.naming(ctx, scope));
      case 'unary_expression': {
        const op = n.childForFieldName('operator')?.text ?? n.children[0]?.text;
        const t = this.typeOf(n.childForFieldName('operand'), scope, ctx);
        if (op === '&') return t ? { k: 'ptr', elem: t } : undefined;
        if (op === '*') return deref(t);
        if (op === '<-') {
          const u = this.q.underlying(t);
          return u?.k === 'chan' ? u.elem : undefined;
        }
        return t;
      }
      case 'call_expression': {
        const fn = n.childForFieldName('function')!;
        const d = this.denote(fn, scope, ctx);
        const args = n.childForFieldName('arguments')?.namedChildren ?? [];
        let results: (TypeRef | undefined)[] | undefined;
        if (d.k === 'funcs' || d.k === 'external') results = d.results;
        else if (d.k === 'type') return d.t;
        else if (d.k === 'builtin') {
          if (d.name === 'new') {
            const t = typeFromNode(args[0], this.naming(ctx, scope));
            return t ? { k: 'ptr', elem: t } : undefined;
          }
          if (d.name === 'make') return typeFromNode(args[0], this.naming(ctx, scope));
          if (d.name === 'append') return this.typeOf(args[0], scope, ctx);
          return undefined;
        } else if (d.k === 'value') {
          const u = this.q.underlying(d.t);
          if (u?.k === 'func') results = u.results;
        }
        if (!results) return undefined;
        return results.length === 1 ? results[0] : { k: 'tuple', elems: results };
      }
      case 'index_expression': {
        const u = this.q.underlying(deref(this.q.underlying(this.typeOf(n.childForFieldName('operand'), scope, ctx))));
        if (u?.k === 'slice' || u?.k === 'array' || u?.k === 'map') return u.elem;
        if (u?.k === 'func') return u;
        return undefined;
      }
      case 'slice_expression':
        return this.typeOf(n.childForFieldName('operand'), scope, ctx);
      case 'type_assertion_expression':
        return typeFromNode(n.childForFieldName('type'), this.naming(ctx, scope));
      case 'type_conversion_expression':
        return typeFromNode(n.childForFieldName('type'), this.naming(ctx, scope));
      case 'func_literal':
        return { k: 'func', results: resultTypes(n.childForFieldName('result'), this.naming(ctx, scope)) };
      case 'binary_expression': {
        // A comparison is a bool; arithmetic has its operands' type (`n := len(s) + 1` is an int).
        if (/^(==|!=|<|<=|>|>=|&&|\|\|)$/.test(n.childForFieldName('operator')?.text ?? ''))
          return { k: 'named', pkg: '', name: 'bool' };
        const [l, r] = [n.childForFieldName('left'), n.childForFieldName('right')];
        return literalTypes[l?.type ?? ''] ? this.typeOf(r, scope, ctx) : this.typeOf(l, scope, ctx);
      }
      default: {
        // The default type of an untyped constant: `typ := ""` declares a string.
        const name = literalTypes[n.type];
        return name ? { k: 'named', pkg: '', name } : undefined;
      }
    }
  }

  // ---- the walk ----

  private literalId(ctx: WalkCtx): string {
    const n = (this.literalCounters.get(ctx.literalParent) ?? 0) + 1;
    this.literalCounters.set(ctx.literalParent, n);
    return `${ctx.literalParent}$${n}`;
  }

  private walkChildren(n: SyntaxNode, scope: Scope, ctx: WalkCtx): void {
    // Sibling by sibling: no array of the children for each node walked.
    for (let c = n.firstNamedChild; c; c = c.nextNamedSibling) this.walk(c, scope, ctx);
  }

  private walk(n: SyntaxNode | null | undefined, scope: Scope, ctx: WalkCtx): void {
    if (!n) return;
    switch (n.type) {
      case 'comment':
      case 'interpreted_string_literal':
      case 'raw_string_literal':
      case 'int_literal':
      case 'float_literal':
      case 'rune_literal':
      case 'field_identifier':
      case 'type_identifier':
      case 'label_name':
        return;
      case 'block': {
        const inner = new Scope(scope);
        this.walkChildren(n, inner, ctx);
        return;
      }
      case 'func_literal':
        this.walkLiteral(n, scope, ctx);
        return;
      case 'call_expression':
        this.walkCall(n, scope, ctx, 'call');
        return;
      case 'type_conversion_expression':
        if (!this.walkTableCall(n, scope, ctx)) this.walkChildren(n, scope, ctx);
        return;
      case 'go_statement':
      case 'defer_statement': {
        const call = n.namedChildren[0];
        if (call?.type === 'call_expression')
          this.walkCall(call, scope, ctx, n.type === 'go_statement' ? 'go' : 'defer');
        else this.walkChildren(n, scope, ctx);
        return;
      }
      case 'short_var_declaration': {
        this.walk(n.childForFieldName('right'), scope, ctx);
        const right = n.childForFieldName('right')?.namedChildren ?? [];
        const values = right.map((r) => this.origins(r, scope, ctx)); // before the names it declares hide outer ones
        const left = n.childForFieldName('left')?.namedChildren ?? [];
        const grouped = this.groups ? this.inferredFunctionValues(left, right, true, scope, ctx) : [];
        // `g, err := v, w` assigns the g declared before in this scope: a grouped one stays the binding its uses find.
        const kept = left
          .map((l) => [l.text, scope.own(l.text)] as const)
          .filter(([, b]) => b && this.groups?.wantsLocal(b));
        this.declareNames(left, right, undefined, scope, ctx);
        for (const [name, b] of kept) scope.declare(name, b!);
        for (const [name, value] of grouped)
          this.groups!.inferredLocal(name, scope.lookup(name.text)!, value, ctx.fn!, ctx.file);
        this.noteStores(left, values, scope, ctx);
        return;
      }
      case 'var_declaration':
        for (const spec of n.descendantsOfType('var_spec')) {
          const value = spec.childForFieldName('value');
          this.walk(value, scope, ctx);
          const declared = typeFromNode(spec.childForFieldName('type'), this.naming(ctx, scope));
          for (const v of value?.namedChildren ?? []) this.noteFlow(declared, v, scope, ctx);
          const values = (value?.namedChildren ?? []).map((r) => this.origins(r, scope, ctx));
          const inferred =
            this.groups && !spec.childForFieldName('type')
              ? this.inferredFunctionValues(
                  spec.childrenForFieldName('name'),
                  value?.namedChildren ?? [],
                  false,
                  scope,
                  ctx,
                )
              : [];
          this.declareNames(spec.childrenForFieldName('name'), value?.namedChildren ?? [], declared, scope, ctx);
          const typeNode = spec.childForFieldName('type');
          for (const [name, v] of inferred)
            this.groups!.inferredLocal(name, scope.lookup(name.text)!, v, ctx.fn!, ctx.file);
          const named = ['function_type', 'type_identifier', 'qualified_type'];
          if (ctx.fn && typeNode && named.includes(typeNode.type) && this.groups)
            for (const [i, name] of spec.childrenForFieldName('name').entries())
              this.groups.localDecl(
                name,
                scope.lookup(name.text)!,
                typeNode,
                value?.namedChildren[i],
                ctx.fn,
                ctx.file,
              );
          this.noteStores(spec.childrenForFieldName('name'), values, scope, ctx);
        }
        return;
      case 'const_declaration':
        for (const spec of n.descendantsOfType('const_spec')) {
          this.walk(spec.childForFieldName('value'), scope, ctx);
          for (const name of spec.childrenForFieldName('name')) scope.declare(name.text, { k: 'var' });
        }
        return;
      case 'type_declaration':
        // Methods cannot be declared on a local type, so what its declaration shows is all a selector can reach:
        // `type row struct{ n *Node }` is that struct, `type hasElem interface{ Elem() types.Type }` that interface.
        // A generic one, or one that refers to itself, stays opaque.
        for (const spec of n.namedChildren) {
          const name = spec.childForFieldName('name');
          if (!name) continue;
          const opaque: TypeRef = { k: 'named', pkg: '', name: name.text };
          scope.declare(name.text, { k: 'type', t: opaque });
          if (spec.childForFieldName('type_parameters')) continue;
          const declared = typeFromNode(spec.childForFieldName('type'), this.naming(ctx, scope));
          const selfRef = spec
            .childForFieldName('type')
            ?.descendantsOfType('type_identifier')
            .some((t) => t.text === name.text);
          if (declared && !selfRef) scope.declare(name.text, { k: 'type', t: declared });
        }
        return;
      case 'for_statement':
        this.walkFor(n, new Scope(scope), ctx);
        return;
      case 'if_statement':
      case 'expression_switch_statement':
      case 'select_statement': {
        const inner = new Scope(scope);
        this.walkChildren(n, inner, ctx);
        return;
      }
      case 'expression_case':
      case 'default_case':
      case 'communication_case': {
        const inner = new Scope(scope);
        this.walkChildren(n, inner, ctx);
        return;
      }
      case 'receive_statement': {
        this.walk(n.childForFieldName('right'), scope, ctx);
        const left = n.childForFieldName('left');
        if (left && n.children.some((c) => c.type === ':='))
          this.declareNames(left.namedChildren, [n.childForFieldName('right')!], undefined, scope, ctx);
        else this.walk(left, scope, ctx);
        return;
      }
      case 'type_switch_statement':
        this.walkTypeSwitch(n, new Scope(scope), ctx);
        return;
      case 'assignment_statement': {
        this.walkChildren(n, scope, ctx);
        if (n.childForFieldName('operator')?.text !== '=') return;
        const left = n.childForFieldName('left')?.namedChildren ?? [];
        const right = n.childForFieldName('right')?.namedChildren ?? [];
        if (left.length === right.length)
          left.forEach((l, i) => {
            this.noteFlow(this.typeOf(l, scope, ctx), right[i], scope, ctx);
            this.notePackageVarStore(l, right[i], scope, ctx);
          });
        this.noteStores(
          left,
          right.map((r) => this.origins(r, scope, ctx)),
          scope,
          ctx,
        );
        return;
      }
      case 'return_statement': {
        this.walkChildren(n, scope, ctx);
        const values =
          n.namedChildren[0]?.type === 'expression_list' ? n.namedChildren[0].namedChildren : n.namedChildren;
        if (ctx.results && values.length === ctx.results.length)
          values.forEach((v, i) => this.noteFlow(ctx.results![i], v, scope, ctx, true));
        if (ctx.fn) for (const v of values) this.storeInto(`result:${ctx.fn}`, v, scope, ctx);
        return;
      }
      case 'send_statement': {
        this.walkChildren(n, scope, ctx);
        const ch = this.q.underlying(this.typeOf(n.childForFieldName('channel'), scope, ctx));
        if (ch?.k === 'chan') this.noteFlow(ch.elem, n.childForFieldName('value'), scope, ctx);
        for (const slot of this.origins(n.childForFieldName('channel'), scope, ctx))
          this.storeInto(slot, n.childForFieldName('value'), scope, ctx);
        return;
      }
      case 'type_assertion_expression': {
        this.walkChildren(n, scope, ctx);
        this.noteAssertion(n.childForFieldName('operand'), n.childForFieldName('type'), scope, ctx);
        return;
      }
      case 'identifier':
        this.noteValueUse(n, scope, ctx);
        return;
      case 'selector_expression':
        this.noteValueUse(n, scope, ctx);
        return;
      case 'type_instantiation_expression': {
        // `first[int, string]` used as a value (with one type argument it parses as an index expression, walked as
        // one): the instantiated function is a function value like any other, and its type arguments are types.
        //   var f func(int, string) int = first[int, string]
        const d = this.denote(n, scope, ctx);
        if (d.k === 'funcs') this.noteValueUse(n, scope, ctx);
        return;
      }
      case 'composite_literal':
        this.walkComposite(n, scope, ctx);
        return;
      case 'keyed_element':
        this.walkChildren(n, scope, ctx);
        return;
      default:
        this.walkChildren(n, scope, ctx);
    }
  }

  private walkComposite(n: SyntaxNode, scope: Scope, ctx: WalkCtx): void {
    const written = typeFromNode(n.childForFieldName('type'), this.naming(ctx, scope));
    this.groups?.composite(n, written, ctx.fn, ctx.file);
    const t = this.q.underlying(written);
    const isMap = t?.k === 'map';
    const body = n.childForFieldName('body');
    let positional: (TypeRef | undefined)[] | undefined | null = null; // worked out at the first positional element
    (body?.namedChildren ?? [])
      .filter((el) => el.type !== 'comment')
      .forEach((el, i) => {
        if (el.type === 'keyed_element' && !isMap) {
          // Struct keys are field names, not references: Point{X: 1}.
          const [key, value] = el.namedChildren;
          const keyIsName =
            key &&
            (key.type === 'identifier' ||
              (key.type === 'literal_element' && key.namedChildren[0]?.type === 'identifier'));
          if (!keyIsName) this.walk(key, scope, ctx);
          this.walk(value, scope, ctx);
          if (keyIsName && !isMap && t?.k !== 'slice' && t?.k !== 'array')
            this.storeInto(`field:${(key.namedChildren[0] ?? key).text}`, value, scope, ctx);
          const field = keyIsName ? this.q.member(written, (key.namedChildren[0] ?? key).text) : undefined;
          if (field?.k === 'field') this.noteFlow(field.t, value, scope, ctx);
          else if (t?.k === 'slice' || t?.k === 'array') this.noteFlow(t.elem, value, scope, ctx);
        } else {
          this.walk(el, scope, ctx);
          if (el.type === 'keyed_element' && t?.k === 'map') {
            this.noteFlow(t.key, el.namedChildren[0], scope, ctx);
            this.noteFlow(t.elem, el.namedChildren[1], scope, ctx);
          } else if (t?.k === 'slice' || t?.k === 'array') this.noteFlow(t.elem, el, scope, ctx);
          else if ((positional ??= this.q.fieldTypesInOrder(written))) {
            this.noteFlow(positional[i], el, scope, ctx);
            const name = this.q.fieldNamesInOrder(written)?.[i];
            this.storeInto(name ? `field:${name}` : 'escape', el, scope, ctx);
          }
        }
      });
  }

  // ---- values entering module interfaces ----

  /** The id of the module interface a type is (`example.com/app.Shape`), or undefined. */
  private moduleInterface(t: TypeRef | undefined): string | undefined {
    const info = this.q.typeInfo(t);
    if (info?.alias) return this.moduleInterface(typeFromNode(info.typeNode, info.file.naming));
    return info?.kind === 'interface' && t?.k === 'named' ? `${t.pkg}.${t.name}` : undefined;
  }

  /** What a value of type t may be when it enters an interface. */
  private flowSource(t: TypeRef | undefined): FlowSource | undefined {
    if (!t) return { k: 'unknown' };
    const base = deref(t);
    const star = t.k === 'ptr' ? '*' : '';
    if (base?.k === 'iface') return { k: 'outside-iface', type: 'an interface written out' };
    if (base?.k !== 'named') return base && base.k !== 'tuple' && base.k !== 'other' ? undefined : { k: 'unknown' }; // func, slice, map: no methods
    if (base.pkg === '') {
      if (base.name === 'error' || base.name === 'any') return { k: 'outside-iface', type: base.name };
      return predeclaredTypes.has(base.name) ? undefined : { k: 'unknown' }; // a type parameter
    }
    const info = this.q.typeInfo(base);
    if (info) {
      if (info.alias) return this.flowSource(typeFromNode(info.typeNode, info.file.naming));
      return info.kind === 'interface'
        ? { k: 'iface', iface: `${base.pkg}.${base.name}` }
        : { k: 'module', type: `${base.pkg}.${base.name}` };
    }
    if (this.packages.has(base.pkg)) return { k: 'unknown' };
    const u = stdlib.underlying(base);
    const text = `${star}${base.pkg}.${base.name}`;
    return u?.k === 'named' && u.pkg === base.pkg && u.name === base.name && stdlib.isInterface(base)
      ? { k: 'outside-iface', type: text }
      : { k: 'outside', type: text };
  }

  /** A value written where a value of type `target` is expected: recorded when target is a module interface. */
  private noteFlow(
    target: TypeRef | undefined,
    value: SyntaxNode | null | undefined,
    scope: Scope,
    ctx: WalkCtx,
    returned = false,
  ): void {
    if (value && this.isOutsideInterface(target))
      this.noteStdlibFlow(value.type === 'literal_element' ? value.namedChildren[0] : value, scope, ctx, returned);
    const iface = this.moduleInterface(target);
    if (!iface || !value) return;
    if (value.type === 'literal_element') value = value.namedChildren[0];
    if (!value || value.type === 'nil' || value.type === 'literal_value') return;
    const source = this.flowSource(this.typeOf(value, scope, ctx));
    if (source) this.out.interfaceFlows.push({ iface, source, how: 'assigned', pos: this.pos(ctx, value.startIndex) });
  }

  /**
   * An interface declared outside the module (`http.Handler`, `io.Writer`, `error`, `any`) or an empty one written
   * out: what the standard library receives as such may have its methods called there.
   */
  private isOutsideInterface(t: TypeRef | undefined): boolean {
    if (!t) return false;
    if (t.k === 'iface') return t.methods.size === 0;
    if (t.k !== 'named') return false;
    if (t.pkg === '') return t.name === 'any' || t.name === 'error';
    return !this.packages.has(t.pkg) && stdlib.isInterface(t);
  }

  /**
   * A value of a module type that code outside the module gets (converted to one of its interfaces, or an argument
   * of its functions): the standard library may call the type's methods through its interfaces.
   *   mux.Handle("/count", c)   sort.Sort(byAge(people))   var err error = &parseError{}
   */
  private noteStdlibFlow(
    value: SyntaxNode | null | undefined,
    scope: Scope,
    ctx: WalkCtx,
    returned = false,
    argument = false,
  ): void {
    if (!value || value.type === 'nil' || value.type === 'literal_value' || BASIC_LITERALS.has(value.type)) return;
    const source = this.flowSource(this.typeOf(value, scope, ctx));
    // `fmt.Println(err)` with err an error: whatever module value it holds may have its methods called below.
    if (argument && source?.k === 'outside-iface' && ctx.fn !== undefined)
      this.out.interfaceHandOffs.push({
        from: ctx.fn,
        pos: this.pos(ctx, value.startIndex),
        ...interfaceMethodsOf(source.type),
      });
    if (source?.k !== 'module') return;
    // `var _ io.Writer = (*T)(nil)` at package level only checks at compile time that T satisfies the interface.
    if (ctx.fn === undefined) {
      const spec = value.parent?.type === 'expression_list' ? value.parent.parent : value.parent;
      if (spec?.type === 'var_spec' && spec.childrenForFieldName('name').every((n) => n.text === '_')) return;
    }
    const pos = this.pos(ctx, value.startIndex);
    this.out.stdlibFlows.push(
      returned ? { from: ctx.fn, type: source.type, pos, returned } : { from: ctx.fn, type: source.type, pos },
    );
  }

  /**
   * Module functions handed as values to a function outside the module, which may call them back on this goroutine:
   *   ast.Inspect(file.file, file.genDecl)   filepath.Walk(root, visitFile)   p.once.Do(p.build)
   * reflect, runtime, fmt and log look at a function value (`reflect.ValueOf(f)`, `fmt.Printf("%p", f)`) and never
   * call it back: nothing is handed off there.
   */
  private noteFuncValueHandOffs(fn: SyntaxNode, d: Denoted, args: SyntaxNode, scope: Scope, ctx: WalkCtx): void {
    if (ctx.fn === undefined) return;
    const observer = this.observerCall(fn, d, scope, ctx);
    if (observer && observerPackages.has(observer.slice(0, observer.lastIndexOf('.')))) return;
    for (const a of args.namedChildren) {
      if (a.type !== 'identifier' && a.type !== 'selector_expression') continue;
      const d = this.denote(a, scope, ctx);
      if (d.k !== 'funcs') continue;
      this.out.funcValueHandOffs.push({ from: ctx.fn, targets: d.ids, pos: this.pos(ctx, a.startIndex) });
    }
  }

  /** The path of the package outside the module that `pkg.Name` selects from, else undefined. */
  private outsidePackageOf(n: SyntaxNode, scope: Scope, ctx: WalkCtx): string | undefined {
    if (n.type !== 'selector_expression') return undefined;
    const operand = n.childForFieldName('operand');
    if (operand?.type !== 'identifier' || !ctx.file.imports.has(operand.text)) return undefined;
    const od = this.denoteIdentifier(operand.text, scope, ctx);
    return od.k === 'pkg' && !this.packages.has(od.path) ? od.path : undefined;
  }

  /**
   * `flag.Usage = usage`: a module function (or method value) stored into a variable of a package outside the
   * module, which that package's functions may call (src/symbols/packageVarEntries.ts).
   */
  private notePackageVarStore(left: SyntaxNode, value: SyntaxNode, scope: Scope, ctx: WalkCtx): void {
    if (value.type !== 'identifier' && value.type !== 'selector_expression') return;
    const pkg = this.outsidePackageOf(left, scope, ctx);
    if (pkg === undefined) return;
    const d = this.denote(value, scope, ctx);
    if (d.k !== 'funcs' || d.form === 'method expression') return;
    const variable = `${pkg}.${left.childForFieldName('field')!.text}`;
    this.out.packageVarStores.push({ pkg, variable, targets: d.ids, pos: this.pos(ctx, value.startIndex) });
  }

  /** `flag.Parse()`, `flag.Usage()` in a function: a call into a package outside the module, the first per package. */
  private notePackageCall(fn: SyntaxNode, scope: Scope, ctx: WalkCtx): void {
    if (ctx.fn === undefined) return;
    const pkg = this.outsidePackageOf(fn, scope, ctx);
    if (pkg === undefined) return;
    const key = `${ctx.fn}\n${pkg}`;
    if (this.packageCallsSeen.has(key)) return;
    this.packageCallsSeen.add(key);
    this.out.packageCalls.push({ from: ctx.fn, pkg, pos: this.pos(ctx, fn.startIndex) });
  }

  /** `x.(T)` and `case T:` of a type switch on x: T may be in x's interface, and x's values may be in T. */
  private noteAssertion(operand: SyntaxNode | null, typeNode: SyntaxNode | null, scope: Scope, ctx: WalkCtx): void {
    if (!operand || !typeNode || typeNode.text === 'nil') return;
    const to = typeFromNode(typeNode, this.naming(ctx, scope));
    const from = this.typeOf(operand, scope, ctx);
    const pos = this.pos(ctx, typeNode.startIndex);
    const toIface = this.moduleInterface(to);
    const fromSource = this.flowSource(from);
    if (toIface && fromSource)
      this.out.interfaceFlows.push({ iface: toIface, source: fromSource, how: 'asserted', pos });
    const fromIface = this.moduleInterface(from);
    const toSource = this.flowSource(to);
    if (fromIface && toSource && toSource.k !== 'iface' && toSource.k !== 'outside-iface')
      this.out.interfaceFlows.push({ iface: fromIface, source: toSource, how: 'holds', pos });
  }

  private walkFor(n: SyntaxNode, scope: Scope, ctx: WalkCtx): void {
    for (const c of n.namedChildren) {
      if (c.type === 'range_clause') {
        const right = c.childForFieldName('right');
        this.walk(right, scope, ctx);
        const left = c.childForFieldName('left');
        if (!left) continue;
        if (!c.children.some((x) => x.type === ':=')) {
          this.walk(left, scope, ctx);
          continue;
        }
        const u = this.q.underlying(deref(this.q.underlying(this.typeOf(right, scope, ctx))));
        let key: TypeRef | undefined = { k: 'named', pkg: '', name: 'int' };
        let value: TypeRef | undefined;
        if (u?.k === 'slice' || u?.k === 'array') value = u.elem;
        else if (u?.k === 'map') [key, value] = [u.key, u.elem];
        else if (u?.k === 'chan') key = u.elem;
        else key = undefined;
        const names = left.namedChildren;
        if (names[0]) scope.declare(names[0].text, { k: 'var', t: key });
        if (names[1]) scope.declare(names[1].text, { k: 'var', t: value });
        // The elements go to the value variable (a channel's to the first): map keys cannot be functions.
        const holder = u?.k === 'chan' ? names[0] : names[1];
        for (const slot of holder ? this.origins(holder, scope, ctx) : []) this.storeInto(slot, right, scope, ctx);
        // `for name, f := range table` over a grouped table: f holds its elements (src/symbols/functionGroups.ts).
        const f = names[1];
        if (this.groups && ctx.fn && f?.type === 'identifier' && right && u?.k !== 'chan')
          if (this.groupedVarPackage(right, scope, ctx) !== undefined)
            this.groups.inferredLocal(f, scope.lookup(f.text)!, right, ctx.fn, ctx.file);
      } else this.walk(c, scope, ctx);
    }
  }

  private walkTypeSwitch(n: SyntaxNode, scope: Scope, ctx: WalkCtx): void {
    this.walk(n.childForFieldName('initializer'), scope, ctx);
    this.walk(n.childForFieldName('value'), scope, ctx);
    const alias = n.childForFieldName('alias')?.namedChildren[0]?.text;
    // As the spec says: a clause listing exactly one type binds the variable to it; `default`, `case nil` and a list
    // of types bind it to the switched expression's type (`default: c.renumber(m)` calls the interface method).
    const switched = alias ? this.typeOf(n.childForFieldName('value'), scope, ctx) : undefined;
    for (const c of n.namedChildren) {
      if (c.type !== 'type_case' && c.type !== 'default_case') continue;
      const inner = new Scope(scope);
      const types = c.childrenForFieldName('type');
      const one = types.length === 1 && types[0].text !== 'nil';
      for (const t of types) if (t.isNamed) this.noteAssertion(n.childForFieldName('value'), t, scope, ctx);
      if (alias)
        inner.declare(alias, { k: 'var', t: one ? typeFromNode(types[0], this.naming(ctx, scope)) : switched });
      for (const s of c.namedChildren) if (!types.some((t) => t.id === s.id)) this.walk(s, inner, ctx);
    }
  }

  /** Declares names from `a, b := x, y` / `var a, b T = ...` with the types the values have. */
  /**
   * The names a `:=` (or `var x = v`) in a function body declares with a function value a group may be about, paired
   * with that value (src/symbols/functionGroups.ts): a module function, a function literal, or a read of a grouped
   * field, parameter, variable or table element (`op, ok := ops[name]` too). A name `:=` assigns instead of
   * declaring is a store into its own group, reported here.
   */
  private inferredFunctionValues(
    left: SyntaxNode[],
    right: SyntaxNode[],
    assigns: boolean,
    scope: Scope,
    ctx: WalkCtx,
  ): Array<[SyntaxNode, SyntaxNode]> {
    const groups = this.groups!;
    if (!ctx.fn) return [];
    const pairs: Array<[SyntaxNode, SyntaxNode]> =
      left.length === right.length
        ? left.map((l, i) => [l, right[i]])
        : left.length === 2 && right.length === 1 && right[0].type === 'index_expression'
          ? [[left[0], right[0]]]
          : [];
    const assigned = (l: SyntaxNode) => (assigns && l.type === 'identifier' ? scope.own(l.text) : undefined);
    for (const l of left) {
      const b = assigned(l);
      if (b && groups.wantsLocal(b)) groups.localUse(l, b, ctx.fn, ctx.file);
    }
    const out: Array<[SyntaxNode, SyntaxNode]> = [];
    for (const [l, r] of pairs) {
      if (l.type !== 'identifier' || assigned(l)) continue;
      let v = r;
      while (v.type === 'parenthesized_expression' && v.namedChildren.length === 1) v = v.namedChildren[0];
      let holds = false;
      if (v.type === 'func_literal') holds = true;
      else if (v.type === 'identifier' || v.type === 'selector_expression') {
        // Cheap checks first: a local name holds a function only where it is grouped itself.
        const b = v.type === 'identifier' ? scope.lookup(v.text) : undefined;
        const operand = v.type === 'selector_expression' ? v.childForFieldName('operand') : undefined;
        const qualified = operand?.type === 'identifier' && this.denoteIdentifier(operand.text, scope, ctx).k === 'pkg';
        holds =
          (b?.k === 'var' && !!b.param && groups.wantsParam(b.param)) ||
          (!!b && groups.wantsLocal(b)) ||
          (v.type === 'selector_expression' && groups.wants(v)) ||
          this.groupedVarPackage(v, scope, ctx) !== undefined ||
          ((b === undefined || b.k !== 'var') &&
            (v.type === 'identifier' || qualified) &&
            this.denotesFunc(v, scope, ctx));
      } else if (v.type === 'index_expression') {
        const o = v.childForFieldName('operand');
        holds = !!o && this.groupedVarPackage(o, scope, ctx) !== undefined;
      }
      if (holds) out.push([l, r]);
    }
    return out;
  }

  /**
   * The package of the grouped package variable `n` names (src/symbols/functionGroups.ts): `hooks` of the file's own
   * package (not hidden by a local name), or `lib.Hooks` of another module package (a selector, or a qualified type
   * where `lib.Hooks[name](x)` parses as a conversion); undefined for anything else.
   */
  private groupedVarPackage(n: SyntaxNode, scope: Scope, ctx: WalkCtx): string | undefined {
    // No grouped variable has the name: nothing to look up (most names, and the lookups are what costs).
    if (!this.groups?.mayNameVar(n)) return undefined;
    if (n.type === 'identifier' || n.type === 'type_identifier')
      return !scope.lookup(n.text) && this.groups.wantsVar(n, ctx.file) ? ctx.file.pkg.path : undefined;
    const q =
      n.type === 'selector_expression'
        ? n.childForFieldName('operand')
        : n.type === 'qualified_type'
          ? n.childForFieldName('package')
          : undefined;
    if (q?.type !== 'identifier' && q?.type !== 'package_identifier') return undefined;
    const d = this.denoteIdentifier(q.text, scope, ctx);
    return d.k === 'pkg' && this.packages.has(d.path) && this.groups.wantsVar(n, ctx.file, d.path) ? d.path : undefined;
  }

  /** Whether `n` names a module function (not a method, not generic-instantiated here). */
  private denotesFunc(n: SyntaxNode, scope: Scope, ctx: WalkCtx): boolean {
    const d = this.denote(n, scope, ctx);
    return d.k === 'funcs' && d.form === 'func';
  }

  private declareNames(
    names: SyntaxNode[],
    values: SyntaxNode[],
    declared: TypeRef | undefined,
    scope: Scope,
    ctx: WalkCtx,
  ): void {
    let types: (TypeRef | undefined)[] = [];
    if (declared) types = names.map(() => declared);
    else if (values.length === names.length) types = values.map((v) => this.typeOf(v, scope, ctx));
    else if (values.length === 1) {
      const t = this.typeOf(values[0], scope, ctx);
      types = t?.k === 'tuple' ? t.elems : [t];
    }
    names.forEach((nm, i) => {
      if (nm.type === 'identifier') scope.declare(nm.text, { k: 'var', t: types[i] });
    });
  }

  private walkLiteral(n: SyntaxNode, scope: Scope, ctx: WalkCtx): void {
    const id = this.literalId(ctx);
    const f = ctx.file;
    const params = n.childForFieldName('parameters')!;
    const body = n.childForFieldName('body');
    const result = n.childForFieldName('result');
    const facts: FuncFacts = {
      id,
      kind: 'literal',
      pkg: f.pkg.path,
      pkgName: f.pkg.name,
      name: id.slice(f.pkg.path.length + 1),
      shortName: id.slice(id.lastIndexOf('.') + 1),
      file: f.facts.path,
      pos: this.pos(ctx, n.startIndex),
      start: n.startIndex,
      end: n.endIndex,
      params: paramListFacts(params),
      results: resultTypes(result, f.naming).length,
      resultText: result?.text ?? '',
      generic: false,
      body: body ? bodyFacts(body, f.facts.text) : undefined,
      ignore: false,
      entry: false,
      linked: false,
      enclosing: ctx.fn,
    };
    const inner = new Scope(scope);
    const lctx: WalkCtx = { ...ctx, fn: id, literalParent: id, results: resultTypes(result, this.naming(ctx, scope)) };
    this.declareParams(params, inner, lctx, id);
    this.declareParams(result, inner, lctx);
    facts.ctxParam = this.contextParam(params, f);
    facts.requestParam = this.requestParam(params, f);
    this.out.literals.push({ facts, node: n, file: f, typeParams: ctx.typeParams });
    this.walk(body, inner, lctx);
  }

  private argFacts(args: SyntaxNode, scope: Scope, ctx: WalkCtx, list = argumentsOf(args)): ArgListFacts {
    return this.argListFacts(args, args.endIndex - 1, list, scope, ctx);
  }

  /** An argument list from its `(` (a node starting there), the offset of its `)` and its arguments. */
  private argListFacts(open: SyntaxNode, close: number, list: SyntaxNode[], scope: Scope, ctx: WalkCtx): ArgListFacts {
    const facts: ArgListFacts = {
      open: open.startIndex,
      close,
      count: list.length,
      firstOnNewLine: list[0] && list[0].startPosition.row > open.startPosition.row ? list[0].startIndex : undefined,
      items: list.map((a) => ({ start: a.startIndex, end: a.endIndex, nil: a.type === 'nil' })),
    };
    if (list.length === 1 && list[0].type === 'call_expression') {
      const d = this.denote(list[0].childForFieldName('function')!, scope, ctx);
      facts.singleCallValues =
        d.k === 'funcs' || d.k === 'external'
          ? (d.results?.length ?? -1)
          : d.k === 'type' || d.k === 'builtin'
            ? 1
            : -1;
      if (facts.singleCallValues !== 1) facts.shadowed = [...ctx.file.imports.keys()].filter((q) => scope.lookup(q));
    }
    return facts;
  }

  /**
   * `ops[name](x)`, with one argument and a name as index, parses as a conversion to a generic type
   * (`type_conversion_expression` of `generic_type` ops[name]); when `ops` is a grouped package variable of the file's
   * package (a value, not a type), it is the call through the table it is. True when handled so.
   */
  private walkTableCall(n: SyntaxNode, scope: Scope, ctx: WalkCtx): boolean {
    const t = n.childForFieldName('type');
    const operand = n.childForFieldName('operand');
    const table = t?.type === 'generic_type' ? t.childForFieldName('type') : undefined;
    const index = t?.childForFieldName('type_arguments')?.namedChildren ?? [];
    if (!this.groups || !operand || !table || index.length !== 1) return false;
    const pkg = this.groupedVarPackage(table, scope, ctx);
    if (pkg === undefined) return false;
    const parent = n.parent?.type;
    if (parent === 'go_statement' || parent === 'defer_statement') return false;
    const open = n.children.find((c) => c.type === '(');
    const close = [...n.children].reverse().find((c) => c.type === ')');
    if (!open || !close) return false;
    this.walk(operand, scope, ctx);
    const args = this.argListFacts(open, close.startIndex, [operand], scope, ctx);
    this.groups.varCall(t!, table, ctx.fn, ctx.file, { kind: 'call', args, pos: this.pos(ctx, n.startIndex) }, pkg);
    return true;
  }

  /** A call through a function group, as the collector wants it (made only for those: argFacts is not free). */
  private groupCall(
    n: SyntaxNode,
    args: SyntaxNode,
    kind: CallKind,
    scope: Scope,
    ctx: WalkCtx,
    list: SyntaxNode[] = argumentsOf(args),
  ) {
    return { kind, args: this.argFacts(args, scope, ctx, list), pos: this.pos(ctx, n.startIndex) };
  }

  private walkCall(n: SyntaxNode, scope: Scope, ctx: WalkCtx, kind: CallKind): void {
    const fn = n.childForFieldName('function')!;
    const args = n.childForFieldName('arguments');
    const d = this.denote(fn, scope, ctx);
    // The arguments, read once for every use below (each read made an array of the list's named children).
    const list = args ? argumentsOf(args) : [];
    if (args && this.groups) {
      const b = fn.type === 'identifier' ? scope.lookup(fn.text) : undefined;
      // `table[k](args)`, `hook(args)`, `lib.Hooks[k](args)`: a call through a grouped package variable.
      const v = fn.type === 'index_expression' ? fn.childForFieldName('operand') : fn;
      const pkg = v ? this.groupedVarPackage(v, scope, ctx) : undefined;
      if (pkg !== undefined)
        this.groups.varCall(fn, v!, ctx.fn, ctx.file, this.groupCall(n, args, kind, scope, ctx, list), pkg);
      else if (fn.type === 'selector_expression' && this.groups.wants(fn))
        this.groups.selector(
          fn,
          this.selectorOwner(fn, d, scope, ctx),
          ctx.fn,
          ctx.file,
          this.groupCall(n, args, kind, scope, ctx, list),
        );
      else if (b?.k === 'var' && b.param && this.groups.wantsParam(b.param))
        this.groups.paramUse(fn, b.param, ctx.fn, ctx.file, this.groupCall(n, args, kind, scope, ctx, list));
      else if (b && this.groups.wantsLocal(b))
        this.groups.localUse(fn, b, ctx.fn, ctx.file, this.groupCall(n, args, kind, scope, ctx, list));
      if (d.k === 'funcs')
        this.groups.callOf(d.ids, args, ctx.file, d.form === 'func' || (d.form === 'method' && !d.via));
      if (d.k === 'type') this.groups.conversion(n, fn, args, d.t, ctx.file);
    }
    this.noteExit(n, fn, scope, ctx);
    // `v.(func(x interface{}) interface{})(x)`: what it calls runs below this function, on its goroutine.
    if (ctx.fn !== undefined && kind !== 'go' && assertedFunc(fn))
      this.out.dynamicCalls.push({ from: ctx.fn, pos: this.pos(ctx, n.startIndex) });
    if (args) this.noteReflection(fn, d, args, scope, ctx, kind);
    if (kind !== 'go') this.notePackageCall(fn, scope, ctx);
    if (args) this.noteArgumentStores(fn, d, list, scope, ctx);
    if (d.k === 'entry') {
      if (ctx.fn) this.out.entryCalls.set(ctx.fn, { offset: n.startIndex, qualifier: d.qualifier });
    } else if (d.k === 'funcs' && d.form !== 'method expression' && args) {
      this.out.calls.push({
        from: ctx.fn,
        targets: d.ids,
        via: d.via,
        ...(d.ifaceOperand ? { ifaceOperand: true } : {}),
        kind,
        file: ctx.file.facts.path,
        pos: this.pos(ctx, n.startIndex),
        args: this.argFacts(args, scope, ctx, list),
        callee: { start: fn.startIndex, end: fn.endIndex },
        ...crossPackageField(this.crossPackageCall(fn, d, scope, ctx)),
      });
      this.noteArgumentFlows(d.via ?? d.ids[0], d.via ? [d.via, ...d.ids] : d.ids, args, list, scope, ctx);
    } else if (d.k === 'funcs') {
      this.noteFuncs(d, fn, ctx, scope);
    } else if (d.k === 'external' && args) {
      for (const a of list) this.noteStdlibFlow(a, scope, ctx, false, true);
      if (kind !== 'go') this.noteFuncValueHandOffs(fn, d, args, scope, ctx);
      // `n.Pos()` on an ast.Node: the module method it may reach runs below this function, on its goroutine.
      if (fn.type === 'selector_expression' && ctx.fn !== undefined) {
        const name = fn.childForFieldName('field')?.text;
        const operand = fn.childForFieldName('operand');
        const t = name && operand ? this.typeOf(operand, scope, ctx) : undefined;
        if (this.isOutsideInterface(t))
          this.out.interfaceHandOffs.push({ from: ctx.fn, pos: this.pos(ctx, fn.startIndex), methods: [name!] });
        // `pos.Pos()` on a `case interface{ Pos() token.Pos }:` value: a method kept for that literal (IG2011).
        else if (t?.k === 'iface' && t.methods.has(name!))
          this.out.interfaceHandOffs.push({
            from: ctx.fn,
            pos: this.pos(ctx, fn.startIndex),
            methods: [name!],
            literal: [...t.methods.keys()],
          });
      }
    } else if (d.k === 'unknown' && d.method && this.methodNames.has(d.method)) {
      this.out.unresolved.push({
        from: ctx.fn,
        name: d.method,
        file: ctx.file.facts.path,
        pos: this.pos(ctx, fn.endIndex - d.method.length),
        ...(d.candidates ? { candidates: d.candidates } : {}),
      });
    }
    // The callee's own parts (the operand of a selector, an index) may hold further references.
    if (fn.type === 'selector_expression') this.walkOperand(fn.childForFieldName('operand'), scope, ctx);
    else if (fn.type === 'func_literal') this.walkLiteral(fn, scope, ctx);
    else if (fn.type === 'index_expression' || fn.type === 'type_instantiation_expression') {
      if (d.k !== 'funcs') this.walk(fn, scope, ctx);
    } else if (fn.type !== 'identifier') this.walk(fn, scope, ctx);
    if (d.k === 'type' && args?.namedChildren.length === 1) this.noteFlow(d.t, args.namedChildren[0], scope, ctx);
    if (d.k === 'builtin' && d.name === 'append' && args && !args.children.some((c) => c.type === '...')) {
      const u = this.q.underlying(this.typeOf(args.namedChildren[0], scope, ctx));
      if (u?.k === 'slice') for (const a of args.namedChildren.slice(1)) this.noteFlow(u.elem, a, scope, ctx);
    }
    if (args && !(d.k === 'builtin' && (d.name === 'new' || d.name === 'make') && args.namedChildren[0]))
      this.walk(args, scope, ctx);
    else if (args) for (const a of args.namedChildren.slice(1)) this.walk(a, scope, ctx);
  }

  /**
   * Reflection that calls methods: `v.MethodByName("Pos")`, `v.Method(i)` on a reflect.Value or reflect.Type (not
   * `NumMethod`, which only counts the exported methods: a changed signature leaves the count alone), a template's Execute; and the values handed to it: `reflect.ValueOf(x)`, `reflect.TypeOf(x)`, a
   * template's data.
   */
  private noteReflection(
    fn: SyntaxNode,
    d: Denoted,
    args: SyntaxNode,
    scope: Scope,
    ctx: WalkCtx,
    kind: CallKind,
  ): void {
    if (fn.type !== 'selector_expression') return;
    const name = fn.childForFieldName('field')!.text;
    if (!reflectionNames.has(name)) return;
    const operand = fn.childForFieldName('operand')!;
    const list = args.namedChildren.filter((c) => c.type !== 'comment');
    const root = (a: SyntaxNode | undefined, call?: { what: string; pos: Position; from?: string }) =>
      a &&
      this.out.reflection.roots.push({ origin: this.origin(a, scope, ctx), pos: this.pos(ctx, a.startIndex), call });
    const od = operand.type === 'identifier' ? this.denoteIdentifier(operand.text, scope, ctx) : undefined;
    if (od?.k === 'pkg') {
      if (od.path === 'reflect' && (name === 'ValueOf' || name === 'TypeOf') && !reflectionInspectedOnly(fn.parent!))
        root(list[0]);
      return;
    }
    if (d.k !== 'external' && d.k !== 'unknown') return;
    const recv = deref(this.typeOf(operand, scope, ctx));
    const named = recv?.k === 'named' ? `${recv.pkg}.${recv.name}` : undefined;
    const pos = this.pos(ctx, fn.childForFieldName('field')!.startIndex);
    // The methods it calls by name run below this function, on its goroutine (src/plan/dynamicCallHandOffs.ts).
    const dynamic = () => {
      if (ctx.fn !== undefined && kind !== 'go') this.out.dynamicCalls.push({ from: ctx.fn, pos });
    };
    if ((named === 'reflect.Value' || named === 'reflect.Type') && (name === 'MethodByName' || name === 'Method')) {
      this.out.reflection.methodCalls.push({ what: `${named}.${name}`, pos });
      dynamic();
    } else if (!recv && name === 'MethodByName') {
      this.out.reflection.methodCalls.push({ what: `.${name} on a value whose type could not be worked out`, pos });
      dynamic();
    } else if (
      (named === 'text/template.Template' || named === 'html/template.Template') &&
      (name === 'Execute' || name === 'ExecuteTemplate')
    ) {
      dynamic();
      root(list[name === 'Execute' ? 1 : 2], { what: `(*${named.replace(/^.*\//, '')}).${name}`, pos, from: ctx.fn });
    }
  }

  // ---- where function values go ----

  /** The places a value written here may come from (see FuncValueFlows); '?' when that cannot be worked out. */
  private origins(n: SyntaxNode | null | undefined, scope: Scope, ctx: WalkCtx, depth = 0): string[] {
    if (!n || depth > 8) return [];
    const file = ctx.file.facts.path;
    switch (n.type) {
      case 'parenthesized_expression':
      case 'literal_element':
      case 'type_assertion_expression':
      case 'index_expression':
      case 'slice_expression':
        return this.origins(n.namedChildren[0], scope, ctx, depth + 1);
      case 'unary_expression':
        return this.origins(n.childForFieldName('operand'), scope, ctx, depth + 1);
      case 'identifier': {
        const b = scope.lookup(n.text);
        if (b?.k === 'var')
          return [(b.slot ??= b.param ? `param:${b.param.fn}#${b.param.index}` : `local:${++this.localSlots}`)];
        if (b) return [];
        const d = this.denoteIdentifier(n.text, scope, ctx);
        if (d.k === 'funcs') return [`fv:${file}:${n.startIndex}`];
        return d.k === 'value' ? [`var:${n.text}`] : d.k === 'external' ? ['?'] : [];
      }
      case 'selector_expression': {
        const d = this.denote(n, scope, ctx);
        const field = n.childForFieldName('field')!.text;
        if (d.k === 'funcs') return [`fv:${file}:${n.startIndex}`];
        const operand = n.childForFieldName('operand')!;
        const od = operand.type === 'identifier' ? this.denoteIdentifier(operand.text, scope, ctx) : undefined;
        if (od?.k === 'pkg') return this.packages.has(od.path) ? [`var:${field}`] : ['?'];
        return d.k === 'value' || d.k === 'unknown' ? [`field:${field}`] : ['?'];
      }
      case 'call_expression': {
        const fn = n.childForFieldName('function')!;
        const d = this.denote(fn, scope, ctx);
        if (d.k === 'funcs') return d.ids.map((id) => `result:${id}`).concat(d.via ? [`result:${d.via}`] : []);
        if (d.k === 'type' || (d.k === 'builtin' && d.name === 'append'))
          return (n.childForFieldName('arguments')?.namedChildren ?? []).flatMap((a) =>
            this.origins(a, scope, ctx, depth + 1),
          );
        if (d.k === 'builtin') return [];
        return ['?'];
      }
      case 'composite_literal':
      case 'literal_value':
        return ((n.type === 'literal_value' ? n : n.childForFieldName('body'))?.namedChildren ?? []).flatMap((el) =>
          this.origins(el.type === 'keyed_element' ? el.namedChildren[1] : el, scope, ctx, depth + 1),
        );
      case 'func_literal':
      case 'interpreted_string_literal':
      case 'raw_string_literal':
      case 'int_literal':
      case 'float_literal':
      case 'rune_literal':
      case 'nil':
      case 'true':
      case 'false':
      case 'binary_expression':
        return [];
      default:
        return ['?'];
    }
  }

  /**
   * The value `value` is stored in `slot`. A value of unknown origin may be anything that escaped from view
   * (`m.Store("h", home)` ... `v, _ := m.Load("h")`): it comes from `escape`.
   */
  private storeInto(slot: string, value: SyntaxNode | null | undefined, scope: Scope, ctx: WalkCtx): void {
    // A value that cannot be or hold a function stores none, even of unknown origin:
    //     e := entry{Title: strings.Repeat("=", n)}   // field:Title gets no escaped function values
    // (Origins first: most values have none, and then their type is not needed.)
    const origins = this.origins(value, scope, ctx);
    if (!origins.length) return;
    const written = value?.type === 'literal_element' ? value.namedChildren[0] : value; // `Title: x` in a literal
    if (written && !this.mayCarry(this.typeOf(written, scope, ctx), written)) return;
    this.storeOrigins(slot, origins);
  }

  /** Whether a value of type t (written as expr) may be or hold a function value (see FunctionCarriers). */
  private mayCarry(t: TypeRef | undefined, expr?: SyntaxNode): boolean {
    return (this.carriers ??= new FunctionCarriers(this.q)).mayCarry(t, expr);
  }

  private storeOrigins(slot: string, origins: string[]): void {
    const flows = this.out.funcValueFlows;
    for (const o of origins) {
      if (o === '?') flows.unknownInto.add(slot);
      else if (o !== slot) flows.edges.push([o, slot]);
    }
  }

  /** `a, b = x, y`, `a := f()`: each value (its origins) is stored where its left side denotes (a container for `m[k]`, `*p`). */
  private noteStores(left: SyntaxNode[], values: string[][], scope: Scope, ctx: WalkCtx): void {
    left.forEach((l, i) => {
      const value = values.length === left.length ? values[i] : values[0];
      if (!value?.length) return;
      // A place no function can be in (a string, an int, an error no module type with a function implements)
      // passes none on, whatever is stored there: `name := os.Getenv("X")` does not bring back what escaped.
      if (!this.mayCarry(this.typeOf(l, scope, ctx))) return;
      const slots = this.origins(l, scope, ctx).filter((x) => !x.startsWith('fv:'));
      for (const slot of slots.length ? slots : ['escape']) this.storeOrigins(slot === '?' ? 'escape' : slot, value);
    });
  }

  /**
   * Arguments: to a module function they go to its parameters; to reflect, runtime, fmt or log they are observed
   * (`runtime.FuncForPC(reflect.ValueOf(h).Pointer()).Name()`, `fmt.Printf("%p", h)`); anywhere else outside the
   * module, or through a function value, they escape from view.
   */
  private noteArgumentStores(fn: SyntaxNode, d: Denoted, list: SyntaxNode[], scope: Scope, ctx: WalkCtx): void {
    if (!list.length || d.k === 'builtin' || d.k === 'type' || d.k === 'entry') return;
    if (d.k === 'funcs' && d.form !== 'method expression') {
      const targets = d.via ? [d.via, ...d.ids] : d.ids;
      const carriers = (this.carriers ??= new FunctionCarriers(this.q));
      list.forEach((arg, i) => {
        const a = arg.type === 'variadic_argument' && arg.namedChildren[0] ? arg.namedChildren[0] : arg; // `args...`
        const origins = this.origins(a, scope, ctx);
        // A value no function can be in (a string, an int, a *T without such fields) carries none into the callee.
        if (!origins.length || !carriers.mayCarry(this.typeOf(a, scope, ctx), a)) return;
        for (const t of targets) {
          // The extra arguments of a variadic call all land in its last parameter, the slice the body reads.
          const params = this.q.paramTypes(t);
          const at = params?.variadic ? Math.min(i, params.types.length - 1) : i;
          // `f(g())` with a multi-value g fills every parameter.
          if (params && list.length === 1 && params.types.length > 1 && a.type === 'call_expression')
            params.types.forEach((_, j) => this.storeOrigins(`param:${t}#${j}`, origins));
          else if (!params || carriers.mayCarry(params.types[at])) this.storeOrigins(`param:${t}#${at}`, origins);
        }
      });
      return;
    }
    const observer = this.observerCall(fn, d, scope, ctx);
    const flows = this.out.funcValueFlows;
    for (const [i, arg] of list.entries()) {
      if (!observer) {
        // What a call result holds is the callee's; only values as written here can be handed over.
        if (arg.type !== 'call_expression') this.storeInto('escape', arg, scope, ctx);
        continue;
      }
      const a = arg.type === 'variadic_argument' && arg.namedChildren[0] ? arg.namedChildren[0] : arg; // `args...`
      // `fmt.Println(err)`, `log.Printf("%d", n)`: a value whose type holds no function observes none.
      if (
        !observedArgument(observer, i, this.typeOf(a, scope, ctx), a, (this.carriers ??= new FunctionCarriers(this.q)))
      )
        continue;
      const pos = this.pos(ctx, a.startIndex);
      for (const from of this.origins(a, scope, ctx))
        flows.sinks.push({ from: from === '?' ? 'escape' : from, what: observer, pos });
    }
  }

  /** `reflect.ValueOf`, `fmt.Printf`, `(*log.Logger).Print`: a call that may observe a function value's identity. */
  private observerCall(fn: SyntaxNode, d: Denoted, scope: Scope, ctx: WalkCtx): string | undefined {
    // A callee that cannot be worked out may be anything, a web framework that prints its handlers' names too.
    if (d.k === 'unknown') return `${fn.text} (a call that could not be resolved)`;
    if (fn.type !== 'selector_expression') return undefined;
    const operand = fn.childForFieldName('operand')!;
    const field = fn.childForFieldName('field')!.text;
    const od = operand.type === 'identifier' ? this.denoteIdentifier(operand.text, scope, ctx) : undefined;
    let pkg: string | undefined;
    if (od?.k === 'pkg') pkg = od.path;
    else if (/^(Print|Fatal|Panic|Output)/.test(field) || this.importsOtherModules(ctx.file)) {
      const t = deref(this.typeOf(operand, scope, ctx));
      if (t?.k === 'named') pkg = t.pkg;
    }
    if (!pkg) return undefined;
    if (observerPackages.has(pkg)) return `${pkg}.${field}`;
    // Code of another module is not in view: it may observe what it gets.
    return isOtherModule(pkg, this.packages) ? `${pkg}.${field} (code of another module)` : undefined;
  }

  private readonly otherModuleImports = new Map<FileInfo, boolean>();

  /** The file imports a package of another module (not the standard library, not this module). */
  private importsOtherModules(f: FileInfo): boolean {
    let v = this.otherModuleImports.get(f);
    if (v === undefined)
      this.otherModuleImports.set(
        f,
        (v = [...f.imports.values(), ...f.dotImports].some((p) => isOtherModule(p, this.packages))),
      );
    return v;
  }

  /** Where an expression's value comes from: one of the function's parameters, or a value of its type. */
  private origin(n: SyntaxNode, scope: Scope, ctx: WalkCtx): ValueOrigin {
    if (n.type === 'parenthesized_expression' && n.namedChildren[0]) return this.origin(n.namedChildren[0], scope, ctx);
    const b = n.type === 'identifier' ? scope.lookup(n.text) : undefined;
    if (b?.k === 'var' && b.param && this.isInterface(b.t)) return { k: 'param', ...b.param };
    return { k: 'type', t: this.typeOf(n, scope, ctx) };
  }

  private isInterface(t: TypeRef | undefined): boolean {
    if (!t) return false;
    if (t.k === 'iface') return true;
    if (t.k !== 'named') return false;
    if (t.pkg === '') return t.name === 'any' || t.name === 'error';
    const info = this.q.typeInfo(t);
    return info ? info.kind === 'interface' : !this.packages.has(t.pkg) && stdlib.isInterface(t);
  }

  /** Arguments passed to parameters of module interface types. */
  private noteArgumentFlows(
    target: string | undefined,
    targets: string[],
    args: SyntaxNode,
    list: SyntaxNode[],
    scope: Scope,
    ctx: WalkCtx,
  ): void {
    const params = target ? this.q.paramTypes(target) : undefined;
    if (!params || args.children.some((c) => c.type === '...')) return;
    list.forEach((a, i) => {
      const p =
        i < params.types.length - 1 || !params.variadic ? params.types[i] : params.types[params.types.length - 1];
      this.noteFlow(p, a, scope, ctx);
      if (this.isInterface(p) && !(params.variadic && i >= params.types.length - 1))
        for (const fn of targets)
          this.out.reflection.interfaceArgs.push({ fn, index: i, origin: this.origin(a, scope, ctx) });
    });
  }

  /** `os.Exit(…)` and `log.Fatal…(…)` statements that begin their line. */
  private noteExit(call: SyntaxNode, fn: SyntaxNode, scope: Scope, ctx: WalkCtx): void {
    if (fn.type !== 'selector_expression' || call.parent?.type !== 'expression_statement') return;
    const operand = fn.childForFieldName('operand');
    const field = fn.childForFieldName('field')?.text ?? '';
    if (operand?.type !== 'identifier') return;
    const d = this.denoteIdentifier(operand.text, scope, ctx);
    if (d.k !== 'pkg' || !((d.path === 'os' && field === 'Exit') || (d.path === 'log' && /^Fatal(f|ln)?$/.test(field))))
      return;
    const text = ctx.file.facts.text;
    const stmt = call.parent;
    const indent = indentAt(text, stmt.startIndex);
    if (text.lastIndexOf('\n', stmt.startIndex - 1) + 1 + indent.length !== stmt.startIndex) return;
    const args = call.childForFieldName('arguments')?.namedChildren ?? [];
    const calls = (n: SyntaxNode): boolean =>
      n.type === 'call_expression' ||
      (n.type === 'unary_expression' && n.childForFieldName('operator')?.text === '<-') ||
      n.namedChildren.some(calls);
    const exit: ExitCall = { from: ctx.fn, file: ctx.file.facts.path, stmtStart: stmt.startIndex, indent };
    if (args.some(calls)) {
      const last = args[args.length - 1];
      const spread =
        last.type === 'variadic_argument' ||
        call.childForFieldName('arguments')!.children.some((c) => c.type === '...');
      if (field === 'Exit') exit.wrap = { start: last.startIndex, end: last.endIndex, kind: 'code' };
      else if (!spread && !(field === 'Fatalf' && args.length === 1))
        exit.wrap = { start: last.startIndex, end: last.endIndex, kind: 'value' };
    }
    this.out.exits.push(exit);
  }

  /** The operand of `x.M`: a package name is not a value use; anything else is walked. */
  private walkOperand(operand: SyntaxNode | null, scope: Scope, ctx: WalkCtx): void {
    if (!operand) return;
    if (operand.type === 'identifier') {
      const d = this.denoteIdentifier(operand.text, scope, ctx);
      if (d.k === 'funcs') this.noteFuncs(d, operand, ctx, scope);
      return;
    }
    if (operand.type === 'selector_expression') {
      this.walkOperand(operand.childForFieldName('operand'), scope, ctx);
      return;
    }
    this.walk(operand, scope, ctx);
  }

  private noteFuncs(
    d: Extract<Denoted, { k: 'funcs' }>,
    n: SyntaxNode,
    ctx: WalkCtx,
    scope: Scope,
    receiver?: ValueRef['receiver'],
  ): void {
    const form = d.form === 'func' ? 'function value' : d.form === 'method' ? 'method value' : 'method expression';
    const shadowed = [...ctx.file.imports.keys()].filter((q) => scope.lookup(q));
    for (const target of d.via ? [d.via] : d.ids)
      this.out.values.push({
        from: ctx.fn,
        target,
        file: ctx.file.facts.path,
        pos: this.pos(ctx, n.startIndex),
        start: n.startIndex,
        end: n.endIndex,
        form,
        shadowed,
        receiver,
      });
  }

  /**
   * How an adapter for the method value `x.M` binds its receiver: only for a method declared on x's own type (not
   * promoted, not an interface's), an operand with no calls in it, and a receiver type this file can spell.
   */
  private receiverBinding(
    sel: SyntaxNode,
    d: Extract<Denoted, { k: 'funcs' }>,
    scope: Scope,
    ctx: WalkCtx,
  ): ValueRef['receiver'] {
    if (d.via) return { unbindable: 'it is taken from an interface value' };
    const m = this.q.funcs.get(d.ids[0])?.[0]?.facts;
    const operand = sel.childForFieldName('operand');
    if (!m || !operand || !m.recvType) return { unbindable: 'its receiver could not be worked out' };
    if (!this.plainOperand(operand, scope, ctx))
      return { unbindable: 'its receiver expression is not a plain variable or field' };
    const t = this.typeOf(operand, scope, ctx);
    const base = deref(t);
    const info = this.q.typeInfo(base);
    if (base?.k !== 'named' || !info) return { unbindable: 'the receiver type could not be worked out' };
    if (info.typeParams.size) return { unbindable: 'its receiver type is generic' };
    // A method promoted through embedded values is reached from the outer value as Go binds it; through an
    // embedded pointer, Go binds the pointer's value at that moment, which a later call through the outer value would not see.
    const direct = base.pkg === m.pkg && base.name === m.recvType;
    if (!direct && !this.q.promotedByValue(base, m.pkg, m.recvType))
      return { unbindable: 'it is promoted through an embedded pointer or interface' };
    let name: string | undefined;
    if (ctx.file.pkg.path === base.pkg) name = base.name;
    else if (!isExported(base.name)) name = undefined;
    else if (ctx.file.dotImports.includes(base.pkg)) name = base.name;
    else
      for (const [q, path] of ctx.file.imports) if (path === base.pkg && !scope.lookup(q)) name = `${q}.${base.name}`;
    if (!name || scope.lookup(name)) return { unbindable: 'its receiver type cannot be spelled here' };
    const pointerMethod = m.name.startsWith('(*');
    const pointerOperand = t!.k === 'ptr';
    const bind = pointerMethod === pointerOperand ? '' : pointerMethod ? '&' : '*';
    return { operand: operand.text, bind, typeText: pointerMethod ? `*${name}` : name };
  }

  /**
   * A method call on a type or interface of another package of the module: how the call's file names that package
   * there, and for a method of the operand's own type, how the operand becomes the receiver (src/plan/twinForwarders.ts).
   */
  private crossPackageCall(
    fn: SyntaxNode,
    d: Extract<Denoted, { k: 'funcs' }>,
    scope: Scope,
    ctx: WalkCtx,
  ): CrossPackageMethodCall | undefined {
    if (d.form !== 'method' || fn.type !== 'selector_expression') return undefined;
    const m = this.q.funcs.get(d.via ?? d.ids[0])?.[0]?.facts;
    if (!m || m.pkg === ctx.file.facts.pkg) return undefined;
    let qualifier: string | undefined;
    if (ctx.file.dotImports.includes(m.pkg)) qualifier = '';
    else for (const [q, path] of ctx.file.imports) if (path === m.pkg && !scope.lookup(q)) qualifier = q;
    if (d.via || d.ids.length !== 1 || !m.recvType) return { qualifier };
    const t = this.typeOf(fn.childForFieldName('operand')!, scope, ctx);
    const base = deref(t);
    const info = this.q.typeInfo(base);
    if (base?.k !== 'named' || !info || info.typeParams.size) return { qualifier };
    if (base.pkg !== m.pkg || base.name !== m.recvType)
      return t!.k === 'ptr' && info.kind === 'struct' && this.q.promotedByValue(base, m.pkg, m.recvType)
        ? { qualifier, promoted: true }
        : { qualifier };
    const pointerMethod = m.name.startsWith('(*');
    return { qualifier, bind: pointerMethod === (t!.k === 'ptr') ? '' : pointerMethod ? '&' : '*' };
  }

  /** `p`, `s.cfg`, `items[i]`: an operand that holds no call, so the adapter can carry it as written. */
  private plainOperand(n: SyntaxNode, scope: Scope, ctx: WalkCtx): boolean {
    switch (n.type) {
      case 'identifier':
        return this.denoteIdentifier(n.text, scope, ctx).k === 'value';
      case 'selector_expression': {
        const operand = n.childForFieldName('operand')!;
        if (operand.type === 'identifier' && this.denoteIdentifier(operand.text, scope, ctx).k === 'pkg') return true;
        return this.plainOperand(operand, scope, ctx);
      }
      case 'index_expression': {
        const index = n.childForFieldName('index');
        return (
          !!index &&
          (index.type === 'int_literal' || this.plainOperand(index, scope, ctx)) &&
          this.plainOperand(n.childForFieldName('operand')!, scope, ctx)
        );
      }
      default:
        return false;
    }
  }

  /** An identifier or selector outside callee position: a module function there is used as a value. */
  /** Which struct declares the field `x.f` selects: its type id when x's type declares it itself, else why not. */
  private selectorOwner(n: SyntaxNode, d: Denoted, scope: Scope, ctx: WalkCtx): SelectorOwner {
    if (d.k === 'unknown') return { k: 'unknown' };
    if (d.k !== 'value') return { k: 'other' };
    const operand = n.childForFieldName('operand')!;
    const od = operand.type === 'identifier' ? this.denoteIdentifier(operand.text, scope, ctx) : undefined;
    if (od?.k === 'pkg') return { k: 'other' };
    return { k: 'field', type: deref(this.typeOf(operand, scope, ctx)) };
  }

  private noteValueUse(n: SyntaxNode, scope: Scope, ctx: WalkCtx): void {
    const d = this.denote(n, scope, ctx);
    if (n.type === 'selector_expression' && this.groups?.wants(n))
      this.groups.selector(n, this.selectorOwner(n, d, scope, ctx), ctx.fn, ctx.file);
    const b = n.type === 'identifier' ? scope.lookup(n.text) : undefined;
    if (b?.k === 'var' && b.param && this.groups?.wantsParam(b.param))
      this.groups.paramUse(n, b.param, ctx.fn, ctx.file);
    else if (b && this.groups?.wantsLocal(b)) this.groups.localUse(n, b, ctx.fn, ctx.file);
    else if (this.groups && (n.type === 'selector_expression' || !b)) {
      const pkg = this.groupedVarPackage(n, scope, ctx);
      if (pkg !== undefined) this.groups.varUse(n, ctx.file, pkg);
    }
    if (d.k === 'funcs')
      this.noteFuncs(
        d,
        n,
        ctx,
        scope,
        d.form === 'method' && n.type === 'selector_expression' ? this.receiverBinding(n, d, scope, ctx) : undefined,
      );
    else if (d.k === 'unknown' && d.method && this.methodNames.has(d.method))
      this.out.unresolved.push({
        from: ctx.fn,
        name: d.method,
        file: ctx.file.facts.path,
        pos: this.pos(ctx, n.endIndex - d.method.length),
        ...(d.candidates ? { candidates: d.candidates } : {}),
      });
    if (n.type === 'selector_expression') this.walkOperand(n.childForFieldName('operand'), scope, ctx);
  }
}

/** The arguments of an argument list: its named children but comments. */
function argumentsOf(args: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = args.firstNamedChild; c; c = c.nextNamedSibling) if (c.type !== 'comment') out.push(c);
  return out;
}

/** The methods a value of a standard library interface type may have called (`error`: Error); none named for `any`. */
function interfaceMethodsOf(type: string): { methods?: string[] } {
  if (type === 'error') return { methods: ['Error'] };
  const names = interfaceMethodNames(type.replace(/^\*/, ''));
  return names.length ? { methods: names } : {};
}

/** The CallSite field of a cross-package method call, if any (no key at all otherwise, as dumps compare objects). */
function crossPackageField(c: CrossPackageMethodCall | undefined): { crossPackage?: CrossPackageMethodCall } {
  return c ? { crossPackage: c } : {};
}

/** A callee that is a function value asserted from an interface: `v.(func(int) int)`, parenthesized or not. */
function assertedFunc(fn: SyntaxNode): boolean {
  let e: SyntaxNode | null = fn;
  while (e?.type === 'parenthesized_expression') e = e.namedChildren[0];
  return e?.type === 'type_assertion_expression' && e.childForFieldName('type')?.type === 'function_type';
}
