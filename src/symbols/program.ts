// The plain data the symbols phase hands on: files, functions, call sites and other references, with offsets.
import { Position } from '../diagnostics/diagnostic';
import type { MethodShape } from '../stdlib/interfaces';
import type { FunctionGroups } from './functionGroups';

/** What later phases know of one Go file. Offsets are UTF-16 code units of `text`. */
export interface FileFacts {
  path: string;
  /** The name `go build -trimpath` gives the file, when it differs from the module path and path (joined modules). */
  goPath?: string;
  dir: string;
  /** Import path of the file's package (`example.com/app/geo`, or `..._test` for an external test package). */
  pkg: string;
  pkgName: string;
  text: string;
  eol: '\n' | '\r\n';
  /** `// Code generated ... DO NOT EDIT.`: never edited. */
  generated: boolean;
  /** `//instrgen:ignore` in the package comment: no function of the file is instrumented. */
  ignored: boolean;
  /** Offset where new import declarations go: after the last import declaration, else after the package clause. */
  importInsertAt: number;
  /** The qualifier under which this file imports the package declaring AutotelEntryPoint ('' for a dot import). */
  rtlibQualifier?: string;
  isTest: boolean;
  /** Qualifier → import path of the file's named imports. */
  imports: Record<string, string>;
  /** Every import path of the file, blank and dot imports included: what it links. */
  importPaths: string[];
}

export interface ParamListFacts {
  /** Offset of `(` and of `)`. */
  open: number;
  close: number;
  /** Number of parameter declarations (`a, b int` is one declaration). */
  count: number;
  /** Number of parameters (`a, b int` is two). */
  arity: number;
  /** The last parameter is variadic. */
  variadic: boolean;
  /** Each parameter's type as written (`...int` for a variadic one), one entry per parameter. */
  types: string[];
  /** True when the parameters have no names (`func(int, string)`). */
  unnamed: boolean;
  /** Offset of each parameter declaration. */
  starts: number[];
  /** Offset of the first parameter declaration when it starts on a later line than `(`. */
  firstOnNewLine?: number;
}

export interface BodyFacts {
  /** Offsets of `{` and `}`. */
  open: number;
  close: number;
  /** Indentation of the body's statements. */
  indent: string;
  /** `{` and `}` on one line: `func f() int { return 1 }`. */
  oneLine: boolean;
  /** End of the signature before `{`, for declarations: gofmt's alignment padding lies between. */
  sigEnd?: number;
  /** In a one-line body, what separates its statements (`; `): opened up, each goes on its own line. */
  stmtBreaks?: Array<{ start: number; end: number }>;
}

export type FuncKind = 'func' | 'method' | 'literal' | 'interface-method';

export interface FuncFacts {
  /** Go-style id: `example.com/app.main`, `example.com/app/geo.(*Point).Translate`, `example.com/app.main$1`. */
  id: string;
  kind: FuncKind;
  pkg: string;
  pkgName: string;
  /** Name as Go prints it inside its package: `fib`, `Point.Area`, `(*Point).Translate`, `main$1`. */
  name: string;
  /** The method name alone for methods, the function name for functions. */
  shortName: string;
  file: string;
  pos: Position;
  /** Offset of the declaration's start (its `func` keyword) and of its end. */
  start: number;
  end: number;
  /** Receiver type name for methods (`Point`); for interface methods, the interface name. */
  recvType?: string;
  params: ParamListFacts;
  /** Number of results; -1 when unknown. */
  results: number;
  /** The result list as written (`int`, `(int, error)`), '' when none. */
  resultText: string;
  /** Declared with type parameters (or a method of a generic type). */
  generic: boolean;
  /** An existing `context.Context` parameter: its name (`ctx`, `_`, or '' when unnamed) and offsets of the name. */
  ctxParam?: { name: string; nameStart: number; nameEnd: number; index: number };
  /** An `*http.Request` parameter (name '_' when it has none) and its index: a handler's span starts from its Context. */
  requestParam?: { name: string; index: number };
  body?: BodyFacts;
  /** Directives in the comment above the declaration. */
  ignore: boolean;
  entry: boolean;
  /** `//go:linkname` or `//export` (cgo): the signature is fixed by something outside Go's view. */
  linked: boolean;
  /** For literals: the id of the function whose body holds it, and how it is used. */
  enclosing?: string;
  /** The id of the method's interface for interface methods. */
  iface?: string;
  /** The body calls AutotelEntryPoint: the offset of that call. */
  entryCall?: number;
  /** For the pseudo method of a function-typed field or parameter (src/symbols/functionGroups.ts): what it stands for. */
  group?: string;
  /** For the pseudo method of a function-typed parameter: the function declaring it, whose signature changes with it. */
  groupParamOf?: string;
  /**
   * For a position declared with a named function type (`fn handler`): the pseudo method whose edit changes that
   * type's declaration; this one adds no edit of its own, or the type would gain the context twice.
   */
  typeEditedBy?: string;
  /**
   * For a field declared in a one-line struct (`struct{ run func() }`): its braces and the field's offsets, and the
   * indentation of the line. gofmt keeps such a struct on one line only while its field is short.
   */
  oneLineStruct?: { open: number; close: number; fieldStart: number; fieldEnd: number; indent: string };
}

