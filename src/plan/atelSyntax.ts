// The exact Go text instrgen adds, in one place, so that inject writes it and prune recognises it byte for byte.

export const CTX_PARAM = '__atel_tracing_ctx';
export const CHILD_CTX = '__atel_child_tracing_ctx';
export const CTX_TYPE = '__atel_context.Context';
export const TODO_CTX = '__atel_context.TODO()';
export const BACKGROUND_CTX = '__atel_context.Background()';
export const ONE_LINE_MARK = ' //instrgen:oneline';
/** A one-line body opened because it grew past gofmt's 100 columns: `{ //instrgen:oneline` and a statement a line. */
export const OPENED_BODY = /\{[ \t]*\/\/instrgen:oneline((?:\r?\n(?![ \t]*\})[^\r\n]*)+)\r?\n[ \t]*\}/g;

export const IMPORTS = {
  context: '__atel_context "context"',
  otel: '__atel_otel "go.opentelemetry.io/otel"',
  attribute: '__atel_attribute "go.opentelemetry.io/otel/attribute"',
  codes: '__atel_codes "go.opentelemetry.io/otel/codes"',
  trace: '__atel_trace "go.opentelemetry.io/otel/trace"',
  rtlib: (path: string) => `__atel_rtlib "${path}"`,
};
export const RTLIB_QUALIFIER = '__atel_rtlib';
/** Put on the line before `os.Exit` and `log.Fatal`, which skip deferred calls: ends and exports open spans. */
export const END_ALL = '__atel_rtlib.EndAll()';
/** Wrappers of an exit call's last argument, for arguments that call something (see ExitCall.wrap). */
export const END_ALL_THEN = { code: '__atel_rtlib.EndAllThenCode(', value: '__atel_rtlib.EndAllThen(' } as const;

/**
 * The wrapper around a context argument of a function that reuses its own context parameter, so that its span is
 * parented by the caller's span when the context the program passes carries none (rtlib/parent.go):
 *   cleanup(context.Background())   →   cleanup(__atel_rtlib.WithParentSpan(context.Background(), __atel_child_tracing_ctx))
 */
export const WITH_PARENT_SPAN = { open: '__atel_rtlib.WithParentSpan(', close: ', __atel_child_tracing_ctx)' } as const;
/**
 * Hand-offs (src/plan/handOff.ts, rtlib/handoff.go): the line a function that hands a module value to the standard
 * library puts before its span's end, lending its span's context to its goroutine until it returns; and the parent
 * of the span of a method the standard library calls back, which sees no context of its own:
 *   defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
 *   __atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.byAge.Less")
 */
export const HAND_OFF_LINE = 'defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))';
export const handOffParent = (ctx: string) => `__atel_rtlib.HandOffParent(${ctx})`;
/** What an unreached function passes instead of TODO_CTX where a hand-off may lend it a span: no longer, so laid out alike. */
export const LENT_CTX = '__atel_rtlib.Lent()';
/** Span start lines with HAND_OFF_LINE before the last (the span's end, deferred first so that it runs last). */
export const withHandOffLine = (lines: string[]) => [...lines.slice(0, -1), HAND_OFF_LINE, ...lines.slice(-1)];
/** The parent context of a handler's span: its request's context, nil-safe (rtlib/parent.go). */
export const requestContext = (request: string) => `__atel_rtlib.RequestContext(${request})`;
/**
 * The parent of a handler literal's span: the span in its request's context (a server span), else the enclosing
 * function's, where the handler was made:
 *   mux.HandleFunc("/health", func(w http.ResponseWriter, r *http.Request) {
 *   	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.WithParentSpan(__atel_rtlib.RequestContext(r), __atel_child_tracing_ctx), "main.main$1")
 */
