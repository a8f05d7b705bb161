// Planning the parent of spans that start from a context the program made: the wrapped context arguments of calls to functions that reuse their own context parameter.
import { TextEdit } from '../edit/edit';
import { CallSite, FuncFacts, Program } from '../symbols/program';
import { WITH_PARENT_SPAN } from './atelSyntax';
import { childContextInScope, Decisions } from './decide';

/**
 * The index of the context parameter a call fills for callees that open their span from it ('own-context'), when
 * every such callee has it at the same place; undefined when none does.
 */
function ownContextIndex(program: Program, decisions: Decisions, c: CallSite): number | undefined {
  const indexes = new Set<number>();
  for (const t of c.targets) {
    if (decisions.byId.get(t)?.span !== 'own-context') continue;
    const f = program.funcs.get(t)?.[0];
    if (f?.ctxParam) indexes.add(f.ctxParam.index);
  }
  return indexes.size === 1 ? [...indexes][0] : undefined;
}

/**
 * The caller's own context parameter, passed on as it came in: it carries the caller's span already (the span
 * start assigns the child context back to it), unless the body assigns the name itself. A line that writes the
 * name left of `=` or `:=` counts as such an assignment; it may be something else, which only costs a wrapper.
 */
function passesOwnContext(caller: FuncFacts | undefined, decisions: Decisions, arg: string, text: string): boolean {
  if (
    !caller?.ctxParam ||
    caller.ctxParam.name !== arg ||
    decisions.byId.get(caller.id)?.span !== 'own-context' ||
    !caller.body
  )
    return false;
  const body = text.slice(caller.body.open + 1, caller.body.close);
  const name = arg.replace(/[$]/g, '\\$');
  return !new RegExp(String.raw`(?:^|[^\w.])${name}\b[^\n]*?(?::=|[^=!<>:+\-*/%&|^]=(?!=))`).test(body);
}

/**
 * For each call from code that holds the caller's span to a function that opens its span from its own
 * context.Context parameter: the context argument, wrapped so that it carries the caller's span where it carries
 * none (context.Background(), a detached or stored context). Only the span is attached (see rtlib/parent.go), so
 * the callee sees the same Err, Done, Deadline and values; a nil literal and the caller's own context as it came
 * in (which carries the caller's span already) stay as written:
 *   runRaw(context.Background(), inv)
 *   runRaw(__atel_rtlib.WithParentSpan(context.Background(), __atel_child_tracing_ctx), inv)
 * Calls through function values are not wrapped: the callee's parameters are not known there.
 */
export function planParentSpanArguments(
  program: Program,
  decisions: Decisions,
): Array<{ file: string; edit: TextEdit }> {
  const out: Array<{ file: string; edit: TextEdit }> = [];
  // Only a call to a function that opens its span from its own context is wrapped: those few are looked for first.
  const ownContext = new Set<string>();
  for (const d of decisions.byId.values()) if (d.span === 'own-context') ownContext.add(d.id);
  if (!ownContext.size) return out;
  for (const c of program.calls) {
    if (!c.targets.some((t) => ownContext.has(t))) continue;
    const file = program.files.get(c.file)!;
    if (file.generated || file.ignored || !c.args.items) continue;
    const changed = c.via
      ? decisions.byId.get(c.via)?.addParam
      : c.targets.some((t) => decisions.byId.get(t)?.addParam);
    if (changed || !childContextInScope(program, decisions, c.from)) continue;
    const index = ownContextIndex(program, decisions, c);
    if (index === undefined || index >= c.args.items.length) continue;
    // f(g()) with a multi-value g: the context is one of g's results, which cannot be wrapped one by one.
    if (c.args.singleCallValues !== undefined && c.args.singleCallValues !== 1) continue;
    const arg = c.args.items[index];
    const written = file.text.slice(arg.start, arg.end);
    if (arg.nil || passesOwnContext(program.funcs.get(c.from ?? '')?.[0], decisions, written, file.text)) continue;
    const callee = program.funcs.get(c.targets[0])?.[0]?.name ?? 'the callee';
    const message = `give ${callee} the caller's span`;
    out.push({
      file: c.file,
      edit: { start: arg.start, end: arg.start, newText: WITH_PARENT_SPAN.open, message, kind: 'parent-span' },
    });
    out.push({
      file: c.file,
      edit: { start: arg.end, end: arg.end, newText: WITH_PARENT_SPAN.close, message, kind: 'parent-span' },
    });
  }
  return out;
}
