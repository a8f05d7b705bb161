// Module methods a text/template or html/template calls on its data, reached from the function that executes it.
import { StdlibEntry } from './program';
import { ReflectedMethod } from './reflection';

/**
 * A template calls the exported methods of its data by name (`{{.Description}}`), through reflection, so nothing in
 * the call graph leads to them and they keep their signatures (IG2013). They run below the Execute call, on the
 * goroutine of the function that makes it, so that call reaches them, and a method that sees no context takes its
 * span's parent from that function, which lends it while it runs (src/plan/handOff.ts):
 *   func render(__atel_tracing_ctx __atel_context.Context, e *Edge) {   // tmpl.Execute(&buf, e)
 *   	...; defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
 *   func (e *Edge) Description() string {
 *   	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.(*Edge).Description")
 * Only the methods of the types the data holds count, through exported fields, elements and pointers (Edge and the
 * *ssa.Function in its Caller field): not those of whatever an interface in it may hold, nor of what its methods
 * return, which IG2013 keeps but which would reach every implementation of `error` in the program, nor of a value
 * of unknown type or `any`. One entry per executing function and method.
 */
export function templateEntries(
  reflected: ReadonlyMap<string, ReflectedMethod>,
  seesParent: (method: string) => boolean,
): StdlibEntry[] {
  const out: StdlibEntry[] = [];
  for (const [target, m] of reflected)
    for (const e of m.executedBy ?? []) {
      const handOff = !seesParent(target);
      out.push({ from: e.from, target, interfaces: [m.what], pos: e.pos, ...(handOff ? { handOff } : {}) });
    }
  return out;
}