/**
 * The context an adapter closure for a handler function passes: the span of the request it serves (a server span),
 * else the span where the handler was registered:
 *   mux.HandleFunc("/", hello)
 *   mux.HandleFunc("/", func(__atel_p0 http.ResponseWriter, __atel_p1 *http.Request) { hello(__atel_rtlib.WithParentSpan(__atel_rtlib.RequestContext(__atel_p1), __atel_child_tracing_ctx), __atel_p0, __atel_p1) })
 */
export const handlerAdapterContext = (requestIndex: number) =>
  `${WITH_PARENT_SPAN.open}${requestContext(`__atel_p${requestIndex}`)}${WITH_PARENT_SPAN.close}`;
export const literalHandlerParent = (request: string) =>
  `${WITH_PARENT_SPAN.open}${requestContext(request)}${WITH_PARENT_SPAN.close}`;

/**
 * The import declaration inject adds, after the file's last import (one line when it holds one import). Its specs
 * are sorted by import path as gofmt sorts them (byte order), so a runtime library path that sorts before
 * go.opentelemetry.io/otel comes before it:
 *   import (__atel_context "context"; __atel_rtlib "go.opentelemetry.io/contrib/instrgen/rtlib"; __atel_otel "go.opentelemetry.io/otel")
 * `inOrderGiven` spells the specs as given: earlier versions wrote them unsorted, and prune still recognises that.
 */
export function importDeclText(specs: string[], nl: string, inOrderGiven = false): string {
  const ordered = inOrderGiven
    ? specs
    : [...specs].sort((a, b) => Buffer.compare(Buffer.from(importPathOf(a)), Buffer.from(importPathOf(b))));
  if (ordered.length === 1) return `${nl}${nl}import ${ordered[0]}`;
  return `${nl}${nl}import (${nl}${ordered.map((s) => `\t${s}${nl}`).join('')})`;
}

/** The path of an import spec as written here (`name "path"`): what gofmt sorts by. */
function importPathOf(spec: string): string {
  return spec.slice(spec.indexOf('"'));
}

/** The package-level tracer every span of a package starts from: one `otel.Tracer` lookup per package, at init. */
export const TRACER_VAR = '__atel_tracer';

/**
 * How one function's span starts: `tracer` is `__atel_tracer`, or the per-call `__atel_otel.Tracer("pkg")` where a
 * package has no file to hold the tracer; `errResult` names the result the span's error status comes from.
 */
export interface SpanStart {
  tracer: string;
  name: string;
  errResult?: string;
}

/** The per-call tracer expression, for packages without a file every build compiles. */
export const perCallTracer = (pkg: string) => `__atel_otel.Tracer(${JSON.stringify(pkg)})`;

/**
 * Opens a span from context expression `parent`. The span gets no attributes here: its `code.*` attributes are
 * registered once per function (codeDecl) and the runtime library's exporters write them, so that a span costs what
 * the SDK's start and end cost. A function returning an error ends its span through the package's helper, which
 * reads the result once the function has returned (after the user's own deferred calls):
 *   func load(path string) error {
 *   func load(__atel_tracing_ctx __atel_context.Context, path string) (__atel_err error) {  ...  defer __atel_end(__atel_span, &__atel_err)
 */
export function spanLines(start: SpanStart, parent: string, assignBackTo?: string): string[] {
  return [
    `${CHILD_CTX}, __atel_span := ${start.tracer}.Start(${parent}, ${JSON.stringify(start.name)})`,
    assignBackTo ? `${assignBackTo} = ${CHILD_CTX}` : `_ = ${CHILD_CTX}`,
    start.errResult ? `defer ${END_HELPER}(__atel_span, &${start.errResult})` : 'defer __atel_span.End()',
  ];
}

/** The tracing bootstrap a root gets; `q` is the qualifier of the runtime library with its dot (`rtlib.`), or ''. */
export function bootstrapLines(q: string, start: SpanStart): string[] {
  return [
    `__atel_ts := ${q}NewTracingState()`,
    `defer ${q}Shutdown(__atel_ts)`,
    '__atel_otel.SetTracerProvider(__atel_ts.Tp)',
    `__atel_ctx := ${BACKGROUND_CTX}`,
    ...spanLines(start, '__atel_ctx'),
  ];
}

