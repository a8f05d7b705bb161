// Hand-offs through generated code: the instrumented functions that call into a generated file, and the functions kept because that file's code calls them back.
import { Program } from '../symbols/program';
import { takesLentSpan } from './handOffSpans';
import { Decisions } from './decide';
import type { HandOffEntry } from './handOff';

/**
 * A function a generated file calls keeps its signature (IG2005: generated files are never edited), so it sees no
 * context, like a method the standard library calls. The generated code is entered from instrumented code on the
 * same goroutine (gojq's Parse calls yyParse in the generated parser.go, which calls (*lexer).Lex), so the caller lends
 * its span while it runs and the kept function's span takes the innermost one lent on its goroutine:
 *   func Parse(__atel_tracing_ctx __atel_context.Context, src string) (*Query, error) {   // calls yyParse(l)
 *   	...; defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
 *   func (l *lexer) Lex(lval *yySymType) int {
 *   	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "gojq.(*lexer).Lex")
 * A kept function is parented only when some lender enters generated code that reaches its call (through generated
 * functions only, never across a `go` statement); one entry per lender and kept function, at the lender's call.
 */
export function generatedHandOffs(program: Program, decisions: Decisions): HandOffEntry[] {
  // No generated file, no generated code to enter: the pass over every call is left out.
  if (![...program.files.values()].some((f) => f.generated)) return [];
  const generatedFile = (file: string) => program.files.get(file)?.generated === true;
  const declaredGenerated = (id: string) => {
    const f = program.funcs.get(id)?.[0];
    return !!f && generatedFile(f.file);
  };
  const spanOf = (id: string) => decisions.byId.get(id)?.span;

  // Generated function → what it calls on its goroutine: generated functions, and kept functions that take a span.
  const generatedCallees = new Map<string, Set<string>>();
  const keptCallees = new Map<string, Set<string>>();
  // Instrumented function → the generated functions it calls, at the first such call.
  const entries = new Map<string, Map<string, HandOffEntry['pos']>>();
  for (const c of program.calls) {
    if (c.from === undefined || c.kind === 'go') continue;
    const targets = c.via ? [c.via, ...c.targets] : c.targets;
    if (generatedFile(c.file)) {
      for (const t of targets) {
        if (declaredGenerated(t)) setIn(generatedCallees, c.from).add(t);
        else if (takesLentSpan(decisions, t)) setIn(keptCallees, c.from).add(t);
      }
      continue;
    }
    const span = spanOf(c.from);
    if (span === undefined || span === 'none') continue;
    for (const t of targets) {
      if (!declaredGenerated(t)) continue;
      let calls = entries.get(c.from);
      if (!calls) entries.set(c.from, (calls = new Map()));
      if (!calls.has(t)) calls.set(t, c.pos);
    }
  }
  if (!entries.size || !keptCallees.size) return [];

  // The kept functions generated code entered at g may call on the same goroutine, memoized per entry.
  const reachedKept = new Map<string, Set<string>>();
  const keptFrom = (g: string): Set<string> => {
    let kept = reachedKept.get(g);
    if (kept) return kept;
    kept = new Set();
    const seen = new Set([g]);
    const stack = [g];
    while (stack.length) {
      const h = stack.pop()!;
      for (const t of keptCallees.get(h) ?? []) kept.add(t);
      for (const n of generatedCallees.get(h) ?? []) {
        if (seen.has(n)) continue;
        seen.add(n);
        stack.push(n);
      }
    }
    reachedKept.set(g, kept);
    return kept;
  };

  const result: HandOffEntry[] = [];
  for (const [from, calls] of entries) {
    const done = new Set<string>();
    for (const [g, pos] of calls)
      for (const target of keptFrom(g)) {
        if (done.has(target)) continue;
        done.add(target);
        result.push({ from, target, interfaces: [], pos, handOff: true, generated: true });
      }
  }
  return result;
}

/** The set under key, made empty where there is none yet. */
function setIn<T>(m: Map<string, Set<T>>, key: string): Set<T> {
  let set = m.get(key);
  if (!set) m.set(key, (set = new Set()));
  return set;
}
