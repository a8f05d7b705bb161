// Fields of function type that change type together with every function stored in them and every call through them.
//
// A struct field declared in the module with a function type written out (`run func(args []string) error`) is a
// position that every stored function and every call through it must agree on. When every value stored there is in
// view (a module function, a function literal of the module, nil) and every use of the field is a call, a store or a
// comparison with nil, the field's type, the stored functions and the calls can all take the context:
//
//     var commands = map[string]command{"add": {run: add}}      // add gains the context parameter, the table is unchanged
//     type command struct{ run func(ctx context.Context, args []string) error }
//     commands[name].run(args)  →  commands[name].run(__atel_child_tracing_ctx, args)
//
// The group is handed on as an interface of its own (one pseudo method, the field, implemented by the stored
// functions), so that the plan changes it, or keeps it, exactly as it does an interface group. Anything else (the
// field's value read into a variable, passed on, stored in an `any`, a value of unknown origin stored, a selector whose
// receiver cannot be worked out) keeps the field as it is, and the reason is recorded with its position.
//
// The same holds for the other positions of function type the module declares: parameters of functions and methods,
// package variables (exported ones used from other packages too) and their map, slice or array elements, local
// variables declared with a type or inferred from what they hold (`h := t.run` joins the field's group), and named
// function types, whose receivers are positions of their group and whose conversions store what they convert.
import { SyntaxNode } from '../parse/parse';
import { indentAt } from '../parse/positions';
import { Position } from '../diagnostics/diagnostic';
import { FileInfo, FuncInfo, paramListFacts, PkgInfo, VarInfo } from './declarations';
import { isExported } from '../stdlib/universe';
import { byFamiliarity } from '../stdlib/interfaces';
import { ArgListFacts, CallKind, CallSite, FuncFacts, InterfaceFacts, StdlibFlow, ValueRef } from './program';
import { TypeQueries } from './typeQueries';
import { BASIC_LITERALS, deref, resultTypes, structFields, TypeRef } from './typeRefs';
import { declaresOwnFields, literalMaySetField } from './literalFieldScope';

/** What the resolver worked out of the operand of a selector `x.f`. */
export type SelectorOwner =
  /** x's type could not be worked out: f may be any field. */
  | { k: 'unknown' }
  /** not a field (a method, a package member). */
  | { k: 'other' }
  /** a field of a value of this type (pointers taken off). */
  | { k: 'field'; type: TypeRef | undefined };

/** A field declaration of function type: the names it declares share one type, so they form one group. */
interface Candidate {
  /** The id of the group's pseudo method: `(example.com/app.command).run`, `example.com/app.register(fn)`. */
  id: string;
  /** What it is, for messages: `the function-typed field command.run`, `the function-typed parameter fn of register`. */
  what: string;
  /** The struct declaring a field (`example.com/app.command`), '' for a parameter. */
  struct: string;
  /** For a parameter: its function, and the indices of the parameters the declaration declares. */
  fn?: string;
  indices?: number[];
  names: string[];
  file: FileInfo;
  typeNode: SyntaxNode;
  pos: Position;
  /** A package variable holding a map, slice or array of functions. */
  container?: boolean;
  /**
   * A local variable whose type is inferred from its value (`f := g`, `h := t.run`): no type is written, so nothing
   * is edited for it; its type follows what it holds, which changes with the group.
   */
  inferred?: boolean;
  /** A field of a struct written on one line: what opening it takes (see FuncFacts.oneLineStruct). */
  oneLine?: FuncFacts['oneLineStruct'];
  /** Values stored in it, as written: resolved to functions once every file is walked. */
  sources: Array<{ file: FileInfo; node: SyntaxNode }>;
  calls: CallSite[];
  blocks: Array<{ reason: string; pos: Position }>;
}

/** A function-typed field that keeps its type, and why (the first place that forces it). */
export interface BlockedGroup {
  /** `command.run` */
  name: string;
  pos: Position;
  reason: string;
  at: Position;
  /** The functions holding calls through the field. */
  callers: Array<string | undefined>;
  /** The module functions and literals stored in it. */
  members: string[];
}

/** What the plan needs of function groups. */
export interface FunctionGroups {
  /** One pseudo method per group (kind 'interface-method', `group` set), whose parameter list is the field type's. */
  funcs: FuncFacts[];
  interfaces: InterfaceFacts[];
  /** Calls through the fields, `via` the pseudo method, targets the stored functions. */
  calls: CallSite[];
  /** `<file>:<offset>` of the uses of module functions as values that are stores into a group (→ its pseudo method id): no adapter there. */
  stores: Map<string, string>;
  /** Ids of function literals stored in a group (→ its pseudo method id): they take the context like any stored function. */
  literals: Map<string, string>;
  blocked: BlockedGroup[];
}

const key = (file: FileInfo, n: SyntaxNode) => `${file.facts.path}:${n.startIndex}`;

/** Gathers, while the resolver walks every body, what each function-typed field of the module gets and how it is used. */
export class FunctionGroupCollector {
  private readonly candidates: Candidate[] = [];
  private readonly byField = new Map<string, Candidate>();
  private readonly byName = new Map<string, Candidate[]>();
  /**
   * Selectors and keyed-element keys the walk accounted for: every other one naming a group's field keeps it. By file
   * path, the offsets where they start (as `key` would spell them, without making a string for each).
   */
  private readonly seen = new Map<string, Set<number>>();

  private readonly byParam = new Map<string, Candidate>();
  /** The parameter candidates of each function, in the order of `candidates`, indexed up to `byFnUpTo`. */
  private readonly byFn = new Map<string, Candidate[]>();
  private byFnUpTo = 0;
  private readonly byLocal = new Map<object, Candidate>();
  /** Unexported package variables of function type, or maps, slices and arrays of one: `<pkg>.<name>`. */
  private readonly byVar = new Map<string, Candidate>();
  /** The names in byVar and the functions in byParam: asked first, so that most asks make no key string. */
  private readonly varNames = new Set<string>();
  /** The lengths of those names: a name of none of them is no grouped variable's, known without reading its text. */
  private readonly varNameLengths = new Set<number>();
  private readonly paramFns = new Set<string>();
  /**
   * Reads of a grouped position that are neither calls nor nil checks (a parameter passed on, `h := t.run`): fine
   * only where they are stored in a group, else the candidate keeps its type for `reason`.
   */
  private readonly paramReads = new Map<string, { c: Candidate; pos: Position; reason: string }>();
  /** Those reads that are stores into a group (`register(name, f)` storing f in a field): they join the groups. */
  private readonly joinedReads = new Set<string>();
  /** Unexported named function types without methods (`<pkg>.<name>`): their positions share the declaration's type. */
  private readonly namedTypes = new Map<
    string,
    {
      name: string;
      file: FileInfo;
      fnType: SyntaxNode;
      methods: Map<string, string>;
      /** Why every position of it keeps its type (a standard library interface its method set satisfies). */
      kept?: { reason: string; pos: Position };
    }
  >();
  /** The methods of named function types (method name → method id), by `key` of the type's function type. */
  private readonly methodsOfType = new Map<string, Map<string, string>>();
  /** Receivers of the methods of named function types (method id → candidate): positions of the type's group. */
  private readonly byReceiver = new Map<string, Candidate>();
  /** Conversions to a named function type (`handler(f)`), resolved once every position is known. */
  private readonly conversions: Array<{
    fnType: SyntaxNode;
    file: FileInfo;
    node: SyntaxNode;
    value: SyntaxNode;
    followed: boolean;
  }> = [];
  /** The places naming such a type that the walk accounts for (positions declared with it, its declaration). */
  private readonly namedUses = new Set<string>();