/** Where a function is, as the semconv v1.7.0 `code.*` attributes say it, with the scope and name of its spans. */
export interface CodeLocation {
  scope: string;
  span: string;
  function: string;
  namespace: string;
  filepath: string;
  lineno: number;
}

/** The package-level declaration of the tracer. */
export const tracerDecl = (pkg: string) => `var ${TRACER_VAR} = __atel_otel.Tracer(${JSON.stringify(pkg)})`;

/**
 * A function's code location, registered with the runtime library once, at package initialisation; its exporters
 * put the `code.*` attributes on the function's spans (known by scope and span name) as they write them:
 *   var __atel_code_leaf = __atel_rtlib.Code("example.com/app", "main.leaf", "leaf", "example.com/app", "example.com/app/main.go", 25)
 */
export function codeDecl(name: string, at: CodeLocation): string {
  const args = [at.scope, at.span, at.function, at.namespace, at.filepath].map((a) => JSON.stringify(a));
  return `var ${name} = ${RTLIB_QUALIFIER}.Code(${args.join(', ')}, ${at.lineno})`;
}

/** Names of the code location variables: `__atel_code_` and the function's name with `(*`, `)` dropped, `.` and `$` as `_`. */
export const CODE_VAR_PREFIX = '__atel_code_';

/** The helper that ends a span of a function returning an error (one per package, next to the tracer). */
export const END_HELPER = '__atel_end';

/**
 * The helper's text. It reads the error through a pointer when the function has returned (after the user's own
 * deferred calls, which may change it), and calls Error only on a recording span. A user's Error method may panic
 * (a nil pointer in an interface): the status is set before it runs, and the panic is recovered inside the helper,
 * so the program never notices; a panic already under way passes through untouched, since only a function deferred
 * by the panicking one can recover it.
 */
export function endHelperText(nl: string): string {
  return [
    `// ${END_HELPER} ends a span, recording a non-nil error as its error and status (added by instrgen).`,
    `func ${END_HELPER}(span __atel_trace.Span, err *error) {`,
    '\tdefer span.End()',
    '\tif e := *err; e != nil && span.IsRecording() {',
    '\t\tspan.SetStatus(__atel_codes.Error, "")',
    '\t\tdefer func() { _ = recover() }()',
    '\t\tspan.SetStatus(__atel_codes.Error, e.Error())',
    '\t\tspan.RecordError(e)',
    '\t}',
    '}',
  ].join(nl);
}

/**
 * Package-level declarations go at the end of a file, each after a blank line and before the file's last line
 * break, so that prune takes each out as `<blank line><declaration>` whether or not the file ends with a newline.
 */
export const packageDeclUnit = (decl: string, nl: string) => `${nl}${nl}${decl}`;

/**
 * The one-line package-level declarations inject appends, each with the blank line before it (and the attribute
 * variables earlier versions declared, which spans set per call).
 */
export const PACKAGE_DECL_LINE = new RegExp(
  String.raw`\r?\n\r?\n(?:var __atel_tracer = __atel_otel\.Tracer\("[^"\r\n]*"\)|var __atel_code_[\p{L}\p{Nd}_]+ = __atel_rtlib\.Code\((?:"(?:[^"\\\r\n]|\\.)*", ){5}\d+\)|var __atel_attrs_[\p{L}\p{Nd}_]+ = \[\]__atel_attribute\.KeyValue\{[^\r\n]*\})(?=\r?\n|$)`,
  'gu',
);

/**
 * Result names inject gives so that the span can see the returned error (Go wants all results named or none):
 *   (int, error)  →  (__atel_ret0 int, __atel_ret1 error);   error  →  (__atel_err error);   (n int, _ error)  →  (n int, __atel_blank error)
 */