export type CallKind = 'call' | 'go' | 'defer';

export interface ArgListFacts {
  open: number;
  close: number;
  count: number;
  firstOnNewLine?: number;
  /** The only argument is a call: how many values it yields (1, or n > 1; -1 when unknown). */
  singleCallValues?: number;
  /** With singleCallValues other than 1: import qualifiers of the file that local names shadow at the call. */
  shadowed?: string[];
  /** Each argument's offsets, and whether it is the literal `nil`. */
  items?: Array<{ start: number; end: number; nil: boolean }>;
}

/** A call expression whose callee is a function or method declared in the module. */
export interface CallSite {
  /** The innermost function (declaration or literal) holding the call; undefined at package level. */
  from?: string;
  /** Candidate callees: one for a static call, every implementation for an interface method call. */
  targets: string[];
  /** The interface method id when the call goes through an interface. */
  via?: string;
  /** The operand is a value of the module interface type itself (not a struct embedding it, nor a type parameter). */
  ifaceOperand?: boolean;
  kind: CallKind;
  file: string;
  pos: Position;
  args: ArgListFacts;
  /** Offsets of the callee expression (`f`, `pkg.F`, `x.M`). */
  callee?: { start: number; end: number };
  /** A method call on a type or interface of another package of the module: see CrossPackageMethodCall. */
  crossPackage?: CrossPackageMethodCall;
}

/**
 * A method call `x.M(args)` whose method (or interface) is declared in another package of the module: the qualifier
 * under which the call's file names that package where the call is ('' through a dot import; undefined when the file
 * does not import it, or a local name shadows it there), and, for a method declared on x's own (non-generic) type,
 * how x becomes the receiver: as written, `&x` (a pointer method on an addressable value) or `*x` (a value method
 * through a pointer). Undefined bind: promoted, or the type is unknown.
 */
export interface CrossPackageMethodCall {
  qualifier?: string;
  bind?: '' | '&' | '*';
  /**
   * The method is promoted into x's type, x is a pointer to a struct, and the method's type is embedded by value
   * along the way (at the shallowest depth, once): x's method set holds the method, and the twin promoted with it.
   */
  promoted?: boolean;
}

/** A reference to a module function that is not a direct call: the function is used as a value. */
export interface ValueRef {
  from?: string;
  target: string;
  file: string;
  pos: Position;
  start: number;
  end: number;
  form: 'function value' | 'method value' | 'method expression';
  /** Import qualifiers of the file that local names shadow where the value is used (an adapter cannot spell them). */
  shadowed: string[];
  /** For a method value `x.M`: how an adapter binds the receiver when the value is made, or why it cannot. */
  receiver?: ReceiverBinding | { unbindable: string };
}

/**
 * A method value's receiver as an adapter binds it: Go evaluates (and for value receivers copies) `x` when `x.M`
 * is evaluated, so the adapter takes it as an argument there instead of capturing the variable.
 *   f := p.Move
 *   f := func(__atel_r *Point) func(int) { return func(__atel_p0 int) { __atel_r.Move(ctx, __atel_p0) } }(&p)
 */
export interface ReceiverBinding {
  /** The operand `x` as written. */
  operand: string;
  /** `&` when a pointer method is taken from an addressable value, `*` when a value method from a pointer. */
  bind: '' | '&' | '*';
  /** The receiver parameter's type as the using file spells it: `*Point`, `geo.Point`. */
  typeText: string;
}

