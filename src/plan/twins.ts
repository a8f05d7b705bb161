// Twins of kept functions: which reached functions that keep their signature get a twin taking the context, which
// direct calls reach the twin, and the edits that write the kept function as a delegate above its twin.
import { Codes, Diagnostic } from '../diagnostics/diagnostic';
import { TextEdit } from '../edit/edit';
import { CallSite, FileFacts, FuncFacts, Program } from '../symbols/program';
import { BACKGROUND_CTX, TWIN_PREFIX, twinWrapperText, unnamedParamName } from './atelSyntax';
import { childContextInScope, Decisions } from './decide';
import { Dispatch, dispatchNamesFree, dispatchOf } from './twinDispatch';

/**
 * A kept function's twin: its name, and the same-package direct calls from instrumented code that call it with their
 * context. Calls from other packages cannot name an unexported twin, and an exported one would be a new name in the
 * package's API, so they call the kept function as before (a new root there).
 */
export interface TwinPlan {
  name: string;
  calls: Set<CallSite>;
}

/** Code that reads the call stack sees one more frame in a twin: such bodies keep the new-root behaviour. */
const STACK_READER = /\bruntime\.(?:Callers?|Stack)\(|\bdebug\.(?:Stack|PrintStack)\(/;
const IDENT = /[\p{L}\p{Nd}_]/u;

/**
 * The decisions with twins planned: a kept function (any reason but a fixed name; not declared in a generated file,
 * which is never edited, but it may be called from one) whose span
 * would start a new trace gets a twin when at least one same-package direct call from instrumented code can call it.
 *   func (r *reporter) Write(p []byte) (int, error) { return r.__atel_twin_Write(__atel_context.Background(), p) }
 *   func (r *reporter) __atel_twin_Write(__atel_tracing_ctx __atel_context.Context, p []byte) (int, error) { <span>; <body> }
 */
export function withTwins(program: Program, decisions: Decisions): Decisions {
  const calls = new Map<string, Set<CallSite>>();
  const spellable = new Map<string, boolean>();
  const dispatches = new Map<CallSite, Dispatch>();
  const helperNames = new Map<string, boolean>();
  let index: FuncIndex | undefined;
  // A kept function that may get a twin, seen from a call in package pkg.
  const twinCandidate = (id: string, pkg: string) => {
    const d = decisions.byId.get(id);
    if (!d || !d.kept || d.span !== 'new-root' || d.kept.code === Codes.FixedSignature) return false;
    if (program.funcs.get(id)![0].pkg !== pkg) return false;
    if (!spellable.has(id)) spellable.set(id, twinnable(program, id, (index ??= funcIndex(program))));
    return spellable.get(id)!;
  };
  for (const c of program.calls) {
    if (c.via) {
      // A call through a kept interface of the call's package reaches the twins of that package's implementations.
      const file = program.files.get(c.file)!;
      if (decisions.byId.get(c.via)?.addParam || file.generated || file.ignored) continue;
      if (!childContextInScope(program, decisions, c.from)) continue;
      const name = program.funcs.get(c.via)?.[0].shortName;
      const dispatch = name && dispatchOf(program, c, calleeNameStart(file.text, c.args.open, name));
      if (!dispatch) continue;
      const twinned = c.targets.filter((t) => twinCandidate(t, file.pkg));
      if (!twinned.length) continue;
      const key = `${file.pkg}\0${dispatch.iface}`;
      if (!helperNames.has(key)) helperNames.set(key, dispatchNamesFree(program, file.pkg, dispatch.iface));
      if (!helperNames.get(key)) continue;
      dispatches.set(c, dispatch);
      for (const t of twinned) if (!calls.has(t)) calls.set(t, new Set());
      continue;
    }
    if (c.targets.length !== 1) continue;
    const id = c.targets[0];
    const d = decisions.byId.get(id);
    if (!d || !d.kept || d.span !== 'new-root' || d.kept.code === Codes.FixedSignature) continue;
    if (!spellable.has(id)) spellable.set(id, twinnable(program, id, (index ??= funcIndex(program))));
    if (!spellable.get(id)) continue;
    const f = program.funcs.get(id)![0];
    const file = program.files.get(c.file)!;
    if (file.pkg !== f.pkg || file.generated || file.ignored || !childContextInScope(program, decisions, c.from))
      continue;
    const single = c.args.count === 1 ? c.args.singleCallValues : undefined;
    if (single !== undefined && single !== 1 && !(single === -1 && f.params.arity === 1 && !f.params.variadic))
      continue;
    if (calleeNameStart(file.text, c.args.open, f.shortName) === undefined) continue;
    calls.set(id, (calls.get(id) ?? new Set()).add(c));
  }
  if (!calls.size) return decisions;
  const viaDispatch = new Map<string, number>();
  for (const c of dispatches.keys())
    for (const t of c.targets) if (calls.has(t)) viaDispatch.set(t, (viaDispatch.get(t) ?? 0) + 1);
  const byId = new Map(decisions.byId);
  for (const [id, cs] of calls)
    byId.set(id, {
      ...byId.get(id)!,
      span: 'twin',
      twin: { name: `${TWIN_PREFIX}${program.funcs.get(id)![0].shortName}`, calls: cs },
    });
  // The warning stays (the signature is still kept), and says where the context goes instead.
  const twinned = new Map([...calls.keys()].map((id) => [program.funcs.get(id)![0].pos, byId.get(id)!] as const));
  const diagnostics = decisions.diagnostics.map((dg): Diagnostic => {
    const d = twinned.get(dg.pos!);
    if (!d || dg.code !== d.kept!.code) return dg;
    const n = d.twin!.calls.size;
    const k = viaDispatch.get(d.id) ?? 0;
    const from = [
      ...(n ? [`${n} direct call${n === 1 ? '' : 's'}`] : []),
      ...(k ? [`${k} call${k === 1 ? '' : 's'} through an interface`] : []),
    ].join(' and ');
    return {
      ...dg,
      message: dg.message.replace(
        /; its span starts a new trace$/,
        `; its twin ${d.twin!.name} carries the context from ${from} in its package, other callers start a new trace`,
      ),
    };
  });
  return { ...decisions, byId, diagnostics, ...(dispatches.size ? { dispatches } : {}) };
}

/** Every declaration of the function can be written as a delegate above its twin, and the twin's name is free. */
function twinnable(program: Program, id: string, index: FuncIndex): boolean {
  const decls = program.funcs.get(id)!;
  if (index.names.has(`${decls[0].pkg} ${TWIN_PREFIX}${decls[0].shortName}`)) return false;
  return decls.every((f) => {
    const file = program.files.get(f.file)!;
    if ((f.kind !== 'func' && f.kind !== 'method') || !f.body || file.generated || file.ignored) return false;
    if (f.start > 0 && file.text[f.start - 1] !== '\n') return false;
    if (STACK_READER.test(file.text.slice(f.body.open, f.body.close))) return false;
    if (recoversDirectly(index.literals.get(f.file) ?? [], f, file.text)) return false;
    return wrapperText(f, file) !== undefined;
  });
}

/**
 * The body calls recover() itself, outside any function literal: it recovers only while it is the deferred function
 * (`defer handle()`), and behind a delegate it would be one call too deep, so that the panic would go on.
 */
function recoversDirectly(literals: Array<[number, number]>, f: FuncFacts, text: string): boolean {
  for (const m of text.slice(f.body!.open, f.body!.close).matchAll(/\brecover\s*\(/g)) {
    const at = f.body!.open + m.index!;
    if (!literals.some(([s, e]) => s <= at && at < e)) return true;
  }
  return false;
}

/** Names declared per package (`pkg name`), and the offsets of function literals per file: built once per run. */
interface FuncIndex {
  names: Set<string>;
  literals: Map<string, Array<[number, number]>>;
}

function funcIndex(program: Program): FuncIndex {
  const names = new Set<string>();
  const literals = new Map<string, Array<[number, number]>>();
  for (const ds of program.funcs.values())
    for (const f of ds) {
      names.add(`${f.pkg} ${f.shortName}`);
      if (f.kind !== 'literal') continue;
      const list = literals.get(f.file);
      if (list) list.push([f.start, f.end]);
      else literals.set(f.file, [[f.start, f.end]]);
    }
  return { names, literals };
}

/** The edits of the twins: each kept declaration gets its delegate above it and its twin's name; calls name the twin. */
export function planTwinEdits(program: Program, decisions: Decisions): Map<string, TextEdit[]> {
  const out = new Map<string, TextEdit[]>();
  const push = (file: string, e: TextEdit) => out.set(file, [...(out.get(file) ?? []), e]);
  for (const d of decisions.byId.values()) {
    if (!d.twin) continue;
    for (const f of program.funcs.get(d.id)!) {
      const file = program.files.get(f.file)!;
      const wrapper = wrapperText(f, file)!;
      push(f.file, {
        start: f.start,
        end: f.start,
        newText: wrapper,
        message: `keep ${f.name} as a delegate to its twin`,
        kind: 'twin',
      });
      const at = declNameStart(file.text, f)!;
      push(f.file, {
        start: at,
        end: at,
        newText: TWIN_PREFIX,
        message: `move the body of ${f.name} to its twin`,
        kind: 'twin',
      });
    }
    for (const c of d.twin.calls) {
      const at = calleeNameStart(program.files.get(c.file)!.text, c.args.open, program.funcs.get(d.id)![0].shortName)!;
      push(c.file, {
        start: at,
        end: at,
        newText: TWIN_PREFIX,
        message: `call the twin of ${program.funcs.get(d.id)![0].name}`,
        kind: 'twin',
      });
    }
  }
  return out;
}

/** This call site calls a twin (it passes the caller's context to it). */
export function callsTwin(decisions: Decisions, c: CallSite): boolean {
  if (c.via) return !!decisions.dispatches?.has(c);
  return c.targets.length === 1 && !!decisions.byId.get(c.targets[0])?.twin?.calls.has(c);
}

/**
 * Where the callee's name starts in a call whose arguments open at `open` (`r.Write(`, `F[int](`), if it is `name`
 * written out there; undefined otherwise (`(r.Write)(b)`), and the call stays as it is.
 */
function calleeNameStart(text: string, open: number, name: string): number | undefined {
  let i = open;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  if (text[i - 1] === ']') {
    let depth = 0;
    for (i = i - 1; i >= 0; i--) {
      if (text[i] === ']') depth++;
      else if (text[i] === '[' && --depth === 0) break;
    }
    if (i < 0) return undefined;
  }
  const start = i - name.length;
  if (start < 0 || text.slice(start, i) !== name || (start > 0 && IDENT.test(text[start - 1]))) return undefined;
  return start;
}

/** The offset of the `c` closing the `o` at `open` (receivers and type parameter lists hold no strings). */
function closingAt(text: string, open: number, o: string, c: string): number | undefined {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === o) depth++;
    else if (text[i] === c && --depth === 0) return i;
  }
  return undefined;
}

/** The receiver's parentheses of a method declaration, and the start of its name. */
function declParts(text: string, f: FuncFacts): { recv?: { open: number; close: number }; name: number } | undefined {
  let i = f.start + 'func'.length;
  while (/\s/.test(text[i])) i++;
  let recv: { open: number; close: number } | undefined;
  if (f.kind === 'method') {
    if (text[i] !== '(') return undefined;
    const close = closingAt(text, i, '(', ')');
    if (close === undefined) return undefined;
    recv = { open: i, close };
    i = close + 1;
    while (/\s/.test(text[i])) i++;
  }
  if (text.slice(i, i + f.shortName.length) !== f.shortName || IDENT.test(text[i + f.shortName.length] ?? ''))
    return undefined;
  return { recv, name: i };
}

function declNameStart(text: string, f: FuncFacts): number | undefined {
  return declParts(text, f)?.name;
}

/**
 * The delegate written above the twin: the declaration's signature as written, with the receiver and parameters
 * named where they have no name or a blank one, and a body calling the twin with a new root context:
 *   func (reporter) Write([]byte) (int, error)
 *   func (__atel_r reporter) Write(__atel_u0 []byte) (int, error) {\n\treturn __atel_r.__atel_twin_Write(__atel_context.Background(), __atel_u0)\n}
 * Undefined where the signature holds comments or cannot be read.
 */
function wrapperText(f: FuncFacts, file: FileFacts): string | undefined {
  const text = file.text;
  const parts = declParts(text, f);
  if (!parts || !f.body) return undefined;
  const sigEnd = f.body.open;
  if (/\/\/|\/\*/.test(text.slice(f.start, sigEnd))) return undefined;
  const inserts: Array<{ start: number; end: number; newText: string }> = [];
  let recvName = '';
  if (parts.recv) {
    const inner = text.slice(parts.recv.open + 1, parts.recv.close);
    const named = /^(\s*)([\p{L}_][\p{L}\p{Nd}_]*)\s+\S/u.exec(inner);
    recvName = named && named[2] !== '_' ? named[2] : '__atel_r';
    if (!named) {
      const at = parts.recv.open + 1 + (inner.length - inner.trimStart().length);
      inserts.push({ start: at, end: at, newText: '__atel_r ' });
    } else if (named[2] === '_') {
      const at = parts.recv.open + 1 + named[1].length;
      inserts.push({ start: at, end: at + 1, newText: '__atel_r' });
    }
  }
  const args: string[] = [];
  const p = f.params;
  for (let i = 0; i < p.starts.length; i++) {
    if (p.unnamed) {
      inserts.push({ start: p.starts[i], end: p.starts[i], newText: `${unnamedParamName(i)} ` });
      args.push(unnamedParamName(i));
      continue;
    }
    const segEnd = i + 1 < p.starts.length ? p.starts[i + 1] : p.close;
    const names = /^([\p{L}_][\p{L}\p{Nd}_]*(?:\s*,\s*[\p{L}_][\p{L}\p{Nd}_]*)*)\s+\S/u.exec(
      text.slice(p.starts[i], segEnd),
    );
    if (!names) return undefined;
    for (const m of names[1].matchAll(/[\p{L}_][\p{L}\p{Nd}_]*/gu)) {
      if (m[0] === '_') {
        const name = unnamedParamName(args.length);
        inserts.push({ start: p.starts[i] + m.index!, end: p.starts[i] + m.index! + 1, newText: name });
        args.push(name);
      } else args.push(m[0]);
    }
  }
  if (args.length !== p.arity) return undefined;
  if (p.variadic && args.length) args[args.length - 1] += '...';
  // A generic function is called with its type parameters spelled out: they may appear only in its results.
  let typeArgs = '';
  const afterName = parts.name + f.shortName.length;
  const between = text.slice(afterName, p.open);
  if (f.kind === 'func' && between.trim().startsWith('[')) {
    const open = afterName + between.indexOf('[');
    const close = closingAt(text, open, '[', ']');
    if (close === undefined) return undefined;
    const names: string[] = [];
    let depth = 0;
    let partStart = open + 1;
    for (let i = open + 1; i <= close; i++) {
      const ch = text[i];
      if (ch === '[' || ch === '(' || ch === '{') depth++;
      else if ((ch === ']' || ch === ')' || ch === '}') && i < close) depth--;
      if ((ch === ',' && depth === 0) || i === close) {
        const id = /^\s*([\p{L}_][\p{L}\p{Nd}_]*)/u.exec(text.slice(partStart, i));
        if (!id) return undefined;
        names.push(id[1]);
        partStart = i + 1;
      }
    }
    typeArgs = `[${names.join(', ')}]`;
  }
  let signature = '';
  let at = f.start;
  for (const e of inserts.sort((a, b) => a.start - b.start)) {
    signature += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  signature = (signature + text.slice(at, sigEnd)).trimEnd();
  const call = `${recvName ? `${recvName}.` : ''}${TWIN_PREFIX}${f.shortName}${typeArgs}(${[BACKGROUND_CTX, ...args].join(', ')})`;
  return twinWrapperText(signature, call, f.resultText.trim() !== '', file.eol);
}