  constructor(
    private readonly q: TypeQueries,
    private readonly packages: Map<string, PkgInfo>,
    funcs: Map<string, FuncInfo[]>,
  ) {
    let stdlibSeen: Map<string, string> | undefined;
    for (const pkg of packages.values())
      for (const [name, info] of pkg.types) {
        // `type handler func(args []string) error`: a type that has no method set to keep. Exported ones too, where
        // other packages of the module name it (`lib.Handler`) in the positions of its group. Any other use of its
        // name (a conversion, a receiver) keeps it, checked once walked.
        if (info.alias || info.kind !== 'other' || info.typeParams.size || info.ambiguous) continue;
        if (info.typeNode.type !== 'function_type' || info.file.facts.generated || info.file.facts.ignored) continue;
        if (takesContext(info.typeNode, info.file)) continue;
        // With methods (`func (f HandlerFunc) ServeHTTP(...)`): only while no standard library interface may see its
        // method set, as a value of it converted to that interface would keep the old function inside.
        const methods = pkg.methods.get(name) ?? new Map<string, string>();
        const iface = methods.size ? (stdlibSeen ??= stdlibSatisfiers(q)).get(`${pkg.path}.${name}`) : undefined;
        const kept = iface
          ? {
              reason: `its type ${name} satisfies ${iface}, so the standard library may hold and call a value of it`,
              pos: this.position(info.file, info.typeNode.startIndex),
            }
          : undefined;
        const declName = info.typeNode.parent?.childForFieldName('name');
        if (declName) this.namedUses.add(key(info.file, declName));
        this.namedTypes.set(`${pkg.path}.${name}`, { name, file: info.file, fnType: info.typeNode, methods, kept });
        this.methodsOfType.set(key(info.file, info.typeNode), methods);
      }
    // Receivers `(f handler)` of those methods: the method's calls of f are calls through the group.
    for (const t of this.namedTypes.values())
      for (const id of t.methods.values()) {
        const fi = funcs.get(id);
        const recv = fi?.length === 1 ? fi[0].node.childForFieldName('receiver')?.namedChildren[0] : undefined;
        const typeNode = recv?.childForFieldName('type');
        const name = recv?.childForFieldName('name');
        if (!fi || !typeNode || typeNode.type !== 'type_identifier' || fi[0].file.facts.generated) continue;
        this.namedUses.add(key(fi[0].file, typeNode));
        const c = this.candidate(
          { fnType: t.fnType, file: t.file, named: t.name, kept: t.kept },
          this.position(fi[0].file, recv!.startIndex),
          {
            id: `${id}{recv}`,
            what: `the receiver ${name?.text ?? '_'} of ${fi[0].facts.name}`,
            struct: '',
            names: [name?.text ?? '_'],
          },
        );
        this.candidates.push(c);
        this.byReceiver.set(id, c);
      }
    for (const pkg of packages.values()) for (const [name, v] of pkg.vars) this.varCandidate(pkg, name, v);
    // A method's parameter changes its method's signature: not where a module interface may hold the method, whose
    // method would keep the old parameter type (by name: what a promoted method or an embedding implements is too).
    const interfaceOf = new Map<string, string>();
    for (const i of q.interfaces) for (const m of i.methods.keys()) if (!interfaceOf.has(m)) interfaceOf.set(m, i.id);
    for (const [id, decls] of funcs) {
      const fi = decls[0];
      // One declaration (not one per build target), of a function or method with a body that instrgen may edit.
      const kind = fi.facts.kind;
      if (decls.length !== 1 || (kind !== 'func' && kind !== 'method') || fi.facts.generic || fi.file.facts.generated)
        continue;
      // A signature something outside Go's view or the user fixes: //export, //go:linkname, entry points, ignored.
      if (fi.facts.linked || fi.facts.entry || fi.facts.ignore || fi.file.facts.ignored) continue;
      if (!fi.node.childForFieldName('body')) continue;
      let index = 0;
      for (const d of fi.node.childForFieldName('parameters')?.namedChildren ?? []) {
        if (d.type !== 'parameter_declaration' && d.type !== 'variadic_parameter_declaration') continue;
        const names = d.childrenForFieldName('name').map((n) => n.text);
        const indices = names.map((_, i) => index + i);
        index += Math.max(names.length, 1);
        const t = d.childForFieldName('type');
        const ft = this.functionType(t, fi.file);
        if (d.type !== 'parameter_declaration' || !ft || !names.length) continue;
        if (takesContext(ft.fnType, ft.file) || names.every((n) => n === '_')) continue;
        this.noteNamedUse(t!, fi.file, ft);
        const c = this.candidate(ft, this.position(fi.file, d.startIndex), {
          id: `${id}(${names[0]})`,
          what: `the function-typed parameter ${names[0]} of ${fi.facts.name}`,
          struct: '',
          fn: id,
          indices,
          names,
        });
        const iface = kind === 'method' ? interfaceOf.get(fi.facts.shortName) : undefined;
        if (iface)
          c.blocks.push({
            reason: `${fi.facts.name} may implement ${iface}, whose ${fi.facts.shortName} would keep the old parameter type`,
            pos: c.pos,
          });
        this.candidates.push(c);
        for (const i of indices) this.byParam.set(`${id}#${i}`, c);
        this.paramFns.add(id);
      }
    }
    for (const pkg of packages.values())
      for (const [name, info] of pkg.types) {
        if (info.alias || info.kind !== 'struct' || info.typeParams.size || info.ambiguous) continue;
        if (info.file.facts.generated || info.file.facts.ignored) continue;
        for (const fd of info.typeNode.namedChildren[0]?.namedChildren ?? []) {
          const t = fd.childForFieldName('type');
          const names = fd.childrenForFieldName('name').map((n) => n.text);
          const ft = this.functionType(t, info.file);
          if (fd.type !== 'field_declaration' || !ft || !names.length) continue;
          // A field whose function type already takes a context gets nothing from this: calls pass one already.
          if (takesContext(ft.fnType, ft.file)) continue;
          this.noteNamedUse(t!, info.file, ft);
          const list = info.typeNode.namedChildren[0];
          const oneLine =
            list.startPosition.row === list.endPosition.row && !ft.named
              ? {
                  open: list.startIndex,
                  close: list.endIndex - 1,
                  fieldStart: fd.startIndex,
                  fieldEnd: fd.endIndex,
                  indent: indentAt(info.file.facts.text, info.typeNode.startIndex),
                }
              : undefined;
          const c = this.candidate(ft, this.position(info.file, fd.startIndex), {
            oneLine,
            id: `(${pkg.path}.${name}).${names[0]}`,
            what: `the function-typed field ${name}.${names[0]}`,
            struct: `${pkg.path}.${name}`,
            names,
          });
          this.candidates.push(c);
          for (const n of names) {
            this.byField.set(`${c.struct}|${n}`, c);
            pushTo(this.byName, n, c);
          }
        }
      }
  }