export const resultName = (i: number) => `__atel_ret${i}`;
export const RESULT_NAME = /\b__atel_ret\d+ /g;
export const SINGLE_ERROR_RESULT = { named: '(__atel_err error)', re: /\(__atel_err error\)/g, replace: 'error' };
export const BLANK_ERROR_RESULT = { name: '__atel_blank', re: /\b__atel_blank\b/g, replace: '_' };

/** Statement lines inject adds at the top of bodies (matched as whole lines, after the newline before them). */
export const ADDED_LINE = new RegExp(
  String.raw`\r?\n[ \t]*(?:__atel_ts := (?:[\p{L}\p{Nd}_.]+\.)?NewTracingState\(\)|defer (?:[\p{L}\p{Nd}_.]+\.)?Shutdown\(__atel_ts\)|__atel_otel\.SetTracerProvider\(__atel_ts\.Tp\)|__atel_ctx := __atel_context\.Background\(\)|__atel_child_tracing_ctx, __atel_span := (?:__atel_otel\.Tracer\("[^"\n]*"\)|__atel_tracer)\.Start\([^\n]*\)|__atel_span\.SetAttributes\(__atel_attrs_[\p{L}\p{Nd}_]+\.\.\.\)|[\p{L}_][\p{L}\p{Nd}_]* = __atel_child_tracing_ctx|__atel_rtlib\.EndAll\(\)|defer __atel_rtlib\.HandBack\(__atel_rtlib\.HandOff\(__atel_child_tracing_ctx\)\)|(?:defer __atel_span\.End\(\)|defer __atel_end\(__atel_span, &[\p{L}\p{Nd}_]+\))(?: //instrgen:oneline)?)(?=\r?\n)`,
  'gu',
);

/**
 * Parameter and argument forms inject adds after `(`, with what prune puts back (an unreached function's call passes
 * `__atel_rtlib.Lent()` where a hand-off may lend it a span, src/plan/dynamicCallHandOffs.ts).
 */
