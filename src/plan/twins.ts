// Twins of kept functions: which reached functions that keep their signature get a twin taking the context, which
// direct calls reach the twin, and the edits that write the kept function as a delegate above its twin.
import { Codes, Diagnostic } from '../diagnostics/diagnostic';
import { TextEdit } from '../edit/edit';
import { CallSite, FileFacts, FuncFacts, Program } from '../symbols/program';
import { BACKGROUND_CTX, CTX_TYPE, TWIN_PREFIX, twinWrapperText, unnamedParamName } from './atelSyntax';
import { childContextInScope, Decisions } from './decide';
import { Dispatch, dispatchNamesFree, dispatchOf } from './twinDispatch';
import {
  FORWARD_FUNC_PREFIX,
  FORWARD_METHOD_PREFIX,
  FORWARD_PROMOTED_PREFIX,
  FORWARD_VIA_PREFIX,
  ForwardedCall,
  forwarderDeclText,
  ForwarderNames,
  forwardedTwinCall,
  plainMethodCall,
} from './twinForwarders';

/**
 * A kept function's twin: its name, the same-package direct calls from instrumented code that call it with their
 * context, and the calls from other packages of the module that reach it through the package's exported forwarder
 * (src/plan/twinForwarders.ts), which is declared only when there are such calls.
 */