  /**
   * The function type a position is declared with: written out, or the declaration of a named function type of its
   * package that may change (`fn handler` changes `type handler func(...)`, once for all its positions).
   */
  private functionType(
    t: SyntaxNode | null | undefined,
    file: FileInfo,
  ): { fnType: SyntaxNode; file: FileInfo; named?: string; kept?: { reason: string; pos: Position } } | undefined {
    if (t?.type === 'function_type') return { fnType: t, file };
    const path =
      t?.type === 'qualified_type' ? file.imports.get(t.childForFieldName('package')?.text ?? '') : file.pkg.path;
    const name = t?.type === 'qualified_type' ? t.childForFieldName('name')?.text : t?.text;
    const named =
      t?.type === 'type_identifier' || t?.type === 'qualified_type'
        ? this.namedTypes.get(`${path}.${name}`)
        : undefined;
    return named && { fnType: named.fnType, file: named.file, named: named.name, kept: named.kept };
  }

  /** A position declared with a named function type: that use of its name is accounted for. */
  private noteNamedUse(t: SyntaxNode, file: FileInfo, ft: { named?: string }): void {
    if (ft.named) this.namedUses.add(key(file, t));
  }

  /** Whether a selector names a field some group is about. */
  wants(n: SyntaxNode): boolean {
    return this.byName.has(n.childForFieldName('field')?.text ?? '');
  }

  /**
   * An unexported package variable holding functions: `var hook func()`, `var table = map[string]func(int) int{...}`,
   * `var steps = []func(){...}`, `var m = make(map[string]func())`. The function type written in its declaration (or
   * its initializer's type) is what changes; what the initializer holds is stored in it.
   */
  private varCandidate(pkg: PkgInfo, name: string, v: VarInfo): void {
    // Exported ones too: instrgen changes exported signatures the same way (the module is all that uses them); their
    // uses from other packages (`lib.Hooks[name](x)`) are followed like those of the package itself.
    if (name === '_' || v.file.facts.generated || v.file.facts.ignored) return;
    const values = v.valueNode?.namedChildren ?? [];
    const value =
      values.length === v.valueCount && values.length > 1 ? values[v.index] : v.index === 0 ? values[0] : undefined;
    if (values.length && !value) return;
    const made =
      value?.type === 'call_expression' && value.childForFieldName('function')?.text === 'make'
        ? value.childForFieldName('arguments')?.namedChildren[0]
        : undefined;
    const written = v.typeNode ?? (value?.type === 'composite_literal' ? value.childForFieldName('type') : made);
    if (!written) return;
    const elem =
      written.type === 'map_type'
        ? written.childForFieldName('value')
        : written.type === 'slice_type' || written.type === 'array_type'
          ? written.childForFieldName('element')
          : undefined;
    const direct = this.functionType(written, v.file);
    const typeNode = direct ? written : elem;
    const ft = direct ?? this.functionType(elem, v.file);
    if (!ft || !typeNode || takesContext(ft.fnType, ft.file)) return;
    this.noteNamedUse(typeNode, v.file, ft);
    const c = this.candidate(ft, this.position(v.file, typeNode.startIndex), {
      id: `${pkg.path}.${name}{var}`,
      what: direct ? `the function-typed variable ${name}` : `the function-typed elements of ${name}`,
      struct: '',
      names: [name],
      container: !direct,
    });
    if (value && value !== made && value.type !== 'nil') {
      if (direct) c.sources.push({ file: v.file, node: value });
      else if (value.type === 'composite_literal' && value.childForFieldName('type') === null)
        c.blocks.push({
          reason: 'its initializer could not be followed',
          pos: this.position(v.file, value.startIndex),
        });
      else if (value.type === 'composite_literal')
        for (const e of value.childForFieldName('body')?.namedChildren ?? []) {
          if (e.type === 'comment') continue;
          const x = unwrap(e.type === 'keyed_element' ? e.namedChildren[1] : e);
          if (x) c.sources.push({ file: v.file, node: x });
        }
      else if (value.type !== 'call_expression' || value.childForFieldName('function')?.text !== 'make')
        c.blocks.push({
          reason: 'its initializer could not be followed',
          pos: this.position(v.file, value.startIndex),
        });
    }
    this.candidates.push(c);
    this.byVar.set(`${pkg.path}.${name}`, c);
    this.varNames.add(name);
    this.varNameLengths.add(name.length);
  }

  /** Whether an identifier (not a local name: the resolver asks only then) names a grouped package variable. */
  /** Whether some grouped package variable has the name `n` spells (wantsVar says whether it is one of them). */
  mayNameVar(n: SyntaxNode): boolean {
    // Asked for every name and selector the walk meets: the length first (a text is a new string, hashed to look up).
    const name = varNameNode(n);
    return !!name && this.varNameLengths.has(name.endIndex - name.startIndex) && this.varNames.has(name.text);
  }

  wantsVar(n: SyntaxNode, file: FileInfo, pkg = file.pkg.path): boolean {
    const name = varName(n);
    return this.varNames.has(name) && this.byVar.has(`${pkg}.${name}`);
  }

  /** `hook(args)` or `table[k](args)`: a call through a grouped package variable. */
  varCall(
    callee: SyntaxNode,
    name: SyntaxNode,
    fn: string | undefined,
    file: FileInfo,
    call: { kind: CallKind; args: ArgListFacts; pos: Position },
    pkg = file.pkg.path,
  ): void {
    const c = this.byVar.get(`${pkg}.${varName(name)}`)!;
    this.markSeen(file, name);
    this.callThrough(c, callee, fn, file, call);
  }

  /** Any other use of a grouped package variable. */
  varUse(n: SyntaxNode, file: FileInfo, pkg = file.pkg.path): void {
    const c = this.byVar.get(`${pkg}.${varName(n)}`)!;
    this.markSeen(file, n);
    const pos = this.position(file, n.startIndex);
    const parent = n.parent;
    if (!c.container) return this.use(c, n, undefined, file);
    // A container: its elements are what the group is about.
    if (parent?.type === 'index_expression' && parent.childForFieldName('operand')?.startIndex === n.startIndex) {
      const grand = parent.parent;
      if (grand?.type === 'call_expression' && grand.childForFieldName('function')?.startIndex === parent.startIndex)
        return; // the call itself was reported by varCall
      return this.use(c, parent, undefined, file);
    }
    const call = parent?.type === 'argument_list' ? parent.parent : undefined;
    const callee = call?.childForFieldName('function')?.text;
    if (callee === 'len' || callee === 'delete' || callee === 'cap') return;
    // `handlers = append(handlers, h)`: the appended values are stored.
    if (callee === 'append' && parent!.namedChildren[0]?.startIndex === n.startIndex) {
      const list = call!.parent;
      const assign = list?.parent;
      const left = assign?.childForFieldName('left')?.namedChildren ?? [];
      if (
        assign?.type === 'assignment_statement' &&
        assign.childForFieldName('operator')?.text === '=' &&
        left.length === 1 &&
        left[0].text === n.text &&
        !parent!.namedChildren.some((a) => a.type === 'variadic_argument')
      ) {
        for (const a of parent!.namedChildren.slice(1)) if (a.type !== 'comment') c.sources.push({ file, node: a });
        return;
      }
    }
    if (parent?.type === 'expression_list' && parent.parent?.type === 'assignment_statement') {
      const assign = parent.parent;
      const right = assign.childForFieldName('right');
      if (assign.childForFieldName('left')?.startIndex === parent.startIndex) {
        const r = right?.namedChildren ?? [];
        // The append above, or `table = nil`.
        if (r.length === 1 && (r[0].type === 'nil' || r[0].childForFieldName('function')?.text === 'append')) return;
      }
    }
    // `for name := range table` reads no function; `for name, f := range table` reads them into f, which joins the
    // group where the resolver declares it (as a variable of inferred type).
    if (parent?.type === 'range_clause' && (parent.childForFieldName('left')?.namedChildren.length ?? 0) <= 1) return;
    if (parent?.type === 'range_clause' && parent.childForFieldName('right')?.startIndex === n.startIndex)
      return void this.paramReads.set(key(file, n), {
        c,
        pos,
        reason: `${n.text} is ranged over with its elements read into something instrgen does not follow`,
      });
    c.blocks.push({
      reason: `${n.text} is used here for something else than calling, setting or counting its elements`,
      pos,
    });
  }

