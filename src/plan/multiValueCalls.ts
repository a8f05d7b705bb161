// Calls that pass another call's results (`f(g())`): an immediately called closure takes g's results and calls f with the context.
import { CallSite, Program } from '../symbols/program';
import { adapterSignature } from './adapterSignature';
import { adapterText } from './atelSyntax';

/** A package function written by name (`f`, `pkg.F`): nothing is evaluated to get the function. */
const PLAIN_CALLEE = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?$/;

/**
 * Go has no way to put an argument before another call's results (`f(ctx, g())` does not compile), so the callee
 * is replaced by a closure with its parameters, which g's results are assigned to exactly as they were to f's:
 *   pair(two())
 *   func(__atel_p0 int, __atel_p1 int) { pair(__atel_child_tracing_ctx, __atel_p0, __atel_p1) }(two(__atel_child_tracing_ctx))
 * Only for package functions called by name: a method's receiver would be evaluated after g instead of before.
 * `indent` is that of the call's statement in the output. Returns the closure text to write over the callee, or why
 * it cannot be written.
 */
export function multiValueAdapter(
  program: Program,
  c: CallSite,
  ctx: string,
  indent: string,
): { text: string } | { why: string } {
  const f = c.targets.length === 1 && !c.via ? program.funcs.get(c.targets[0])?.[0] : undefined;
  if (!f || f.kind !== 'func' || !c.callee) return { why: 'it is not a package function' };
  if (f.generic) return { why: 'it is generic' };
  const use = program.files.get(c.file)!;
  if (use.generated) return { why: 'the call is in a generated file' };
  const written = use.text.slice(c.callee.start, c.callee.end);
  if (!PLAIN_CALLEE.test(written)) return { why: 'the function is not written by name there' };
  const sig = adapterSignature(f, program.files.get(f.file)!, use, { shadowed: c.args.shadowed ?? [] });
  if ('unspellable' in sig) return { why: sig.unspellable };
  return {
    text: adapterText(written, {
      paramTypes: sig.params,
      resultText: sig.result,
      ctx,
      indent,
      nl: use.eol,
    }),
  };
}

/** The call passes one call's results, several of them or an unknown number, to a function with more than one parameter. */
export function passesMultipleResults(program: Program, c: CallSite): boolean {
  const single = c.args.count === 1 ? c.args.singleCallValues : undefined;
  if (single === undefined || single === 1) return false;
  if (single !== -1) return true;
  const f = program.funcs.get(c.via ?? c.targets[0])?.[0];
  return !(f && f.params.arity === 1 && !f.params.variadic);
}