/** A method call or selector whose receiver type could not be worked out. */
export interface UnresolvedRef {
  from?: string;
  name: string;
  file: string;
  pos: Position;
  /**
   * The only module methods it may select, when its receiver's type is one that files for different build targets
   * declare differently (each declaration's methods); otherwise every module method of that name counts.
   */
  candidates?: string[];
}

/** A statement that ends the program without running deferred calls: `os.Exit(n)`, `log.Fatal(...)`. */
export interface ExitCall {
  from?: string;
  file: string;
  /** Offset of the statement, which starts its line, and the line's indentation. */
  stmtStart: number;
  indent: string;
  /**
   * The argument to wrap when an argument calls something (or receives): the end of open spans must come after
   * it is evaluated. `code` for os.Exit's int, `value` for log.Fatal*'s last variadic argument. Undefined when no
   * argument calls anything, or when the last one cannot be wrapped (`args...`, Fatalf's lone format).
   */
  wrap?: { start: number; end: number; kind: 'code' | 'value' };
}

export interface InterfaceFacts {
  /** `example.com/app.Shape` */
  id: string;
  /** Method name → interface method id `(example.com/app.Shape).Area`. */
  methods: Map<string, string>;
  /** Method name → ids of the implementing methods in the module. */
  implementations: Map<string, string[]>;
  /**
   * Standard library types with every method of the interface (names, result counts and the result types that can
   * be compared; the table has no parameters): worked out only for interfaces that values from outside may enter.
   */
  stdlibCandidates?: string[];
}

/**
 * An interface type written out where it is used rather than declared by name (`x.(interface{ Name() string })`, a
 * parameter `w interface{ Flush() error }`, a constraint): module types may satisfy it without anything naming them.
 */
export interface LiteralInterface {
  pos: Position;
  /** The interface as written, on one line. */
  text: string;
  /** Its explicit methods with parameter and result counts (embedded interfaces are left out, which only widens the match). */
  methods: MethodShape[];
}

/** The type of a value that flows into a module interface, as far as it can be worked out. */
export type FlowSource =
  /** A named type of the module (`example.com/app.Buffer`), value or pointer. */
  | { k: 'module'; type: string }
  /** A value of another module interface. */
  | { k: 'iface'; iface: string }
  /** A concrete type from outside the module, as Go prints it (`*bufio.Writer`). */
  | { k: 'outside'; type: string }
  /** A value of an interface from outside the module (`io.Writer`, `any`, a written-out one): any type may be inside. */
  | { k: 'outside-iface'; type: string }
  | { k: 'unknown' };

/**
 * A place where a value may enter a module interface: a conversion, assignment, argument, result, composite
 * literal element or channel send (`assigned`), a type assertion or type switch to the interface (`asserted`), or
 * one from the interface to a concrete type (`holds`: the source is a type the interface's values can be).
 */
export interface InterfaceFlow {
  iface: string;
  source: FlowSource;
  how: 'assigned' | 'asserted' | 'holds';
  pos: Position;
}

/** A value of a module type handed to code outside the module, where that code's interfaces may call its methods. */
export interface StdlibFlow {
  /** The function holding the code; undefined at package level. */
  from?: string;
  /** The module type (`example.com/app.counter`), pointer or not. */
  type: string;
  pos: Position;
  /** Returned as a standard library interface: its methods are called after the function returns, if at all. */
  returned?: boolean;
}

/**
 * A call in module code through a value of a standard library interface type (`n.Pos()` on an ast.Node,
 * `err.Error()`), or such a value handed to the standard library (`fmt.Println(err)`): a module method that sees no
 * context may run below it on the same goroutine. `methods` names the methods that may run; undefined for any.
 */
export interface InterfaceHandOff {
  from: string;
  pos: Position;
  methods?: string[];
  /**
   * The call is through a value of an interface the module writes out (`case interface{ Pos() token.Pos }:` then
   * `pos.Pos()`): the method names of that interface literal (src/plan/literalInterfaceHandOffs.ts).
   */
  literal?: string[];
}