  /** Whether a parameter is one a group is about. */
  wantsParam(param: { fn: string; index: number }): boolean {
    return this.paramFns.has(param.fn) && this.byParam.has(`${param.fn}#${param.index}`);
  }

  /** A use of a grouped parameter inside its function: a call, a nil check, `p = v`, or a read to follow. */
  paramUse(
    n: SyntaxNode,
    param: { fn: string; index: number },
    fn: string | undefined,
    file: FileInfo,
    call?: { kind: CallKind; args: ArgListFacts; pos: Position },
  ): void {
    this.use(this.byParam.get(`${param.fn}#${param.index}`)!, n, fn, file, call);
  }

  /** Whether a local variable (the resolver's binding) is one a group is about. */
  wantsLocal(binding: object): boolean {
    return this.byLocal.has(binding);
  }

  /**
   * `var f func(...) [= v]` in a function body: a position of its own, whose uses the walk reports by binding.
   *   var rewriteVal func(val reflect.Value) reflect.Value
   *   rewriteVal = func(val reflect.Value) reflect.Value { ... }   // stored
   *   apply(rewriteVal, v)                                        // joins apply's parameter
   */
  localDecl(
    name: SyntaxNode,
    binding: object,
    typeNode: SyntaxNode,
    value: SyntaxNode | undefined,
    fn: string,
    file: FileInfo,
  ): void {
    const ft = this.functionType(typeNode, file);
    if (file.facts.generated || file.facts.ignored || name.text === '_' || !ft || takesContext(ft.fnType, ft.file))
      return;
    this.noteNamedUse(typeNode, file, ft);
    const c = this.candidate(ft, this.position(file, name.startIndex), {
      id: `${fn}{${name.text}@${file.lines.position(name.startIndex).line}}`,
      what: `the function-typed variable ${name.text} in ${fn.startsWith(`${file.pkg.path}.`) ? fn.slice(file.pkg.path.length + 1) : fn}`,
      struct: '',
      names: [name.text],
    });
    if (value) c.sources.push({ file, node: value });
    this.candidates.push(c);
    this.byLocal.set(binding, c);
  }

  /**
   * `f := g`, `h := t.run`, `op := ops[name]`, `f := func(...) {...}` in a function body (the resolver asks only for
   * a value that is a module function, a function literal or a read of a grouped position): a position whose type
   * is its value's, so it joins that value's group and its calls pass the context, with no type of its own to edit.
   *   h := c.run          // joins the group of command.run
   *   h(args)   →   h(__atel_child_tracing_ctx, args)
   */
  inferredLocal(name: SyntaxNode, binding: object, value: SyntaxNode, fn: string, file: FileInfo): void {
    if (file.facts.generated || file.facts.ignored || name.text === '_') return;
    const c: Candidate = {
      id: `${fn}{${name.text}@${file.lines.position(name.startIndex).line}}`,
      what: `the function-typed variable ${name.text} in ${fn.startsWith(`${file.pkg.path}.`) ? fn.slice(file.pkg.path.length + 1) : fn}`,
      struct: '',
      names: [name.text],
      file,
      typeNode: name,
      inferred: true,
      pos: this.position(file, name.startIndex),
      sources: [{ file, node: unwrapParens(value) }],
      calls: [],
      blocks: [],
    };
    this.candidates.push(c);
    this.byLocal.set(binding, c);
  }

  /** A method's receiver was declared: when it is a grouped named function type's, its binding is that position. */
  receiver(method: string, binding: (name: string) => object | undefined): void {
    const c = this.byReceiver.get(method);
    const b = c && c.names[0] !== '_' ? binding(c.names[0]) : undefined;
    if (b) this.byLocal.set(b, c!);
  }

  /**
   * `handler(f)`, `lib.Handler(f)`: a conversion to the named type `t` stores f in the type's group. Its value may go
   * where a value of the group may (a position of the group, or a call of one of the type's methods):
   *   HandlerFunc(home).serve(w)        // home is stored; serve's receiver is a position of the group
   */
  conversion(call: SyntaxNode, callee: SyntaxNode, args: SyntaxNode, t: TypeRef | undefined, file: FileInfo): void {
    const named = t?.k === 'named' ? this.namedTypes.get(`${t.pkg}.${t.name}`) : undefined;
    const list = args.namedChildren.filter((a) => a.type !== 'comment');
    if (!named || list.length !== 1) return;
    this.namedUses.add(key(file, callee));
    this.conversions.push({
      fnType: named.fnType,
      file,
      node: call,
      value: list[0],
      followed: this.callsMethodOf(call, named.methods),
    });
  }

  /** Whether `n` is the operand of a call of one of `methods` (`n.serve(w)`). */
  private callsMethodOf(n: SyntaxNode, methods: Map<string, string> | undefined): boolean {
    const sel = n.parent;
    return (
      sel?.type === 'selector_expression' &&
      sel.childForFieldName('operand')?.startIndex === n.startIndex &&
      methods?.has(sel.childForFieldName('field')?.text ?? '') === true &&
      sel.parent?.type === 'call_expression' &&
      sel.parent.childForFieldName('function')?.startIndex === sel.startIndex
    );
  }

  /** A use of a grouped local variable. */
  localUse(
    n: SyntaxNode,
    binding: object,
    fn: string | undefined,
    file: FileInfo,
    call?: { kind: CallKind; args: ArgListFacts; pos: Position },
  ): void {
    this.use(this.byLocal.get(binding)!, n, fn, file, call);
  }

  /** A use of a grouped parameter or variable (or a variable's element): a call, a nil check, `p = v`, or a read to follow. */
  private use(
    c: Candidate,
    n: SyntaxNode,
    fn: string | undefined,
    file: FileInfo,
    call?: { kind: CallKind; args: ArgListFacts; pos: Position },
  ): void {
    const pos = this.position(file, n.startIndex);
    if (call) return this.callThrough(c, n, fn, file, call);
    const parent = n.parent;
    const grand = parent?.parent;
    if (comparedWithNil(n)) return;
    // `h.serve(w)`: the value goes to the receiver of a method of its named type, a position of the same group.
    if (this.callsMethodOf(n, this.methodsOfType.get(key(c.file, c.typeNode)))) return;
    if (
      parent?.type === 'expression_list' &&
      (grand?.type === 'assignment_statement' || grand?.type === 'short_var_declaration') &&
      grand.childForFieldName('left')?.startIndex === parent.startIndex
    ) {
      // `f = v`, or `f, err := v, w` where := assigns the f declared before in the same scope.
      const left = parent.namedChildren;
      const right = grand.childForFieldName('right')?.namedChildren ?? [];
      const i = left.findIndex((x) => x.startIndex === n.startIndex);
      const plain = grand.type === 'short_var_declaration' || grand.childForFieldName('operator')?.text === '=';
      if (plain && left.length === right.length && i >= 0) return void c.sources.push({ file, node: right[i] });
      return void c.blocks.push({ reason: `${n.text} is assigned here from something instrgen does not follow`, pos });
    }
    this.paramReads.set(key(file, n), {
      c,
      pos,
      reason: 'its value is read here for something else than a call, a store in a group or a comparison with nil',
    });
  }

