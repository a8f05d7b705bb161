// Planning prune: the edits that take out everything inject added, recognised by its exact text.
import { TextEdit } from '../edit/edit';
import { literalEnd } from './goLiterals';
import {
  ADAPTER,
  ADDED_AFTER_PAREN,
  ADDED_LINE,
  BLANK_ERROR_RESULT,
  END_ALL_THEN,
  endHelperText,
  IMPORTS,
  METHOD_EXPR_ADAPTER,
  METHOD_VALUE_ADAPTER,
  importDeclText,
  ONE_LINE_MARK,
  OPENED_BODY,
  PACKAGE_DECL_LINE,
  packageDeclUnit,
  RENAMED_BLANK_CTX,
  RESULT_NAME,
  SINGLE_ERROR_RESULT,
  TWIN_NAME,
  TWIN_WRAPPER_BODY,
  UNNAMED_PARAM_NAME,
  WITH_PARENT_SPAN,
} from './atelSyntax';
import { DISPATCH_CALL, DISPATCH_DECL } from './twinDispatch';
import {
  FORWARDED_FUNC_NAME,
  FORWARDER_IMPORTS,
  forwardedCallPruneEdits,
  forwarderDeclPruneEdits,
} from './twinForwarders';

/** A prune edit: [start, end) becomes newText. */
function pruneEdit(start: number, end: number, newText: string, message: string): TextEdit {
  return { start, end, newText, kind: 'prune', message };
}

/** A prune edit replacing the whole of a match. */
function matchEdit(m: RegExpMatchArray, newText: string, message: string): TextEdit {
  return pruneEdit(m.index!, m.index! + m[0].length, newText, message);
}

/**
 * Prune is planned in two rounds, applied one after the other: statement lines first (they contain the argument
 * forms of round two), then parameters, arguments and imports.
 */