export interface TwinPlan {
  name: string;
  calls: Set<CallSite>;
  forwarded?: { name: string; calls: Map<CallSite, ForwardedCall> };
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
  const forwarded = new Map<string, { name: string; calls: Map<CallSite, ForwardedCall> }>();
  const names = new ForwarderNames(program);
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
      // A call through a kept interface reaches the twins of the implementations in the interface's package; from
      // another package, through the exported forwarder of the interface's dispatch helper.
      const file = program.files.get(c.file)!;
      if (decisions.byId.get(c.via)?.addParam || file.generated || file.ignored) continue;
      if (!childContextInScope(program, decisions, c.from)) continue;
      const m = program.funcs.get(c.via)?.[0];
      const dispatch = m && dispatchOf(program, c, calleeNameStart(file.text, c.args.open, m.shortName));
      if (!dispatch) continue;
      const twinned = c.targets.filter((t) => twinCandidate(t, m.pkg));
      if (!twinned.length) continue;
      const key = `${m.pkg}\0${dispatch.iface}`;
      if (!helperNames.has(key)) helperNames.set(key, dispatchNamesFree(program, m.pkg, dispatch.iface));
      if (!helperNames.get(key)) continue;
      if (m.pkg !== file.pkg) {
        const name = names.claim(m.pkg, FORWARD_VIA_PREFIX, [dispatch.iface, m.shortName]);
        if (!name) continue;
        dispatch.cross = { ...names.qualifier(c, m.pkg, m.pkgName), name };
      }
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
    if (file.generated || file.ignored || !childContextInScope(program, decisions, c.from)) continue;
    const single = c.args.count === 1 ? c.args.singleCallValues : undefined;
    if (single !== undefined && single !== 1 && !(single === -1 && f.params.arity === 1 && !f.params.variadic))
      continue;
    if (calleeNameStart(file.text, c.args.open, f.shortName) === undefined) continue;
    if (file.pkg !== f.pkg) {
      const fw = forwardedCall(program, c, id, names);
      if (!fw) continue;
      const entry = forwarded.get(id) ?? { name: fw.name, calls: new Map() };
      forwarded.set(id, entry.calls.set(c, fw) && entry);
      if (!calls.has(id)) calls.set(id, new Set());
      continue;
    }
    calls.set(id, (calls.get(id) ?? new Set()).add(c));
  }
  // A rewritten operand must not start where a twin's name is written into a call (`g(y).M()`, `g` renamed): both
  // edits would insert at one offset, and the name must stay inside. Such calls keep the plain call.
  const renamedAt = new Set<string>();
  for (const [id, cs] of calls)
    for (const c of cs)
      renamedAt.add(
        `${c.file}\0${calleeNameStart(program.files.get(c.file)!.text, c.args.open, program.funcs.get(id)![0].shortName)}`,
      );
  for (const entry of forwarded.values())
    for (const [c, fw] of entry.calls) if (!fw.method) renamedAt.add(`${c.file}\0${fw.nameStart}`);
  const collides = (c: CallSite, start: number) => renamedAt.has(`${c.file}\0${start}`);
  for (const [c, d] of dispatches) if (collides(c, d.operand.start)) dispatches.delete(c);
  for (const entry of forwarded.values())
    for (const [c, fw] of entry.calls) if (fw.method && collides(c, fw.method.operand.start)) entry.calls.delete(c);
  for (const [id, entry] of forwarded) if (!entry.calls.size) forwarded.delete(id);
  const used = new Set<string>();
  for (const c of dispatches.keys()) for (const t of c.targets) used.add(t);
  for (const [id, cs] of calls) if (!cs.size && !forwarded.has(id) && !used.has(id)) calls.delete(id);
  if (!calls.size) return decisions;
  const viaDispatch = new Map<string, number>();
  const fromOthers = new Map<string, number>();
  for (const [c, d] of dispatches)
    for (const t of c.targets) {
      const counts = d.cross ? fromOthers : viaDispatch;
      if (calls.has(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
  for (const [id, entry] of forwarded) fromOthers.set(id, (fromOthers.get(id) ?? 0) + entry.calls.size);
  const byId = new Map(decisions.byId);
  for (const [id, cs] of calls)
    byId.set(id, {
      ...byId.get(id)!,
      span: 'twin',
      twin: {
        name: `${TWIN_PREFIX}${program.funcs.get(id)![0].shortName}`,
        calls: cs,
        ...(forwarded.has(id) ? { forwarded: forwarded.get(id)! } : {}),
      },
    });
  // The warning stays (the signature is still kept), and says where the context goes instead.
  const twinned = new Map([...calls.keys()].map((id) => [program.funcs.get(id)![0].pos, byId.get(id)!] as const));
  const diagnostics = decisions.diagnostics.map((dg): Diagnostic => {
    const d = twinned.get(dg.pos!);
    if (!d || dg.code !== d.kept!.code) return dg;
    const n = d.twin!.calls.size;
    const k = viaDispatch.get(d.id) ?? 0;
    const j = fromOthers.get(d.id) ?? 0;
    const local = [
      ...(n ? [`${n} direct call${n === 1 ? '' : 's'}`] : []),
      ...(k ? [`${k} call${k === 1 ? '' : 's'} through an interface`] : []),
    ].join(' and ');
    const from = [
      ...(local ? [`${local} in its package`] : []),
      ...(j ? [`${j} call${j === 1 ? '' : 's'} from other packages through exported forwarders`] : []),
    ].join(' and ');
    return {
      ...dg,
      message: dg.message.replace(
        /; its span starts a new trace$/,
        `; its twin ${d.twin!.name} carries the context from ${from}, other callers start a new trace`,
      ),
    };
  });
  return { ...decisions, byId, diagnostics, ...(dispatches.size ? { dispatches } : {}) };
}

/**
 * How a direct call from another package of the module reaches the twin of `id`, if it can: a function through its
 * forwarder's name (`pkg.AtelTwin__F(ctx, ...)`); a method declared on the operand's own non-generic type, written
 * `x.M(`, through its forwarder taking the receiver first. A declaration in a test file is seen only by its package's
 * external tests. Promoted methods keep the plain call: the embedded field on the way may be unexported, which the
 * calling package cannot select.
 */
function forwardedCall(program: Program, c: CallSite, id: string, names: ForwarderNames): ForwardedCall | undefined {
  const decls = program.funcs.get(id)!;
  const f = decls[0];
  const file = program.files.get(c.file)!;
  if (file.pkg !== `${f.pkg}_test` && decls.some((d) => program.files.get(d.file)!.isTest)) return undefined;
  if (f.kind === 'func') {
    const nameStart = calleeNameStart(file.text, c.args.open, f.shortName)!;
    const name = names.claim(f.pkg, FORWARD_FUNC_PREFIX, [f.shortName]);
    return name ? { name, nameStart } : undefined;
  }
  const cp = c.crossPackage;
  const plain = plainMethodCall(file.text, c, f.shortName);
  if (f.kind !== 'method' || f.generic || !cp || !plain || !f.recvType) return undefined;
  const bind = cp.promoted ? '' : cp.bind;
  if (bind === undefined || (cp.promoted && !promotedTwinSpec(f, program.files.get(f.file)!))) return undefined;
  const prefix = cp.promoted ? FORWARD_PROMOTED_PREFIX : FORWARD_METHOD_PREFIX;
  const name = names.claim(f.pkg, prefix, [f.recvType, f.shortName]);
  if (!name) return undefined;
  const { qualifier, importPath } = names.qualifier(c, f.pkg, f.pkgName);
  return {
    name,
    nameStart: plain.nameStart,
    method: { qualifier, bind, operand: plain.operand, ...(importPath ? { importPath } : {}) },
  };
}

/**
 * The interface a promoted method's forwarder takes its receiver as, `interface {\n\t__atel_twin_M(__atel_context.Context,
 * int) string\n}`, or undefined where the parameter or result types are not written plainly on one line.
 */
function promotedTwinSpec(f: FuncFacts, file: FileFacts): string | undefined {
  const types = f.params.types.map((t) => t.trim());
  const result = f.resultText.trim();
  if (types.length !== f.params.arity || [...types, result].some((t) => /[\r\n]|\/\/|\/\*/.test(t))) return undefined;
  if (types.some((t) => !t) || !delegateParts(f, file)) return undefined;
  // gofmt keeps only very short interfaces on one line: the method goes on a line of its own.
  const nl = file.eol;
  return `interface {${nl}\t${TWIN_PREFIX}${f.shortName}(${[CTX_TYPE, ...types].join(', ')})${result ? ` ${result}` : ''}${nl}}`;
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

/** Names declared per package that a twin could take (`pkg __atel_twin_F`), and the offsets of function literals per file: built once per run. */
interface FuncIndex {
  names: Set<string>;
  literals: Map<string, Array<[number, number]>>;
}

function funcIndex(program: Program): FuncIndex {
  const names = new Set<string>();
  const literals = new Map<string, Array<[number, number]>>();
  for (const ds of program.funcs.values())
    for (const f of ds) {
      // Only names a twin could take are asked for (twinnable): no string for each of the others.
      if (f.shortName.startsWith(TWIN_PREFIX)) names.add(`${f.pkg} ${f.shortName}`);
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
  const push = (file: string, e: TextEdit) => {
    const list = out.get(file);
    if (list) list.push(e);
    else out.set(file, [e]);
  };
  for (const d of decisions.byId.values()) {
    if (!d.twin) continue;
    for (const f of program.funcs.get(d.id)!) {
      const file = program.files.get(f.file)!;
      const forwarders = [...new Set([...(d.twin.forwarded?.calls.values() ?? [])].map((fw) => fw.name))].sort();
      const wrapper = wrapperText(f, file)! + forwarders.map((name) => forwarderText(f, file, name)).join('');
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
    // A function's forwarder is called by name from other packages; method calls are rewritten in step 4b
    // (forwardedMethodCallEdits), with the dispatch helpers.
    for (const [c, fw] of d.twin.forwarded?.calls ?? [])
      if (!fw.method)
        push(c.file, {
          start: fw.nameStart,
          end: fw.nameStart,
          newText: FORWARD_FUNC_PREFIX,
          message: `call ${fw.name}, which reaches the twin of ${program.funcs.get(d.id)![0].name} from another package`,
          kind: 'twin',
        });
  }
  return out;
}

/** This call site calls a twin (it passes the caller's context to it). */
export function callsTwin(decisions: Decisions, c: CallSite): boolean {
  // A method or interface call rewritten to a forwarder has its context written with it (forwardedMethodCallEdits).
  if (c.via) return !!decisions.dispatches?.has(c) && !decisions.dispatches.get(c)!.cross;
  if (c.targets.length !== 1) return false;
  const twin = decisions.byId.get(c.targets[0])?.twin;
  return !!twin && (twin.calls.has(c) || (!!twin.forwarded?.calls.has(c) && !twin.forwarded.calls.get(c)!.method));
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

/** A kept declaration's signature as the delegate writes it, with what its body and a forwarder pass on. */
interface DelegateParts {
  /** `func (r *T) M(p []byte) (int, error)`, with unnamed or blank receiver and parameters named. */
  signature: string;
  /** The receiver's name and its declaration (`r *T`), '' for a function. */
  recvName: string;
  recvDecl: string;
  /** The arguments passed on (`p`, `args...`) and a generic function's type arguments (`[T, S]`). */
  args: string[];
  typeArgs: string;
  /** A generic function's type parameter list as written (`[T any, S fmt.Stringer]`), else ''. */
  typeParams: string;
  /** The signature after the parameters' `(`, named as in `signature`. */
  paramsRest: string;
}

/**
 * The delegate written above the twin: the declaration's signature as written, with the receiver and parameters
 * named where they have no name or a blank one, and a body calling the twin with a new root context:
 *   func (reporter) Write([]byte) (int, error)
 *   func (__atel_r reporter) Write(__atel_u0 []byte) (int, error) {\n\treturn __atel_r.__atel_twin_Write(__atel_context.Background(), __atel_u0)\n}
 * Undefined where the signature holds comments or cannot be read.
 */
function wrapperText(f: FuncFacts, file: FileFacts): string | undefined {
  const parts = delegateParts(f, file);
  if (!parts) return undefined;
  const call = `${parts.recvName ? `${parts.recvName}.` : ''}${TWIN_PREFIX}${f.shortName}${parts.typeArgs}(${[BACKGROUND_CTX, ...parts.args].join(', ')})`;
  return twinWrapperText(parts.signature, call, f.resultText.trim() !== '', file.eol);
}

/**
 * The exported forwarder of a kept declaration, written after its delegate (src/plan/twinForwarders.ts):
 *   func AtelTwinOf__T__M(t *T, __atel_tracing_ctx __atel_context.Context, x int) int {\n\treturn t.__atel_twin_M(__atel_tracing_ctx, x)\n}
 */
function forwarderText(f: FuncFacts, file: FileFacts, name: string): string {
  const parts = delegateParts(f, file)!;
  // A promoted method's forwarder takes any value whose method set holds the twin (`*Outer` embedding T).
  const promoted = name.startsWith(FORWARD_PROMOTED_PREFIX);
  const recv = promoted ? '__atel_r' : parts.recvName;
  return forwarderDeclText(
    name,
    promoted ? [`__atel_r ${promotedTwinSpec(f, file)!}`] : parts.recvDecl ? [parts.recvDecl] : [],
    parts.typeParams,
    { rest: parts.paramsRest, count: f.params.count, onNewLine: f.params.firstOnNewLine !== undefined },
    f.resultText.trim() !== '',
    forwardedTwinCall(recv, f.shortName, parts.typeArgs, parts.args),
    file.eol,
  );
}

function delegateParts(f: FuncFacts, file: FileFacts): DelegateParts | undefined {
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
  let typeParams = '';
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
    typeParams = text.slice(open, close + 1);
  }
  const sorted = inserts.sort((a, b) => a.start - b.start);
  const spliced = (from: number, to: number) => {
    let out = '';
    let at = from;
    for (const e of sorted) {
      if (e.start < from || e.start >= to) continue;
      out += text.slice(at, e.start) + e.newText;
      at = e.end;
    }
    return out + text.slice(at, to);
  };
  return {
    signature: spliced(f.start, sigEnd).trimEnd(),
    recvName,
    recvDecl: parts.recv ? spliced(parts.recv.open + 1, parts.recv.close).trim() : '',
    args,
    typeArgs,
    typeParams,
    paramsRest: spliced(p.open + 1, sigEnd).trimEnd(),
  };
}