  /**
   * A call of module functions or methods `ids` (`direct`: a function by name, or a method of a known receiver): its
   * arguments are stored in their grouped parameters. A call through an interface or a method expression (whose first
   * argument is the receiver) is not followed.
   */
  callOf(ids: string[], args: SyntaxNode, file: FileInfo, direct: boolean): void {
    for (const id of ids)
      for (const c of this.parameterCandidatesOf(id)) {
        const list = args.namedChildren.filter((a) => a.type !== 'comment');
        const pos = this.position(file, args.startIndex);
        for (const i of c.indices!) {
          const arg = list[i];
          if (!direct || ids.length !== 1 || !arg || list.some((a) => a.type === 'variadic_argument'))
            c.blocks.push({ reason: 'a call passes it in a way instrgen does not follow', pos });
          else if (list.length === 1 && c.indices!.length + i > 1 && arg.type === 'call_expression')
            c.blocks.push({ reason: "a call passes it another call's results", pos });
          else if (file.facts.generated) c.blocks.push({ reason: 'it is passed from a generated file', pos });
          else c.sources.push({ file, node: arg });
        }
      }
  }

  /** The candidates that are parameters of `id` (every call of a module function asks: an index, not a scan). */
  private parameterCandidatesOf(id: string): Candidate[] {
    for (; this.byFnUpTo < this.candidates.length; this.byFnUpTo++) {
      const c = this.candidates[this.byFnUpTo];
      if (!c.fn) continue;
      const list = this.byFn.get(c.fn);
      if (list) list.push(c);
      else this.byFn.set(c.fn, [c]);
    }
    return this.byFn.get(id) ?? [];
  }

  private callThrough(
    c: Candidate,
    callee: SyntaxNode,
    fn: string | undefined,
    file: FileInfo,
    call: { kind: CallKind; args: ArgListFacts; pos: Position },
  ): void {
    if (file.facts.generated) return void c.blocks.push({ reason: 'it is called in a generated file', pos: call.pos });
    if (call.args.singleCallValues !== undefined && call.args.singleCallValues !== 1)
      return void c.blocks.push({ reason: "a call through it passes another call's results", pos: call.pos });
    c.calls.push({
      from: fn,
      targets: [],
      via: c.id,
      kind: call.kind,
      file: file.facts.path,
      pos: call.pos,
      args: call.args,
      callee: { start: callee.startIndex, end: callee.endIndex },
    });
  }

  /**
   * The candidates that are struct fields and not blocked yet. Only a group's first block is reported, so a candidate
   * blocked once needs no more: without this, every element of a large table whose type is unknown (Go's own unicode
   * and compiler tables) added a block with its position to every struct field candidate.
   */
  private structCandidatesUnblocked(): Candidate[] {
    // Blocks are only ever added, so the list shrinks: it is filtered again, and rebuilt only when candidates are added.
    if (this.unblockedFrom !== this.candidates.length) {
      this.unblockedStructs = this.candidates.filter((c) => c.struct);
      this.unblockedFrom = this.candidates.length;
    }
    this.unblockedStructs = this.unblockedStructs.filter((c) => !c.blocks.length);
    return this.unblockedStructs;
  }

  private unblockedStructs: Candidate[] = [];
  private unblockedFrom = -1;

  /** A candidate of function type `ft` at `pos`, its description naming the type when it is named, holding nothing yet. */
  private candidate(
    ft: { fnType: SyntaxNode; file: FileInfo; named?: string; kept?: { reason: string; pos: Position } },
    pos: Position,
    own: Pick<Candidate, 'id' | 'what' | 'struct' | 'names'> & Partial<Candidate>,
  ): Candidate {
    const what = `${own.what}${ft.named ? ` (of type ${ft.named})` : ''}`;
    const blocks = ft.kept ? [ft.kept] : [];
    return { ...own, what, file: ft.file, typeNode: ft.fnType, pos, sources: [], calls: [], blocks };
  }

  private markSeen(file: FileInfo, n: SyntaxNode): void {
    const path = file.facts.path;
    let at = this.seen.get(path);
    if (!at) this.seen.set(path, (at = new Set()));
    at.add(n.startIndex);
  }

  private wasSeen(file: FileInfo, n: SyntaxNode): boolean {
    return this.seen.get(file.facts.path)?.has(n.startIndex) ?? false;
  }

  private position(file: FileInfo, offset: number): Position {
    return { file: file.facts.path, ...file.lines.position(offset) };
  }

  private blockAll(name: string, reason: string, pos: Position): void {
    for (const c of this.byName.get(name) ?? []) if (!c.blocks.length) c.blocks.push({ reason, pos });
  }

  /** `x.f`, called (`call` set) or not, in the function `fn` (undefined at package level). */
  selector(
    n: SyntaxNode,
    owner: SelectorOwner,
    fn: string | undefined,
    file: FileInfo,
    call?: { kind: CallKind; args: ArgListFacts; pos: Position },
  ): void {
    const field = n.childForFieldName('field')!;
    const name = field.text;
    this.markSeen(file, n);
    const pos = this.position(file, field.startIndex);
    if (owner.k === 'other') return;
    if (owner.k === 'unknown') return this.blockAll(name, `the receiver of .${name} could not be worked out`, pos);
    const c = this.fieldOf(owner.type, name);
    if (c === 'other') return;
    if (!c) return this.blockAll(name, `.${name} selects a field whose struct could not be worked out`, pos);
    if (file.facts.generated) return void c.blocks.push({ reason: 'it is used in a generated file', pos });
    if (call) return this.callThrough(c, n, fn, file, call);
    const parent = n.parent;
    const grand = parent?.parent;
    if (comparedWithNil(n)) return;
    if (this.callsMethodOf(n, this.methodsOfType.get(key(c.file, c.typeNode)))) return;
    if (
      parent?.type === 'expression_list' &&
      grand?.type === 'assignment_statement' &&
      grand.childForFieldName('left')?.startIndex === parent.startIndex &&
      grand.childForFieldName('operator')?.text === '='
    ) {
      const left = parent.namedChildren;
      const right = grand.childForFieldName('right')?.namedChildren ?? [];
      const i = left.findIndex((x) => x.startIndex === n.startIndex);
      if (left.length === right.length && i >= 0) return void c.sources.push({ file, node: right[i] });
    }
    // Read: fine only where the value is stored in a group (`h := t.run`), which finish() works out.
    this.paramReads.set(key(file, n), {
      c,
      pos,
      reason: `its value is read here (.${name}) for something else than a call, a store or a comparison with nil`,
    });
  }

  /**
   * The group of field `name` of a value of type t; 'other' when it is a field that no group is about (declared by
   * that struct itself, or by a type outside the module); undefined when it may be a group's field, promoted or not.
   */
  private fieldOf(t: TypeRef | undefined, name: string): Candidate | 'other' | undefined {
    const base = deref(t);
    if (!base) return undefined;
    if (base.k === 'struct') return base.fields.embedded.length ? undefined : 'other';
    if (base.k !== 'named') return 'other';
    const info = this.q.typeInfo(base);
    if (!info) return this.packages.has(base.pkg) ? undefined : 'other';
    if (info.alias || info.kind !== 'struct') return undefined;
    const c = this.byField.get(`${base.pkg}.${base.name}|${name}`);
    if (c) return c;
    return structFields(info.typeNode, info.file.naming).named.has(name) ? 'other' : undefined;
  }