export function planPruneLines(text: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const m of text.matchAll(ADAPTER)) edits.push(matchEdit(m, m[1], `put back ${m[1]} for its adapter`));
  for (const m of text.matchAll(METHOD_VALUE_ADAPTER)) {
    const value = `${m[3]}.${m[1]}`;
    edits.push(matchEdit(m, value, `put back ${value} for its adapter`));
  }
  for (const m of text.matchAll(METHOD_EXPR_ADAPTER)) {
    const expr = m[1] ? `(*${m[2]}).${m[3]}` : `${m[2]}.${m[3]}`;
    edits.push(matchEdit(m, expr, `put back ${expr} for its adapter`));
  }
  // A kept function's delegate above its twin goes, from its `func` line to the blank line after it; the twin's
  // name loses its prefix in round two.
  for (const m of text.matchAll(TWIN_WRAPPER_BODY)) {
    const start = text.lastIndexOf('\nfunc ', m.index!) + 1;
    edits.push(pruneEdit(start, m.index! + m[0].length, '', 'remove the delegate of a twin'));
  }
  // So do the exported forwarders written after delegates (src/plan/twinForwarders.ts).
  for (const e of forwarderDeclPruneEdits(text)) edits.push(pruneEdit(e.start, e.end, '', 'remove a twin forwarder'));
  // The dispatch helpers of kept interfaces go (src/plan/twinDispatch.ts); their calls are unwrapped in round two.
  for (const m of text.matchAll(DISPATCH_DECL)) edits.push(matchEdit(m, '', 'remove a dispatch helper'));
  // `os.Exit(__atel_rtlib.EndAllThenCode(code()))` goes back to `os.Exit(code())`.
  for (const prefix of Object.values(END_ALL_THEN))
    for (let at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + prefix.length)) {
      const close = closingParenAt(text, at + prefix.length - 1);
      if (close === undefined) continue;
      edits.push(pruneEdit(at, at + prefix.length, '', 'unwrap an exit argument'));
      edits.push(pruneEdit(close, close + 1, '', 'unwrap an exit argument'));
    }
  // `f(__atel_rtlib.WithParentSpan(ctx, __atel_child_tracing_ctx))` goes back to `f(ctx)`.
  for (let at = text.indexOf(WITH_PARENT_SPAN.open); at >= 0; at = text.indexOf(WITH_PARENT_SPAN.open, at + 1)) {
    // A span start line (a handler literal's parent) goes as a whole below.
    if (/^[ \t]*__atel_child_tracing_ctx, __atel_span := /.test(text.slice(text.lastIndexOf('\n', at) + 1, at)))
      continue;
    // A handler's adapter closure goes as a whole with the adapters above.
    if (text.startsWith('__atel_rtlib.RequestContext(__atel_p', at + WITH_PARENT_SPAN.open.length)) continue;
    const close = closingParenAt(text, at + WITH_PARENT_SPAN.open.length - 1);
    const suffixAt = close === undefined ? -1 : close + 1 - WITH_PARENT_SPAN.close.length;
    if (close === undefined || text.slice(suffixAt, close + 1) !== WITH_PARENT_SPAN.close) continue;
    edits.push(pruneEdit(at, at + WITH_PARENT_SPAN.open.length, '', 'unwrap a context argument'));
    edits.push(pruneEdit(suffixAt, close + 1, '', 'unwrap a context argument'));
  }
  // Package-level declarations at the end of files: the tracer, attributes variables and the error helper.
  for (const m of text.matchAll(PACKAGE_DECL_LINE)) edits.push(matchEdit(m, '', 'remove an instrgen declaration'));
  for (const nl of ['\n', '\r\n']) {
    const helper = packageDeclUnit(endHelperText(nl), nl);
    for (let at = text.indexOf(helper); at >= 0; at = text.indexOf(helper, at + helper.length))
      edits.push(pruneEdit(at, at + helper.length, '', 'remove the instrgen error helper'));
  }
  for (const m of text.matchAll(OPENED_BODY)) {
    // A one-line struct opened for a function-typed field (src/plan/functionGroups.ts) had no space before `{`.
    const struct = text.slice(Math.max(0, m.index! - 7), m.index!) === 'struct ' ? 1 : 0;
    const linesAt = m.index! + m[0].search(/\r?\n/);
    const closing = m.index! + m[0].length - 1;
    edits.push(pruneEdit(m.index! - struct, linesAt, '{', 'restore a one-line body'));
    edits.push(...oneLineBodyEdits(text, linesAt, closing, '  ', edits));
  }
  const runs: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(ADDED_LINE)) {
    const last = runs[runs.length - 1];
    if (last && last.end === m.index) last.end = m.index + m[0].length;
    else runs.push({ start: m.index!, end: m.index! + m[0].length });
  }
  for (const run of runs) {
    if (!text.slice(run.start, run.end).endsWith(ONE_LINE_MARK)) {
      edits.push(pruneEdit(run.start, run.end, '', 'remove instrgen statements'));
      continue;
    }
    // A body inject opened up: `{<lines> //instrgen:oneline\n\tstmt\n}` goes back to `{ stmt }`.
    // After the lines: its statements, one a line (if the body had any), then the closing brace.
    // The body's `}` is the first at the indentation of the line its `{` is on (a closure in it closes deeper).
    const base = /^[ \t]*/.exec(text.slice(text.lastIndexOf('\n', run.start - 1) + 1))![0];
    const after = new RegExp(String.raw`^((?:\r?\n(?!${base}\})[^\r\n]*)*)\r?\n${base}\}`).exec(text.slice(run.end));
    edits.push(pruneEdit(run.start, run.end, '', 'restore a one-line body'));
    if (after) edits.push(...oneLineBodyEdits(text, run.end, run.end + after[0].length - 1, '', edits));
  }
  return edits;
}

/**
 * The edits that put the statement lines in [from, closing) (the `}` at closing) back on one line: `\n\tx := f()\n\treturn
 * x\n}` becomes ` x := f(); return x }`. Only the line breaks and indentation around each statement change, so the
 * edits inside the statements (an adapter put back, a dispatch operand unwrapped) apply next to them:
 *   func f() int { //instrgen:oneline                 func f() int { return func(p0, p1 int) int { return add(p0, p1) }(pair()) }
 *   	return func(...) int { return add(ctx, p0, p1) }(pair(ctx))   →   the adapter's own edit, inside the statement
 * A line break inside an edit already planned (a closure an adapter wrote on several lines) goes with that edit.
 * Without a statement the lines become `empty`.
 */
function oneLineBodyEdits(
  text: string,
  from: number,
  closing: number,
  empty: string,
  planned: readonly TextEdit[],
): TextEdit[] {
  const inside = planned.filter((e) => from < e.end && e.start < closing);
  const edits: TextEdit[] = [];
  const lines = /[^\r\n]*/g;
  let at = from;
  let first = true;
  // Each line: its break and indentation, the statement, trailing blanks.
  while (at < closing) {
    const breakEnd = text[at] === '\r' ? at + 2 : at + 1;
    lines.lastIndex = breakEnd;
    const lineEnd = Math.min(breakEnd + lines.exec(text)![0].length, closing);
    if (inside.some((e) => e.start <= at && at < e.end)) {
      at = lineEnd;
      continue;
    }
    const line = text.slice(breakEnd, lineEnd);
    const content = line.trim();
    if (lineEnd === closing && !content) break;
    if (!content) edits.push(pruneEdit(at, lineEnd, '', 'restore a one-line body'));
    else {
      const start = breakEnd + line.indexOf(content);
      const end = start + content.length;
      edits.push(pruneEdit(at, start, first ? ' ' : '; ', 'restore a one-line body'));
      if (end < lineEnd) edits.push(pruneEdit(end, lineEnd, '', 'restore a one-line body'));
      first = false;
    }
    at = lineEnd;
  }
  edits.push(pruneEdit(at, closing, first ? empty : ' ', 'restore a one-line body'));
  return edits;
}

