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
  rtlib: (path: string) => `__atel_rtlib "${path}"`,
};
export const RTLIB_QUALIFIER = '__atel_rtlib';
/** Put on the line before `os.Exit` and `log.Fatal`, which skip deferred calls: ends and exports open spans. */
export const END_ALL = '__atel_rtlib.EndAll()';

/**
 * The import declaration inject adds, after the file's last import (one line when it holds one import). Its specs
 * are sorted by import path as gofmt sorts them (byte order), so a runtime library path that sorts before
 * go.opentelemetry.io/otel comes before it:
 *   import (__atel_context "context"; __atel_rtlib "go.opentelemetry.io/contrib/instrgen/rtlib"; __atel_otel "go.opentelemetry.io/otel")
 * `inOrderGiven` spells the specs as given: earlier versions wrote them unsorted, and prune still recognises that.
 */
export function importDeclText(specs: string[], nl: string, inOrderGiven = false): string {
  const ordered = inOrderGiven ? specs : [...specs].sort((a, b) => Buffer.compare(Buffer.from(importPathOf(a)), Buffer.from(importPathOf(b))));
  if (ordered.length === 1) return `${nl}${nl}import ${ordered[0]}`;
  return `${nl}${nl}import (${nl}${ordered.map((s) => `\t${s}${nl}`).join('')})`;
}

/** The path of an import spec as written here (`name "path"`): what gofmt sorts by. */
function importPathOf(spec: string): string {
  return spec.slice(spec.indexOf('"'));
}

/** Opens a span named `name` for tracer `tracer` from context expression `parent`. */
export function spanLines(tracer: string, name: string, parent: string, assignBackTo?: string): string[] {
  return [
    `${CHILD_CTX}, __atel_span := __atel_otel.Tracer(${JSON.stringify(tracer)}).Start(${parent}, ${JSON.stringify(name)})`,
    assignBackTo ? `${assignBackTo} = ${CHILD_CTX}` : `_ = ${CHILD_CTX}`,
    'defer __atel_span.End()',
  ];
}

/** The tracing bootstrap a root gets; `q` is the qualifier of the runtime library with its dot (`rtlib.`), or ''. */
export function bootstrapLines(q: string, tracer: string, name: string): string[] {
  return [
    `__atel_ts := ${q}NewTracingState()`,
    `defer ${q}Shutdown(__atel_ts)`,
    '__atel_otel.SetTracerProvider(__atel_ts.Tp)',
    `__atel_ctx := ${BACKGROUND_CTX}`,
    ...spanLines(tracer, name, '__atel_ctx'),
  ];
}

/** Statement lines inject adds at the top of bodies (matched as whole lines, after the newline before them). */
export const ADDED_LINE = new RegExp(
  String.raw`\r?\n[ \t]*(?:__atel_ts := (?:[\w.]+\.)?NewTracingState\(\)|defer (?:[\w.]+\.)?Shutdown\(__atel_ts\)|__atel_otel\.SetTracerProvider\(__atel_ts\.Tp\)|__atel_ctx := __atel_context\.Background\(\)|__atel_child_tracing_ctx, __atel_span := __atel_otel\.Tracer\("[^"\n]*"\)\.Start\([^\n]*\)|[A-Za-z_]\w* = __atel_child_tracing_ctx|__atel_rtlib\.EndAll\(\)|defer __atel_span\.End\(\)(?: //instrgen:oneline)?)(?=\r?\n)`,
  'g',
);