  /** A composite literal of type `written`: the values its elements store, down through elided inner literals. */
  composite(n: SyntaxNode, written: TypeRef | undefined, _fn: string | undefined, file: FileInfo): void {
    const body = n.childForFieldName('body');
    if (body) this.literalValue(body, written, file);
  }

  private literalValue(body: SyntaxNode, t: TypeRef | undefined, file: FileInfo): void {
    const u = this.q.underlying(deref(t) === t ? t : deref(t));
    const elements = body.namedChildren.filter((e) => e.type !== 'comment');
    if (u?.k === 'map' || u?.k === 'slice' || u?.k === 'array') {
      for (const e of elements) {
        if (e.type === 'keyed_element') {
          const [k, v] = e.namedChildren;
          // A basic literal key (`"name":`, `0:`) starts where no selector or identifier can: nothing asks for it.
          const at = unwrap(k) ?? k;
          if (at && !BASIC_LITERALS.has(at.type)) this.markSeen(file, at);
          if (u.k === 'map') this.innerLiteral(k, u.key, file);
          this.innerLiteral(v, u.elem, file);
        } else this.innerLiteral(e, u.elem, file);
      }
      return;
    }
    const base = deref(t);
    const struct = base?.k === 'named' ? this.q.typeInfo(base) : undefined;
    if (u?.k !== 'struct' && !(struct && struct.kind === 'struct')) {
      // A literal whose type cannot be worked out: what it stores may be in any group.
      for (const e of elements) {
        const k = e.type === 'keyed_element' ? unwrap(e.namedChildren[0]) : undefined;
        const v = unwrap(e.type === 'keyed_element' ? e.namedChildren[1] : e);
        if (k?.type === 'identifier' && this.byName.has(k.text)) {
          this.markSeen(file, k);
          this.blockAll(
            k.text,
            'a composite literal whose type could not be worked out sets it',
            this.position(file, e.startIndex),
          );
        }
        if (v?.type === 'func_literal' || v?.type === 'identifier' || v?.type === 'selector_expression')
          for (const c of this.structCandidatesUnblocked()) {
            if (!literalMaySetField(file.pkg.path, c.struct, c.names)) continue;
            const pos = this.position(file, e.startIndex);
            c.blocks.push({ reason: 'a composite literal whose type could not be worked out may set it', pos });
          }
        if (v?.type === 'literal_value') this.literalValue(v, undefined, file);
      }
      return;
    }
    const owner = base?.k === 'named' ? `${base.pkg}.${base.name}` : undefined;
    const names = this.q.fieldNamesInOrder(t);
    for (let i = 0; i < elements.length; i++) {
      const e = elements[i];
      const k = e.type === 'keyed_element' ? unwrap(e.namedChildren[0]) : undefined;
      const v = e.type === 'keyed_element' ? e.namedChildren[1] : e;
      const name = k ? k.text : names?.[i];
      if (k) this.markSeen(file, k);
      const c = owner && name ? this.byField.get(`${owner}|${name}`) : undefined;
      if (c) {
        if (file.facts.generated)
          c.blocks.push({ reason: 'it is set in a generated file', pos: this.position(file, e.startIndex) });
        else c.sources.push({ file, node: unwrap(v) ?? v });
      } else if (!name && !declaresOwnFields(t))
        for (const c2 of this.structCandidatesUnblocked())
          if ((!owner || c2.struct === owner) && literalMaySetField(file.pkg.path, c2.struct, c2.names))
            c2.blocks.push({
              reason: 'a struct literal whose fields could not be worked out may set it',
              pos: this.position(file, e.startIndex),
            });
      // The field's type only for a nested literal value, which is all inner looks at.
      const ft = name && unwrap(v)?.type === 'literal_value' ? this.q.member(t, name) : undefined;
      this.innerLiteral(v, ft?.k === 'field' ? ft.t : undefined, file);
    }
  }

  /** An element's value (or key) that is itself a literal value with its type elided: `{"a", f}` in `[]T{{"a", f}}`. */
  private innerLiteral(v: SyntaxNode | undefined, vt: TypeRef | undefined, file: FileInfo): void {
    const x = unwrap(v);
    if (x?.type === 'literal_value') this.literalValue(x, vt, file);
  }