/**
 * A module function or method value handed as an argument to a function outside the module (`ast.Inspect(f,
 * c.visit)`, `filepath.Walk(root, visit)`, `once.Do(p.build)`), not in a `go` statement: that code may call it back
 * below `from`, on its goroutine (src/plan/funcValueHandOffs.ts).
 */
export interface FuncValueHandOff {
  from: string;
  targets: string[];
  pos: Position;
}

/** A module function stored into a variable of a package outside the module: `flag.Usage = usage`. */
export interface PackageVarStore {
  pkg: string;
  /** The variable, `flag.Usage`. */
  variable: string;
  targets: string[];
  pos: Position;
}

/** A module function's first call into a package outside the module (`flag.Parse()`, `flag.Usage()`). */
export interface PackageCall {
  from: string;
  pkg: string;
  pos: Position;
}

/**
 * A call through a function value the tool cannot follow, not in a `go` statement: a type-asserted one
 * (`v[0].(func(interface{}, []interface{}) interface{})(x, args)`), or methods called by name through reflection
 * (`v.MethodByName(name)`, `v.Method(i)`, a template's Execute). Whatever it calls runs below `from`, on its
 * goroutine (src/plan/dynamicCallHandOffs.ts).
 */
export interface DynamicCall {
  from: string;
  pos: Position;
}

/** A module method the standard library may call through one of its interfaces, reached where a value of its type enters. */
export interface StdlibEntry {
  from: string;
  target: string;
  /** The standard library interfaces of the type that have the method (`net/http.Handler`). */
  interfaces: string[];
  pos: Position;
  /** The method sees no context: its span's parent is the span of `from`, lent while it runs (src/plan/handOff.ts). */
  handOff?: boolean;
  /** The value is returned (`return c` as an ast.Visitor): the method runs after `from` returns, which lends nothing. */
  returned?: boolean;
  /** The function is stored in this variable of the package `from` calls into (`flag.Usage`, called by flag.Parse). */
  storedIn?: string;
}

export interface Program {
  modulePath: string;
  files: Map<string, FileFacts>;
  /** Function id → its declarations (several when build-tagged files declare the same function). */
  funcs: Map<string, FuncFacts[]>;
  calls: CallSite[];
  values: ValueRef[];
  unresolved: UnresolvedRef[];
  exits: ExitCall[];
  interfaces: InterfaceFacts[];
  /**
   * Every named non-interface type of the module with its method set (promoted methods included): name → method id,
   * and the standard library interfaces it satisfies (names, counts and result types compared).
   */
  methodSets: Array<{ type: string; methods: Map<string, string>; stdlibInterfaces: string[] }>;
  /** Interface types with methods that the module writes out instead of naming: in assertions, parameters, fields, constraints. */
  literalInterfaces: LiteralInterface[];
  /** Import path of the package that declares AutotelEntryPoint when it is part of the module. */
  rtlibPackage?: string;
  /** Where values enter module interfaces, and of which types. */
  interfaceFlows: InterfaceFlow[];
  /** Methods the standard library may call through its interfaces, from where values of their types reach it. */
  stdlibEntries: StdlibEntry[];
  /** Calls through standard library interface values, and such values handed to it (src/plan/handOff.ts). */
  interfaceHandOffs?: InterfaceHandOff[];
  /** Module function values handed to code outside the module as arguments (src/plan/funcValueHandOffs.ts). */
  funcValueHandOffs?: FuncValueHandOff[];
  /** Calls through function values the tool cannot follow (src/plan/dynamicCallHandOffs.ts). */
  dynamicCalls?: DynamicCall[];
  /**
   * Exported methods that reflection may call by name or index (`MethodByName`, `Method(i)`, a template's Execute),
   * method id → the call and where a value of the type enters reflection (`type` '' when every type counts).
   */
  reflectedMethods: Map<string, { what: string; call: Position; enters: Position; type: string }>;
  /**
   * Uses of module functions as values (`<file>:<offset>` of the ValueRef) that may reach something observing the
   * function's identity (reflect, runtime.FuncForPC, fmt): the observer and where the value reaches it.
   */
  observedValues: Map<string, { what: string; pos: Position }>;
  /** Function-typed fields: stores that need no adapter, literals that take the context, groups that keep their type. */
  functionGroups?: Pick<FunctionGroups, 'stores' | 'literals' | 'blocked'>;
}