/** Parameter and argument forms inject adds after `(`, with what prune puts back. */
export const ADDED_AFTER_PAREN: Array<{ re: RegExp; replace: string }> = [
  { re: /\((?:__atel_tracing_ctx __atel_context\.Context|__atel_child_tracing_ctx|__atel_tracing_ctx|__atel_context\.TODO\(\)|__atel_context\.Background\(\))\)/g, replace: '()' },
  { re: /\((?:__atel_tracing_ctx __atel_context\.Context|__atel_context\.Context|__atel_child_tracing_ctx|__atel_tracing_ctx|__atel_context\.TODO\(\)|__atel_context\.Background\(\)), /g, replace: '(' },
  // A comment on the `(` line stays there (group 1).
  { re: /\(([ \t]*\/\/[^\r\n]*)?\r?\n[ \t]*(?:__atel_tracing_ctx __atel_context\.Context|__atel_context\.Context|__atel_child_tracing_ctx|__atel_tracing_ctx|__atel_context\.TODO\(\)|__atel_context\.Background\(\)),(?=\r?\n)/g, replace: '($1' },
];

/**
 * Names inject gives unnamed parameters when it adds the context parameter, since Go wants all or none named:
 *   func ForNamed(*types.Named) *List   →   func ForNamed(__atel_tracing_ctx __atel_context.Context, __atel_u0 *types.Named) *List
 */
export const unnamedParamName = (i: number) => `__atel_u${i}`;
export const UNNAMED_PARAM_NAME = /\b__atel_u\d+ /g;

/** A `_` context parameter inject named so that the span can start from it. */
export const RENAMED_BLANK_CTX = /\b__atel_tracing_ctx(?= (?!__atel_context\.)[A-Za-z_]\w*\.Context\b)/g;

/**
 * A closure that stands where a changed function is used as a value, so the value keeps its old type and calls
 * the function with the context in scope; gofmt keeps it on one line while header and statement fit 100 columns:
 *   strings.Map(rot13, s)
 *   strings.Map(func(__atel_p0 rune) rune { return rot13(__atel_child_tracing_ctx, __atel_p0) }, s)
 */
export function adapterText(fn: string, paramTypes: string[], resultText: string, ctx: string, indent: string, nl: string): string {
  const params = paramTypes.map((t, i) => `__atel_p${i} ${t}`).join(', ');
  const args = paramTypes.map((t, i) => `, __atel_p${i}${t.startsWith('...') ? '...' : ''}`).join('');
  return closureText(`func(${params})${resultText ? ` ${resultText}` : ''}`, `${resultText ? 'return ' : ''}${fn}(${ctx}${args})`, indent, nl);
}

/**
 * The adapter for a method expression: the receiver comes first, as the method expression's type says.
 *   sumBy(orders, (*Order).Units)
 *   sumBy(orders, func(__atel_p0 *Order) int { return __atel_p0.Units(__atel_child_tracing_ctx) })
 */
export function methodExprAdapterText(recvType: string, method: string, paramTypes: string[], resultText: string, ctx: string, indent: string, nl: string): string {
  const params = [`__atel_p0 ${recvType}`, ...paramTypes.map((t, i) => `__atel_p${i + 1} ${t}`)].join(', ');
  const args = paramTypes.map((t, i) => `, __atel_p${i + 1}${t.startsWith('...') ? '...' : ''}`).join('');
  return closureText(`func(${params})${resultText ? ` ${resultText}` : ''}`, `${resultText ? 'return ' : ''}__atel_p0.${method}(${ctx}${args})`, indent, nl);
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
  paramTypes: string[],
  resultText: string,
  ctx: string,
  indent: string,
  nl: string,
): string {
  const result = resultText ? ` ${resultText}` : '';
  const params = paramTypes.map((t, i) => `__atel_p${i} ${t}`).join(', ');
  const args = paramTypes.map((t, i) => `, __atel_p${i}${t.startsWith('...') ? '...' : ''}`).join('');
  const inner = closureText(`func(${params})${result}`, `${resultText ? 'return ' : ''}__atel_r.${method}(${ctx}${args})`, `${indent}\t`, nl);
  const outer = `func(__atel_r ${recv.typeText}) func(${paramTypes.join(', ')})${result}`;
  const body = inner.includes('\n') ? `${outer} {${nl}${indent}\treturn ${inner}${nl}${indent}}` : closureText(outer, `return ${inner}`, indent, nl);
  return `${body}(${recv.bind}${recv.operand})`;
}

/** gofmt keeps a function literal on one line while its header and statement fit in 100 columns. */
function closureText(header: string, stmt: string, indent: string, nl: string): string {
  return [...header].length + [...stmt].length <= 100 ? `${header} { ${stmt} }` : `${header} {${nl}${indent}\t${stmt}${nl}${indent}}`;
}

/** A method expression adapter inject wrote: groups are the star, the receiver type and the method. */
export const METHOD_EXPR_ADAPTER = /func\(__atel_p0 (\*?)([A-Za-z_][\w.]*)(?:, __atel_p1 [^\r\n]*?)?\)(?: [^\r\n{]*?)? \{(?: |\r?\n[ \t]*)(?:return )?__atel_p0\.([A-Za-z_]\w*)\((?:__atel_child_tracing_ctx|__atel_context\.TODO\(\))(?:, __atel_p\d+(?:\.\.\.)?)*\)(?: |\r?\n[ \t]*)\}/g;

/** A method value adapter inject wrote: groups are the method, the bound operand's `&` or `*`, and the operand. */
export const METHOD_VALUE_ADAPTER = /func\(__atel_r [^\r\n{]*?\) func\([^\r\n{]*?\)(?: [^\r\n{]*?)? \{(?: |\r?\n[ \t]*)return func\((?:__atel_p0 [^\r\n]*?)?\)(?: [^\r\n{]*?)? \{(?: |\r?\n[ \t]*)(?:return )?__atel_r\.([A-Za-z_]\w*)\((?:__atel_child_tracing_ctx|__atel_context\.TODO\(\))(?:, __atel_p\d+(?:\.\.\.)?)*\)(?: |\r?\n[ \t]*)\}(?: |\r?\n[ \t]*)\}\(([&*]?)([^\s()&*]+)\)/g;

/** An adapter closure inject wrote; group 1 is the function it stands for. */
export const ADAPTER = /func\((?:__atel_p0 [^\r\n]*?)?\)(?: [^\r\n{]*?)? \{(?: |\r?\n[ \t]*)(?:return )?((?!__atel_p\d|__atel_r\.)[A-Za-z_][\w.]*)\((?:__atel_child_tracing_ctx|__atel_context\.TODO\(\))(?:, __atel_p\d+(?:\.\.\.)?)*\)(?: |\r?\n[ \t]*)\}/g;