  /** Once every file is walked: the groups that can change, and those that keep their type and why. */
  finish(
    values: ValueRef[],
    literals: FuncInfo[],
    funcs: (id: string) => FuncFacts | undefined,
    stdlibFlows: StdlibFlow[],
  ): FunctionGroups {
    const out: FunctionGroups = {
      funcs: [],
      interfaces: [],
      calls: [],
      stores: new Map(),
      literals: new Map(),
      blocked: [],
    };
    if (!this.candidates.length) return out;
    this.accountForEverySelector();
    // A struct handed to the standard library as a whole may be printed (`%#v` spells the field's type), encoded
    // (encoding/json names the type in its error) or walked by reflection: its fields keep their types.
    // (By struct: every flow against every candidate was a second of std+cmd.)
    const byStruct = new Map<string, Candidate[]>();
    for (const c of this.candidates) pushTo(byStruct, c.struct, c);
    for (const f of stdlibFlows)
      for (const c of byStruct.get(f.type) ?? [])
        c.blocks.push({
          reason: 'a value of its struct reaches the standard library, which may print or reflect on it',
          pos: f.pos,
        });
    // A parameter whose function is also a value would change that value's type.
    const candidatesOf = new Map<string, Candidate[]>();
    for (const c of this.candidates) if (c.fn) pushTo(candidatesOf, c.fn, c);
    for (const v of values)
      for (const c of candidatesOf.get(v.target) ?? [])
        c.blocks.push({ reason: `${funcs(v.target)?.name ?? v.target} is used as a ${v.form}`, pos: v.pos });

    // Groups: a parameter passed on, or stored, where another group's values go joins that group.
    const root = new Map<Candidate, Candidate>();
    const find = (c: Candidate): Candidate => {
      const r = root.get(c) ?? c;
      if (r === c) return c;
      const top = find(r);
      root.set(c, top);
      return top;
    };
    const valueAt = new Map(values.map((v) => [`${v.file}:${v.start}`, v]));
    const literalAt = new Map(literals.map((l) => [`${l.facts.file}:${l.facts.start}`, l.facts.id]));
    const members = new Map<Candidate, { ids: Set<string>; stores: string[]; literals: string[] }>();
    for (const c of this.candidates) members.set(c, { ids: new Set(), stores: [], literals: [] });
    // Conversions store their operand in a position of the type (all of them are one group, by its written type);
    // the converted value is a read unless a method of the type is called on it.
    for (const conv of this.conversions) {
      const rep = this.candidates.find((c) => c.typeNode === conv.fnType);
      if (!rep) continue;
      if (conv.file.facts.generated) {
        rep.blocks.push({
          reason: 'it is converted to in a generated file',
          pos: this.position(conv.file, conv.node.startIndex),
        });
        continue;
      }
      rep.sources.push({ file: conv.file, node: unwrapParens(unwrap(conv.value) ?? conv.value) });
      const name = conv.node.childForFieldName('function')?.text ?? '';
      if (!conv.followed)
        this.paramReads.set(key(conv.file, conv.node), {
          c: rep,
          pos: this.position(conv.file, conv.node.startIndex),
          reason: `a value converted to ${name} here is used for something else than a call of its methods or a store in a group`,
        });
    }
    for (const c of this.candidates)
      for (const { file, node } of c.sources) {
        const at = key(file, node);
        const read = this.paramReads.get(at);
        if (read) {
          this.paramReads.delete(at);
          this.joinedReads.add(at);
          const [a, b] = [find(c), find(read.c)];
          if (a !== b) root.set(a, b);
        }
      }
    for (const { c, pos, reason } of this.paramReads.values()) c.blocks.push({ reason, pos });
    for (const c of this.candidates) {
      const m = members.get(c)!;
      for (const { file, node } of c.sources) {
        const at = key(file, node);
        const pos = this.position(file, node.startIndex);
        if (node.type === 'nil' || this.isParamRead(at)) continue;
        if (node.type === 'func_literal' && literalAt.has(at)) {
          m.ids.add(literalAt.get(at)!);
          m.literals.push(literalAt.get(at)!);
          continue;
        }
        const v = valueAt.get(at);
        const f = v && funcs(v.target);
        if (v && v.end === node.endIndex && v.form === 'function value' && f?.kind === 'func' && !f.generic) {
          m.ids.add(v.target);
          m.stores.push(at);
          continue;
        }
        c.blocks.push({
          reason:
            v && v.form !== 'function value'
              ? `a ${v.form} is stored in it`
              : 'a value that is not a module function, a function literal or nil is stored in it',
          pos,
        });
      }
    }
    // Names declared with one type (`var a, b func()`) change with it together.
    const byTypeNode = new Map<string, Candidate>();
    for (const c of this.candidates) {
      const k = key(c.file, c.typeNode);
      const first = byTypeNode.get(k);
      if (!first) byTypeNode.set(k, c);
      else if (find(first) !== find(c)) root.set(find(c), find(first));
    }
    const unions = new Map<Candidate, Candidate[]>();
    for (const c of this.candidates) pushTo(unions, find(c), c);
    const editedBy = new Map<string, string>();
    for (const group of unions.values()) {
      const ids = new Set(group.flatMap((c) => [...members.get(c)!.ids]));
      const calls = group.flatMap((c) => c.calls);
      const blocker = group.find((c) => c.blocks.length);
      if (blocker) {
        const shown = group.find((c) => c.calls.length) ?? blocker;
        if (calls.length || ids.size)
          out.blocked.push({
            name: shown.what,
            pos: shown.pos,
            reason: `${blocker === shown ? '' : `it is passed on to ${blocker.what}, and `}${blocker.blocks[0].reason}`,
            at: blocker.blocks[0].pos,
            callers: calls.map((x) => x.from),
            members: [...ids],
          });
        continue;
      }
      if (!ids.size) continue;
      // Variables of inferred type that hold only literals and are only called: a literal called there already
      // takes the context it captures, so the group would change nothing a trace shows.
      const literalsOnly = group.every(
        (c) => c.inferred && members.get(c)!.literals.length === members.get(c)!.ids.size,
      );
      if (literalsOnly) continue;
      // Every position of the group changes, or the values that flow between them would not fit.
      // A variable of inferred type has no type to edit: it takes the shape of a function it holds.
      const shape = funcs([...ids][0]);
      if (!shape && group.some((c) => c.inferred)) continue;
      for (const c of group) {
        const fnType = c.typeNode;
        const params = fnType.childForFieldName('parameters');
        const result = fnType.childForFieldName('result');
        const pkg = c.file.pkg;
        const label = c.struct
          ? `${c.struct.slice(c.struct.lastIndexOf('.') + 1)}.${c.names[0]}`
          : `${funcs(c.fn!)?.name}(${c.names[0]})`;
        const iface = `${c.id}{}`;
        const typeKey = key(c.file, fnType);
        const typeEditedBy = c.inferred ? [...ids][0] : editedBy.get(typeKey);
        if (!typeEditedBy) editedBy.set(typeKey, c.id);
        out.funcs.push({
          id: c.id,
          kind: 'interface-method',
          pkg: pkg.path,
          pkgName: pkg.name,
          name: label,
          shortName: c.names[0],
          file: c.file.facts.path,
          pos: c.pos,
          start: fnType.startIndex,
          end: fnType.endIndex,
          recvType: c.struct ? c.struct.slice(c.struct.lastIndexOf('.') + 1) : funcs(c.fn!)?.name,
          params: c.inferred ? shape!.params : paramListFacts(params!),
          results: c.inferred ? shape!.results : resultTypes(result, c.file.naming).length,
          resultText: c.inferred ? shape!.resultText : (result?.text ?? ''),
          generic: false,
          ignore: false,
          entry: false,
          linked: false,
          iface,
          group: c.what,
          ...(c.fn ? { groupParamOf: c.fn } : {}),
          ...(typeEditedBy ? { typeEditedBy } : {}),
          ...(c.oneLine ? { oneLineStruct: c.oneLine } : {}),
        });
        out.interfaces.push({
          id: iface,
          methods: new Map([[c.names[0], c.id]]),
          implementations: new Map([[c.names[0], [...ids]]]),
        });
        for (const call of c.calls) out.calls.push({ ...call, targets: [...ids] });
        members.get(c)!.stores.forEach((st) => out.stores.set(st, c.id));
        members.get(c)!.literals.forEach((l) => out.literals.set(l, c.id));
      }
    }
    return out;
  }

  private isParamRead(at: string): boolean {
    return this.joinedReads.has(at);
  }

  /** Every use of an exported grouped variable in a file importing its package must have been accounted for by the walk. */
  private accountForImportedVars(
    file: FileInfo,
    exported: Map<string, Map<string, Candidate>>,
    nodes: () => FileNodes,
  ): void {
    for (const path of file.dotImports)
      for (const c of exported.get(path)?.values() ?? [])
        c.blocks.push({
          reason: 'its package is dot-imported, where instrgen does not follow its uses',
          pos: this.position(file, 0),
        });
    if (![...file.imports.values()].some((path) => exported.has(path))) return;
    for (const n of nodes().qualified) {
      const q = n.type === 'selector_expression' ? n.childForFieldName('operand') : n.childForFieldName('package');
      const path =
        q && (q.type === 'identifier' || q.type === 'package_identifier') ? file.imports.get(q.text) : undefined;
      const c = path !== undefined ? exported.get(path)?.get(varName(n)) : undefined;
      if (c && !this.wasSeen(file, n))
        c.blocks.push({
          reason: `${n.text} is used where instrgen does not follow it`,
          pos: this.position(file, n.startIndex),
        });
    }
  }

