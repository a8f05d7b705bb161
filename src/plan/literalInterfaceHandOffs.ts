// Hand-offs through interfaces the module writes out: the instrumented functions that call a method through a value of an interface literal, and the kept methods that call reaches.
import { Program } from '../symbols/program';
import { canLend, HandOffList, takesLentSpan } from './handOffSpans';
import { Decisions } from './decide';
import type { HandOffEntry } from './handOff';

/**
 * A method that satisfies an interface the module writes out keeps its signature (IG2011: an assertion to the
 * literal must stay true), so a call through a value of that literal calls the kept method, which sees no context.
 * The call is made by instrumented code, on the goroutine where the method runs, so the calling function lends its
 * span while it runs and the method's span takes the innermost one lent there (x/tools' guru):
 *   func fprintf(__atel_tracing_ctx __atel_context.Context, w io.Writer, ..., pos interface{}, ...) {
 *   	...; defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
 *   	switch pos := pos.(type) { case interface{ Pos() token.Pos }: start = pos.Pos() ...
 *   func (v *Function) Pos() token.Pos {
 *   	return v.__atel_twin_Pos(__atel_rtlib.HandOffParent(__atel_context.Background()))
 * The methods reached are those of the call's name of every module type whose method set has each method the
 * literal names (the shapes were compared when they were kept). One entry per calling function and method.
 */
export function literalInterfaceHandOffs(program: Program, decisions: Decisions): HandOffEntry[] {
  const list = new HandOffList();
  for (const c of program.interfaceHandOffs ?? []) {
    if (!c.literal || !c.methods || !canLend(decisions, c.from)) continue;
    for (const { methods } of program.methodSets) {
      if (!c.literal.every((name) => methods.has(name))) continue;
      for (const name of c.methods) {
        const target = methods.get(name)!;
        if (takesLentSpan(decisions, target))
          list.add({ from: c.from, target, interfaces: [], pos: c.pos, handOff: true, literal: true });
      }
    }
  }
  return list.entries;
}