export const ADDED_AFTER_PAREN: Array<{ re: RegExp; replace: string }> = [
  {
    re: /\((?:__atel_tracing_ctx __atel_context\.Context|__atel_child_tracing_ctx|__atel_tracing_ctx|__atel_context\.TODO\(\)|__atel_rtlib\.Lent\(\)|__atel_context\.Background\(\))\)/g,
    replace: '()',
  },
  {
    re: /\((?:__atel_tracing_ctx __atel_context\.Context|__atel_context\.Context|__atel_child_tracing_ctx|__atel_tracing_ctx|__atel_context\.TODO\(\)|__atel_rtlib\.Lent\(\)|__atel_context\.Background\(\)), /g,
    replace: '(',
  },
  // A comment on the `(` line stays there (group 1).
  {
    re: /\(([ \t]*\/\/[^\r\n]*)?\r?\n[ \t]*(?:__atel_tracing_ctx __atel_context\.Context|__atel_context\.Context|__atel_child_tracing_ctx|__atel_tracing_ctx|__atel_context\.TODO\(\)|__atel_rtlib\.Lent\(\)|__atel_context\.Background\(\)),(?=\r?\n)/g,
    replace: '($1',
  },
];

/**
 * Names inject gives unnamed parameters when it adds the context parameter, since Go wants all or none named:
 *   func ForNamed(*types.Named) *List   →   func ForNamed(__atel_tracing_ctx __atel_context.Context, __atel_u0 *types.Named) *List
 */
export const unnamedParamName = (i: number) => `__atel_u${i}`;
export const UNNAMED_PARAM_NAME = /\b__atel_u\d+ /g;

/** A `_` context parameter inject named so that the span can start from it. */
export const RENAMED_BLANK_CTX = /\b__atel_tracing_ctx(?= (?!__atel_context\.)[A-Za-z_]\w*\.Context\b)/g;

/** What every adapter closure is made of: the value's parameter types and result, the context it passes, the layout. */
export interface AdapterShape {
  paramTypes: string[];
  resultText: string;
  ctx: string;
  /** Indentation of the line the adapter starts on, and the file's line break. */
  indent: string;
  nl: string;
}

/**
 * A closure that stands where a changed function is used as a value, so the value keeps its old type and calls
 * the function with the context in scope; gofmt keeps it on one line while header and statement fit 100 columns:
 *   strings.Map(rot13, s)
 *   strings.Map(func(__atel_p0 rune) rune { return rot13(__atel_child_tracing_ctx, __atel_p0) }, s)
 */
export function adapterText(fn: string, { paramTypes, resultText, ctx, indent, nl }: AdapterShape): string {
  const { params, args } = forwardedParams(paramTypes, 0);
  return forwardingClosure(params, resultText, `${fn}(${ctx}${args})`, indent, nl);
}

/**
 * The adapter for a method expression: the receiver comes first, as the method expression's type says.
 *   sumBy(orders, (*Order).Units)
 *   sumBy(orders, func(__atel_p0 *Order) int { return __atel_p0.Units(__atel_child_tracing_ctx) })
 */
export function methodExprAdapterText(
  recvType: string,
  method: string,
  { paramTypes, resultText, ctx, indent, nl }: AdapterShape,
): string {
  const { params, args } = forwardedParams(paramTypes, 1);
  const call = `__atel_p0.${method}(${ctx}${args})`;
  return forwardingClosure([`__atel_p0 ${recvType}`, ...params], resultText, call, indent, nl);
}

/**
 * The adapter for a method value: an outer closure, called where the value was made, binds the receiver as Go
 * does; the closure it returns has the method value's type and calls the method with the context.
 *   f := p.Move
 *   f := func(__atel_r *Point) func(int) { return func(__atel_p0 int) { __atel_r.Move(__atel_child_tracing_ctx, __atel_p0) } }(&p)
 */
export function methodValueAdapterText(
  recv: { operand: string; bind: string; typeText: string },
  method: string,
  { paramTypes, resultText, ctx, indent, nl }: AdapterShape,
): string {
  const { params, args } = forwardedParams(paramTypes, 0);
  const inner = forwardingClosure(params, resultText, `__atel_r.${method}(${ctx}${args})`, `${indent}\t`, nl);
  const outer = `func(__atel_r ${recv.typeText}) func(${paramTypes.join(', ')})${resultText ? ` ${resultText}` : ''}`;
  const body = inner.includes('\n')
    ? `${outer} {${nl}${indent}\treturn ${inner}${nl}${indent}}`
    : closureText(outer, `return ${inner}`, indent, nl);
  return `${body}(${recv.bind}${recv.operand})`;
}

/**
 * An adapter's parameters `__atel_p<i> T`, numbered from `first`, and the arguments that pass them on after the
 * context (a variadic one spread): `, __atel_p0, __atel_p1...`.
 */
function forwardedParams(paramTypes: string[], first: number): { params: string[]; args: string } {
  return {
    params: paramTypes.map((t, i) => `__atel_p${i + first} ${t}`),
    args: paramTypes.map((t, i) => `, __atel_p${i + first}${t.startsWith('...') ? '...' : ''}`).join(''),
  };
}

/** The closure `func(params) result { return call }` (no `return` without a result), laid out as gofmt would. */
function forwardingClosure(params: string[], resultText: string, call: string, indent: string, nl: string): string {
  return closureText(
    `func(${params.join(', ')})${resultText ? ` ${resultText}` : ''}`,
    `${resultText ? 'return ' : ''}${call}`,
    indent,
    nl,
  );
}

/** gofmt keeps a function literal on one line while its header and statement fit in 100 columns. */
function closureText(header: string, stmt: string, indent: string, nl: string): string {
  return [...header].length + [...stmt].length <= 100
    ? `${header} { ${stmt} }`
    : `${header} {${nl}${indent}\t${stmt}${nl}${indent}}`;
}

/** A method expression adapter inject wrote: groups are the star, the receiver type and the method. */
export const METHOD_EXPR_ADAPTER =
  /func\(__atel_p0 (\*?)([A-Za-z_][\w.]*)(?:, __atel_p1 [^\r\n]*?)?\)(?: [^\r\n{]*?)? \{(?: |\r?\n[ \t]*)(?:return )?__atel_p0\.([A-Za-z_]\w*)\((?:__atel_child_tracing_ctx|__atel_context\.TODO\(\)|__atel_rtlib\.Lent\(\)|__atel_rtlib\.WithParentSpan\(__atel_rtlib\.RequestContext\(__atel_p\d+\), __atel_child_tracing_ctx\))(?:, __atel_p\d+(?:\.\.\.)?)*\)(?: |\r?\n[ \t]*)\}/g;

/** A method value adapter inject wrote: groups are the method, the bound operand's `&` or `*`, and the operand. */
export const METHOD_VALUE_ADAPTER =
  /func\(__atel_r [^\r\n{]*?\) func\([^\r\n{]*?\)(?: [^\r\n{]*?)? \{(?: |\r?\n[ \t]*)return func\((?:__atel_p0 [^\r\n]*?)?\)(?: [^\r\n{]*?)? \{(?: |\r?\n[ \t]*)(?:return )?__atel_r\.([A-Za-z_]\w*)\((?:__atel_child_tracing_ctx|__atel_context\.TODO\(\)|__atel_rtlib\.Lent\(\)|__atel_rtlib\.WithParentSpan\(__atel_rtlib\.RequestContext\(__atel_p\d+\), __atel_child_tracing_ctx\))(?:, __atel_p\d+(?:\.\.\.)?)*\)(?: |\r?\n[ \t]*)\}(?: |\r?\n[ \t]*)\}\(([&*]?)([^\s()&*]+)\)/g;

/** An adapter closure inject wrote; group 1 is the function it stands for. */
export const ADAPTER =
  /func\((?:__atel_p0 [^\r\n]*?)?\)(?: [^\r\n{]*?)? \{(?: |\r?\n[ \t]*)(?:return )?((?!__atel_p\d|__atel_r\.)[A-Za-z_][\w.]*)\((?:__atel_child_tracing_ctx|__atel_context\.TODO\(\)|__atel_rtlib\.Lent\(\)|__atel_rtlib\.WithParentSpan\(__atel_rtlib\.RequestContext\(__atel_p\d+\), __atel_child_tracing_ctx\))(?:, __atel_p\d+(?:\.\.\.)?)*\)(?: |\r?\n[ \t]*)\}/g;

/**
 * Twins of kept functions: `F` keeps its signature and delegates to `__atel_twin_F`, which takes the context first
 * and holds the body; same-package direct calls from instrumented code call the twin. The prefix is distinct from
 * every other name inject writes, so that prune takes it off wherever it appears.
 */
export const TWIN_PREFIX = '__atel_twin_';
export const TWIN_NAME = /\b__atel_twin_(?=[\p{L}_])/gu;

/**
 * The kept function, written above its twin: its signature as written (unnamed or blank receiver and parameters
 * named, so that they can be passed on), a body that calls the twin with a new root context, and a blank line.
 */
export function twinWrapperText(signature: string, call: string, returns: boolean, nl: string): string {
  return `${signature} {${nl}\t${returns ? 'return ' : ''}${call}${nl}}${nl}${nl}`;
}

/** The body of a wrapper as twinWrapperText writes it, up to the blank line; prune looks back for its `func` line. */
export const TWIN_WRAPPER_BODY = new RegExp(
  String.raw` \{\r?\n\t(?:return )?(?:[\p{L}_][\p{L}\p{Nd}_]*\.)?__atel_twin_[\p{L}\p{Nd}_]+(?:\[[^\r\n]*\])?\(__atel_context\.Background\(\)[^\r\n]*\)\r?\n\}\r?\n\r?\n(?=func )`,
  'gu',
);