  /** Every selector and keyed element naming a group's field, and every use of a grouped package variable, must have been accounted for by the walk. */
  private accountForEverySelector(): void {
    // A named function type changes only if its name appears nowhere but in its declaration and the positions of its
    // group: a conversion (`handler(f)`), a receiver, a result or a composite type would see the old type.
    for (const [id, t] of this.namedTypes) {
      const group = this.candidates.filter((c) => c.typeNode === t.fnType);
      if (!group.length) continue;
      const reason = `its type ${id.slice(id.lastIndexOf('.') + 1)} is named here, where instrgen does not follow it`;
      const block = (file: FileInfo, n: SyntaxNode) => {
        for (const c of group) c.blocks.push({ reason, pos: this.position(file, n.startIndex) });
      };
      const own = t.file.pkg;
      // (A file whose text does not hold the name has no identifier of it: not walked.)
      search: for (const file of own.files) {
        if (!file.facts.text.includes(t.name)) continue;
        for (const n of file.tree.rootNode.descendantsOfType(['identifier', 'type_identifier'])) {
          // The length first: most names differ in it, and a name's text is a new string at each ask.
          if (n.endIndex - n.startIndex !== t.name.length || n.text !== t.name || this.namedUses.has(key(file, n)))
            continue;
          block(file, n);
          break search;
        }
      }
      if (!isExported(t.name) || group[0].blocks.length) continue;
      // An exported one: other packages name it `lib.Handler`, as a type or (a conversion) as a value.
      search: for (const pkg of this.packages.values())
        for (const file of pkg.files) {
          if (pkg === own) continue;
          if (file.dotImports.includes(own.path)) {
            block(file, file.tree.rootNode);
            break search;
          }
          if (![...file.imports.values()].includes(own.path) || !file.facts.text.includes(t.name)) continue;
          for (const n of file.tree.rootNode.descendantsOfType(['qualified_type', 'selector_expression'])) {
            const q =
              n.type === 'selector_expression' ? n.childForFieldName('operand') : n.childForFieldName('package');
            if (varName(n) !== t.name || !q || file.imports.get(q.text) !== own.path) continue;
            if (this.namedUses.has(key(file, n))) continue;
            block(file, n);
            break search;
          }
        }
    }
    // Exported variables, by package path: other packages name them `lib.Hooks` (or misparsed as a qualified type).
    const exported = new Map<string, Map<string, Candidate>>();
    for (const [id, c] of this.byVar)
      if (isExported(c.names[0])) {
        const path = id.slice(0, id.length - c.names[0].length - 1);
        exported.set(path, (exported.get(path) ?? new Map()).set(c.names[0], c));
      }
    // The grouped variables of each package (`<pkg>.<name>{var}`), found once, not once per file among all of them.
    const varsOf = new Map<string, Candidate[]>();
    for (const c of this.byVar.values()) {
      const own = `.${c.names[0]}{var}`;
      if (c.id.endsWith(own))
        varsOf.set(c.id.slice(0, -own.length), [...(varsOf.get(c.id.slice(0, -own.length)) ?? []), c]);
    }
    for (const pkg of this.packages.values()) {
      const vars = varsOf.get(pkg.path) ?? [];
      // The first of them by name (as a search of the list finds it), for every identifier of the package's files.
      const varNamed = new Map<string, Candidate>();
      for (const c of vars) if (!varNamed.has(c.names[0])) varNamed.set(c.names[0], c);
      for (const file of pkg.files) {
        // The nodes the passes below look at, found in one walk of the file (each pass walked it on its own).
        let found: FileNodes | undefined;
        const nodes = () => (found ??= fileNodes(file.tree.rootNode, vars.length > 0));
        if (exported.size) this.accountForImportedVars(file, exported, nodes);
        if (vars.length)
          // `table[name](x)` parses as a conversion to a generic type (`table` a type_identifier): not followed.
          for (const id of nodes().identifiers) {
            const c = varNamed.get(id.text);
            if (!c || this.wasSeen(file, id)) continue;
            const p = id.parent;
            const decl =
              p?.type === 'var_spec' ? (p.parent?.type === 'var_spec_list' ? p.parent.parent : p.parent) : undefined;
            if (decl?.parent?.type === 'source_file') continue; // its declaration
            if (
              p?.type === 'literal_element' &&
              p.parent?.type === 'keyed_element' &&
              p.parent.namedChildren[0]?.startIndex === p.startIndex
            )
              continue; // a field name in a keyed literal
            c.blocks.push({
              reason: `${id.text} is used where instrgen does not follow it`,
              pos: this.position(file, id.startIndex),
            });
          }
        for (const s of nodes().selectors) {
          const name = s.childForFieldName('field')?.text ?? '';
          if (this.byName.has(name) && !this.wasSeen(file, s))
            this.blockAll(
              name,
              `.${name} is selected where instrgen does not follow it`,
              this.position(file, s.startIndex),
            );
        }
        for (const e of nodes().keyed) {
          const k = unwrap(e.namedChildren[0]);
          if (k?.type === 'identifier' && this.byName.has(k.text) && !this.wasSeen(file, k))
            this.blockAll(
              k.text,
              `${k.text}: is set where instrgen does not follow it`,
              this.position(file, k.startIndex),
            );
        }
      }
    }
  }
}

/** The nodes of a file that accountForEverySelector checks, each list in source order. */
interface FileNodes {
  /** selector_expression and qualified_type */
  qualified: SyntaxNode[];
  selectors: SyntaxNode[];
  keyed: SyntaxNode[];
  /** identifier and type_identifier, when asked for */
  identifiers: SyntaxNode[];
}

function fileNodes(root: SyntaxNode, withIdentifiers: boolean): FileNodes {
  const out: FileNodes = { qualified: [], selectors: [], keyed: [], identifiers: [] };
  const types = ['selector_expression', 'qualified_type', 'keyed_element'];
  if (withIdentifiers) types.push('identifier', 'type_identifier');
  for (const n of root.descendantsOfType(types)) {
    const t = n.type;
    if (t === 'selector_expression') {
      out.qualified.push(n);
      out.selectors.push(n);
    } else if (t === 'qualified_type') out.qualified.push(n);
    else if (t === 'keyed_element') out.keyed.push(n);
    else out.identifiers.push(n);
  }
  return out;
}

/** A function type with a `context.Context` parameter (the file's name for package context). */
function takesContext(fnType: SyntaxNode, file: FileInfo): boolean {
  const params = fnType.childForFieldName('parameters');
  return (params?.namedChildren ?? []).some((d) => {
    const t = d.childForFieldName('type');
    return (
      t?.type === 'qualified_type' &&
      file.imports.get(t.childForFieldName('package')?.text ?? '') === 'context' &&
      t.childForFieldName('name')?.text === 'Context'
    );
  });
}

/** The expression a composite literal element holds (`literal_element` wraps it). */
function unwrap(n: SyntaxNode | undefined | null): SyntaxNode | undefined {
  if (!n) return undefined;
  return n.type === 'literal_element' ? (n.namedChildren[0] ?? undefined) : n;
}

/** The module types whose method set satisfies a standard library interface (→ the first of them). */
function stdlibSatisfiers(q: TypeQueries): Map<string, string> {
  return new Map(
    q.methodSets().flatMap((m) => (m.stdlibInterfaces.length ? [[m.type, byFamiliarity(m.stdlibInterfaces)[0]]] : [])),
  );
}

/** The node of varName's name: the field of a selector, the name of a qualified type, else `n` itself. */
function varNameNode(n: SyntaxNode): SyntaxNode | null {
  if (n.type === 'selector_expression') return n.childForFieldName('field');
  if (n.type === 'qualified_type') return n.childForFieldName('name');
  return n;
}

/** The name of a package variable as written: `hooks`, `lib.Hooks` (a selector, or a qualified type where misparsed). */
function varName(n: SyntaxNode): string {
  if (n.type === 'selector_expression') return n.childForFieldName('field')?.text ?? '';
  if (n.type === 'qualified_type') return n.childForFieldName('name')?.text ?? '';
  return n.text;
}

/** The expression inside parentheses: `(g)` stores g. */
function unwrapParens(n: SyntaxNode): SyntaxNode {
  while (n.type === 'parenthesized_expression' && n.namedChildren.length === 1) n = n.namedChildren[0];
  return n;
}

/** Whether `n` is an operand of `== nil` or `!= nil`, which a changed function type does not change. */
function comparedWithNil(n: SyntaxNode): boolean {
  const parent = n.parent;
  if (parent?.type !== 'binary_expression') return false;
  const op = parent.childForFieldName('operator')?.text;
  const other = parent.namedChildren.find((x) => x.startIndex !== n.startIndex);
  return (op === '==' || op === '!=') && other?.type === 'nil';
}

function pushTo<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