export function planPruneRest(text: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const { re, replace } of ADDED_AFTER_PAREN)
    for (const m of text.matchAll(re))
      edits.push(matchEdit(m, replace.replace('$1', m[1] ?? ''), 'remove instrgen context'));
  // `__atel_via_Value(v).__atel_twin_Referrers(ctx)` loses its wrapper (after round one, which may have closed the
  // one-line body holding it), with the twin's name and the context.
  for (const m of text.matchAll(DISPATCH_CALL)) {
    const close = closingParenAt(text, m.index! + m[0].length - 1);
    if (close === undefined || text[close + 1] !== '.') continue;
    edits.push(matchEdit(m, '', 'unwrap a dispatch operand'));
    edits.push(pruneEdit(close, close + 1, '', 'unwrap a dispatch operand'));
  }
  for (const m of text.matchAll(TWIN_NAME)) edits.push(matchEdit(m, '', 'name a twin as its kept function'));
  // Calls from other packages through forwarders: a function's loses the prefix, a method's operand goes back.
  for (const m of text.matchAll(FORWARDED_FUNC_NAME)) edits.push(matchEdit(m, '', 'call a kept function again'));
  for (const m of text.matchAll(FORWARDER_IMPORTS)) edits.push(matchEdit(m, '', 'remove imports of forwarders'));
  for (const e of forwardedCallPruneEdits(text))
    edits.push({
      ...pruneEdit(e.start, e.end, e.newText, 'call a kept method again, not its forwarder'),
      ...(e.opensList !== undefined ? { opensList: e.opensList } : {}),
    });
  for (const m of text.matchAll(UNNAMED_PARAM_NAME)) edits.push(matchEdit(m, '', 'unname a parameter'));
  for (const m of text.matchAll(RESULT_NAME)) edits.push(matchEdit(m, '', 'unname a result'));
  for (const { re, replace } of [SINGLE_ERROR_RESULT, BLANK_ERROR_RESULT])
    for (const m of text.matchAll(re)) edits.push(matchEdit(m, replace, 'restore a result'));
  for (const m of text.matchAll(RENAMED_BLANK_CTX)) edits.push(matchEdit(m, '_', 'restore a blank context parameter'));
  const nl = text.includes('\r\n') ? '\r\n' : '\n';
  const rtlib = /__atel_rtlib "([^"]+)"/.exec(text)?.[1];
  const all = [
    IMPORTS.context,
    IMPORTS.otel,
    IMPORTS.attribute,
    IMPORTS.codes,
    IMPORTS.trace,
    ...(rtlib ? [IMPORTS.rtlib(rtlib)] : []),
  ];
  // Every non-empty subset, in inject's order, largest first.
  const subsets: string[][] = [];
  for (let mask = (1 << all.length) - 1; mask > 0; mask--) subsets.push(all.filter((_, i) => mask & (1 << i)));
  subsets.sort((a, b) => b.length - a.length);
  // Sorted by path as inject writes them, or in the order earlier versions wrote them.
  for (const specs of subsets)
    for (const decl of new Set([importDeclText(specs, nl), importDeclText(specs, nl, true)])) {
      const at = text.indexOf(decl);
      if (at >= 0 && !edits.some((e) => e.start < at + decl.length && at < e.end))
        edits.push(pruneEdit(at, at + decl.length, '', 'remove instrgen imports'));
    }
  return edits;
}

/**
 * The offset of the `)` that closes the `(` at `open`, skipping Go string, raw string and rune literals and
 * comments; undefined when the text ends first.
 */
function closingParenAt(text: string, open: number): number | undefined {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
    else if (c === '"' || c === "'" || c === '`') i = literalEnd(text, i);
    else if (c === '/' && text[i + 1] === '/') i = text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i);
    else if (c === '/' && text[i + 1] === '*')
      i = text.indexOf('*/', i + 2) < 0 ? text.length : text.indexOf('*/', i + 2) + 1;
  }
  return undefined;
}
