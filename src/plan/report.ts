// Plain-text views of the plan: per-function decisions, the run summary, and `explain` for one function.
import { pathTo, Reach } from '../callgraph/graph';
import { Codes, formatPosition, Position, samePosition } from '../diagnostics/diagnostic';
import { FileEdits } from '../edit/edit';
import { Program } from '../symbols/program';
import { Decisions, Kept } from './decide';
import { handOffText } from './handOff';

const at = (p?: Position) => (p ? formatPosition(p) : '');

/** The places a kept signature's reason names besides the one that forces it (printed after `at`): ` (file:line:col: what)`. */
function relatedText(kept: Kept): string {
  const others = (kept.related ?? []).filter((r) => !kept.pos || !samePosition(r.pos, kept.pos));
  return others.map((r) => ` (${formatPosition(r.pos)}: ${r.message})`).join('');
}

/** Why a signature is kept, with the other places the reason names, on one line: the call graph's and trace page's marks. */
export function keptText(kept: Kept): string {
  return `${kept.reason}${relatedText(kept)}`;
}

/** One line per function that is reached or changes: what happens to it and why. */
export function planText(program: Program, decisions: Decisions): string {
  const lines: string[] = [];
  for (const d of [...decisions.byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (!d.reached && !d.addParam && d.span === 'none' && !decisions.leftOut.has(d.id)) continue;
    const f = program.funcs.get(d.id)![0];
    const parts = [d.reached ? 'reached' : 'not reached', `span: ${d.span}`];
    if (d.addParam) parts.push('adds context parameter');
    if (d.kept)
      parts.push(
        `keeps signature (${d.kept.code}): ${d.kept.reason}${d.kept.pos ? ` at ${at(d.kept.pos)}` : ''}${relatedText(d.kept)}`,
      );
    const lo = decisions.leftOut.get(d.id);
    if (lo) parts.push(`left out by ${lo.why}`);
    if (d.twin) {
      const through = [...(decisions.dispatches?.keys() ?? [])].filter((c) => c.targets.includes(d.id));
      const from = [
        ...[...d.twin.calls].map((c) => at(c.pos)),
        ...[...(d.twin.forwarded?.calls ?? [])].map(([c, fw]) => `${at(c.pos)} (through ${fw.name})`),
        ...through.map(
          (c) =>
            `${at(c.pos)} (through an interface${decisions.dispatches!.get(c)!.cross ? `, ${decisions.dispatches!.get(c)!.cross!.name}` : ''})`,
        ),
      ];
      parts.push(`twin ${d.twin.name} called from ${from.join(', ')}`);
    }
    lines.push(`${d.id} ${at(f.pos)}: ${parts.join('; ')}`);
  }
  return lines.join('\n') + '\n';
}

export interface Summary {
  roots: number;
  spans: number;
  signaturesChanged: number;
  callSitesRewritten: number;
  kept: Map<string, number>;
  /** Functions the volume rules left without a span, per rule (exclude, include, max-depth, skip-trivial). */
  leftOut: Map<string, number>;
  filesChanged: number;
}

const keptLabels: Record<string, string> = {
  [Codes.UsedAsValue]: 'used as a value',
  [Codes.ExternalInterface]: 'implement a standard library interface',
  [Codes.LiteralInterface]: 'satisfy an interface literal',
  [Codes.UnresolvedReference]: 'unresolved receiver',
  [Codes.GeneratedFile]: 'generated code',
  [Codes.InterfaceGroup]: 'interface group',
  [Codes.LeftOutInGroup]: 'interface group of a left-out method',
  [Codes.MultiValueArgument]: 'f(g()) call',
};

export function summarize(decisions: Decisions, edits: FileEdits[], filesChanged: number): Summary {
  const kept = new Map<string, number>();
  let spans = 0;
  let changed = 0;
  for (const d of decisions.byId.values()) {
    if (d.span !== 'none') spans++;
    if (d.addParam && d.span !== 'none') changed++;
    if (d.kept) {
      const label = keptLabels[d.kept.code] ?? d.kept.reason;
      kept.set(label, (kept.get(label) ?? 0) + 1);
    }
  }
  const callSitesRewritten = edits.reduce((n, f) => n + f.edits.filter((e) => e.kind === 'pass-context').length, 0);
  const leftOut = new Map<string, number>();
  for (const lo of decisions.leftOut.values()) leftOut.set(lo.rule, (leftOut.get(lo.rule) ?? 0) + 1);
  return {
    roots: decisions.roots.length,
    spans,
    signaturesChanged: changed,
    callSitesRewritten,
    kept,
    leftOut,
    filesChanged,
  };
}

export function summaryText(s: Summary, verb: string): string {
  const kept = [...s.kept].map(([label, n]) => `${n} ${label}`).join(', ');
  const keptCount = [...s.kept.values()].reduce((a, b) => a + b, 0);
  const rules = ['exclude', 'include', 'max-depth', 'skip-trivial']
    .filter((r) => s.leftOut.get(r))
    .map((r) => `${s.leftOut.get(r)} by --${r}`);
  return (
    `instrgen: ${s.spans} functions instrumented from ${s.roots} root${s.roots === 1 ? '' : 's'}, ` +
    `${s.signaturesChanged} signatures given a context, ${s.callSitesRewritten} call sites rewritten, ` +
    `${keptCount} signatures kept${kept ? ` (${kept})` : ''}${rules.length ? `, left out ${rules.join(', ')}` : ''}; ${s.filesChanged} file${s.filesChanged === 1 ? '' : 's'} ${verb}`
  );
}

/** Function ids matching what a user typed: a full id, or its tail (`fib`, `main.fib`, `(*Point).Move`). */
export function matchFunctions(program: Program, query: string): string[] {
  if (program.funcs.has(query)) return [query];
  const out: string[] = [];
  for (const [id, decls] of program.funcs) {
    const f = decls[0];
    if (f.name === query || `${f.pkgName}.${f.name}` === query || id.endsWith(`/${query}`) || id.endsWith(`.${query}`))
      out.push(id);
  }
  return out.sort();
}

/** Why a function is (or is not) instrumented: its path from a root, or its callers, and why its signature stays. */
export function explainText(program: Program, decisions: Decisions, reached: Map<string, Reach>, id: string): string {
  const f = program.funcs.get(id)![0];
  const d = decisions.byId.get(id);
  const lines = [`${id} (${at(f.pos)})`];
  const file = program.files.get(f.file)!;
  const leftOut = decisions.leftOut.get(id);
  if (decisions.roots.includes(id))
    lines.push('  is a root: it calls AutotelEntryPoint or has //instrgen:entry; tracing is set up here');
  else if (reached.has(id)) {
    lines.push(`  is reached from root ${reached.get(id)!.root}:`);
    for (const step of pathTo(reached, id)) {
      const sf = program.funcs.get(step.id)?.[0];
      lines.push(
        `    ${step.edge ? `-> (${step.edge.kind}${step.edge.via ? ` via ${step.edge.via}` : ''} at ${at(step.edge.pos)}) ` : ''}${step.id}${sf ? ` ${at(sf.pos)}` : ''}`,
      );
    }
    if (leftOut)
      lines.push(
        `  is left out by ${leftOut.why}: no span, no new parameter${leftOut.rule === 'exclude' ? ', and the walk stops here' : ''}`,
      );
    const edge = reached.get(id)!.edge;
    const group = edge?.via ? program.funcs.get(edge.via)?.[0].group : undefined;
    if (group)
      lines.push(
        `  is linked through a function-typed group, ${group}: it is stored there, and the call through it at ${at(edge!.pos)} passes the caller's context`,
      );
    const stored =
      edge?.kind === 'stdlib' ? program.stdlibEntries.find((e) => e.target === id && e.storedIn) : undefined;
    if (stored)
      lines.push(
        `  is stored in ${stored.storedIn}, which its package calls back: a call into that package reaches it, at ${at(edge!.pos)}`,
      );
    else if (edge?.kind === 'stdlib')
      lines.push(
        `  is called by the standard library through ${edge.via}: a value of its type reaches the standard library at ${at(edge.pos)}`,
      );
  } else {
    const callers = program.calls.filter((c) => c.targets.includes(id) || c.via === id);
    const stopsAtCaller = callers.some((c) => c.from && decisions.leftOut.get(c.from)?.rule === 'exclude');
    const why = f.ignore
      ? 'it has //instrgen:ignore'
      : file.ignored
        ? 'its file has //instrgen:ignore'
        : leftOut
          ? leftOut.rule === 'max-depth'
            ? leftOut.why
            : `it is left out by ${leftOut.why}`
          : stopsAtCaller
            ? 'the walk stops at its callers left out by --exclude'
            : 'no root calls it';
    lines.push(`  is not reached: ${why}`);
    for (const b of program.functionGroups?.blocked ?? [])
      if (b.members.includes(id))
        lines.push(
          `  is stored in ${b.name}, which keeps its type (IG2016: ${b.reason} at ${at(b.at)}), so calls through it are not followed`,
        );
    const callerNote = (from: string) => {
      const lo = decisions.leftOut.get(from);
      if (lo?.rule === 'exclude') return ` (left out by ${lo.why}, where the walk stops)`;
      return reached.has(from) ? '' : ' (not reached)';
    };
    for (const c of callers.slice(0, 20))
      lines.push(
        `    called from ${c.from ?? 'package level'} at ${at(c.pos)}${c.from ? callerNote(c.from) : ' (not reached)'}`,
      );
  }
  if (d) {
    const dispatched = [...(decisions.dispatches?.keys() ?? [])].filter((c) => c.targets.includes(d.id)).length;
    const crossDispatched = [...(decisions.dispatches ?? [])].filter(
      ([c, x]) => x.cross && c.targets.includes(d.id),
    ).length;
    const span = {
      bootstrap: 'sets up tracing and opens the root span',
      param: 'gets a context parameter and opens a span from it',
      'own-context':
        "opens a span from its own context.Context parameter and passes the child context on; callers in instrumented code whose context carries no span (context.Background(), a stored or detached context) attach theirs to it (rtlib.WithParentSpan), so the span's parent is the caller's span",
      enclosing: `opens a span from the enclosing function's context${f.requestParam ? ", or from its *http.Request's Context() where that carries a span (a server span)" : ''}`,
      'request-context':
        "opens a span from its *http.Request's Context() (rtlib.RequestContext): a server span a middleware such as otelhttp put there is its parent, else it starts a new trace",
      'new-root': decisions.handOffs?.parented.has(d.id)
        ? 'opens a span with no context of its own to start from: a new trace, unless a hand-off lends one (below)'
        : 'opens a span that starts a new trace (no context to start from)',
      twin: `keeps its signature and delegates to its twin ${d.twin?.name}, which takes a context parameter and opens the span: ${d.twin?.calls.size} direct call(s) in its package call the twin with their context${d.twin?.forwarded ? `, ${d.twin.forwarded.calls.size} direct call(s) from other packages call its exported forwarder${[...new Set([...d.twin.forwarded.calls.values()].map((fw) => fw.name))].map((n) => ` ${n}`).join(',')}` : ''}${dispatched ? `, and ${dispatched} call(s) through an interface of its package reach it through that interface's dispatch helper${crossDispatched ? ` (${crossDispatched} of them from other packages, through the helper's exported forwarder)` : ''}` : ''}, so the span is linked to the caller's through the twin; other callers start a new trace${decisions.handOffs?.parented.has(d.id) ? ', unless a hand-off lends one (below)' : ''}`,
      none: 'gets no span',
    }[d.span];
    lines.push(`  ${span}`);
    lines.push(...handOffText(program, decisions, d.id));
    if (d.kept) {
      lines.push(
        `  keeps its signature (${d.kept.code}): ${d.kept.reason}${d.kept.pos ? ` at ${at(d.kept.pos)}` : ''}`,
      );
      for (const r of d.kept.related ?? [])
        if (!d.kept.pos || !samePosition(r.pos, d.kept.pos)) lines.push(`    ${formatPosition(r.pos)}: ${r.message}`);
    }
  }
  if (file.generated) lines.push('  is in a generated file, which instrgen never edits');
  return lines.join('\n') + '\n';
}
