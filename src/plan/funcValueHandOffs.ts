// Hand-offs of function values: the instrumented functions that hand a module function or method value to the standard library, and the kept functions it calls back.
import { Program } from '../symbols/program';
import { canLend, HandOffList, takesLentSpan } from './handOffSpans';
import { Decisions } from './decide';
import type { HandOffEntry } from './handOff';

/**
 * A module function whose value is handed to the standard library and that keeps its signature (its identity may be
 * observed, IG2014; no adapter can be written where it is used, IG2003) sees no context when the standard library
 * calls it back. That call comes on the goroutine of the instrumented function that handed the value over, while it
 * runs (ast.Inspect, filepath.Walk, sort.Slice, sync.Once.Do), so that function lends its span and the kept
 * function's span takes the innermost one lent on its goroutine:
 *   func (g *Generator) generate(__atel_tracing_ctx __atel_context.Context, typeName string) {   // ast.Inspect(file.file, file.genDecl)
 *   	...; defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
 *   func (f *File) genDecl(node ast.Node) bool {
 *   	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.(*File).genDecl")
 * A value handed over in a `go` statement is not counted; one the standard library keeps and calls later from
 * another goroutine (http.HandleFunc, time.AfterFunc) finds nothing lent there and starts a new trace, as before.
 * One entry per lender and kept function, at the lender's first hand-off of it.
 */
export function funcValueHandOffs(program: Program, decisions: Decisions): HandOffEntry[] {
  const list = new HandOffList();
  for (const h of program.funcValueHandOffs ?? []) {
    if (!canLend(decisions, h.from)) continue;
    for (const target of h.targets)
      if (takesLentSpan(decisions, target))
        list.add({ from: h.from, target, interfaces: [], pos: h.pos, handOff: true, funcValue: true });
  }
  return list.entries;
}
