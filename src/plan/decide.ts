// Deciding, for every function, whether it is a root, gets the context parameter, keeps its signature (and why).
import { Code, Codes, Diagnostic, Position, Related, samePosition } from '../diagnostics/diagnostic';
import { Reach } from '../callgraph/graph';
import { CallSite, FuncFacts, LiteralInterface, Program, ValueRef } from '../symbols/program';
import { adapterSignature } from './adapterSignature';
import { openInterfaces } from './openInterfaces';
import { isExported } from '../stdlib/universe';
import { byFamiliarity, hasMethods, interfaceMethodNames, namedList } from '../stdlib/interfaces';
import { LeftOut } from './volume';
import type { TwinPlan } from './twins';
import type { Dispatch } from './twinDispatch';
import type { HandOffs } from './handOff';
import { multiValueAdapter, passesMultipleResults } from './multiValueCalls';
import { CHILD_CTX } from './atelSyntax';
import {
  DecideRounds,
  FixCall,
  recordingCallFix,
  recordingFix,
  replayCalls,
  replayDeclared,
  replayFixes,
} from './decideRounds';

/** How a function's span gets its parent context. */
export type SpanSource =
  | 'bootstrap' //   a root: tracing set up here, a root span
  | 'param' //       the new __atel_tracing_ctx parameter
  | 'own-context' // the function's own context.Context parameter
  | 'enclosing' //   a literal: the enclosing function's child context
  | 'request-context' // r.Context() of its *http.Request parameter (a server's span, when a middleware started one)
  | 'new-root' //    nothing to start from: a new root span
  | 'twin' //        kept, with a twin taking __atel_tracing_ctx (src/plan/twins.ts); the kept function starts a new root
  | 'none';

export interface Decision {
  id: string;
  reached: boolean;
  /** The signature gets `__atel_tracing_ctx __atel_context.Context` first. */
  addParam: boolean;
  span: SpanSource;
  /** Why the signature stays as written although the function is reached, the place that forces it, and the other places the reason names. */
  kept?: Kept;
  /** A kept function's twin, which direct calls in its package call with their context (src/plan/twins.ts). */
  twin?: TwinPlan;
}

/** Why a signature cannot change: a code, a reason, where that is decided, and the places the reason refers to. */
export interface Kept {
  code: Code;
  reason: string;
  pos?: Position;
  related?: Related[];
}

export interface Decisions {
  byId: Map<string, Decision>;
  roots: string[];
  /** Uses of functions as values that become adapter closures when the function changes. */
  adapters: ValueRef[];
  diagnostics: Diagnostic[];
  /** Functions the volume rules (--exclude, --include, --max-depth, --skip-trivial) leave without span or parameter. */
  leftOut: Map<string, LeftOut>;
  /** Calls through a kept interface that reach its package's twins through a dispatch helper (src/plan/twinDispatch.ts). */
  dispatches?: Map<CallSite, Dispatch>;
  /** Kept methods the standard library calls that take the span of the function that handed their value over (src/plan/handOff.ts). */
  handOffs?: HandOffs;
}

/** Functions whose signature the language or the tooling fixes. */
function fixedByName(f: FuncFacts, file: { isTest: boolean; pkgName: string }): string | undefined {
  if (f.kind === 'func' && f.shortName === 'main' && file.pkgName === 'main') return 'main is called by the Go runtime';
  if (f.kind === 'func' && f.shortName === 'init') return 'init is called by the Go runtime';
  if (f.kind === 'func' && file.isTest && /^(Test|Benchmark|Example|Fuzz)([A-Z_]|$)/.test(f.shortName))
    return `${f.shortName} is called by go test`;
  if (f.linked) return 'it is exported with //export or //go:linkname';
  return undefined;
}

/**
 * The places a kept signature's diagnostic points to besides the function: those its reason names, and the place
 * that forces it when that is elsewhere (a use as a value, a call from generated code, the blocking method of a group).
 */
function relatedOf(kept: Kept, own: Position): { related?: Related[] } {
  const related = [...(kept.related ?? [])];
  if (kept.pos && !samePosition(kept.pos, own) && !related.some((r) => samePosition(r.pos, kept.pos!)))
    related.unshift({ pos: kept.pos, message: 'this keeps it' });
  return related.length ? { related } : {};
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) {
      p = this.find(p);
      this.parent.set(x, p);
    }
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }
}

/**
 * Decides every function. The rule that keeps the output compiling: a signature changes only when every reference
 * to the function is a resolved direct call that gets rewritten, together with every interface method it implements.
 * With `rounds`, a later round replays the reasons round 0 found that taking function groups out does not change
 * (src/plan/decideRounds.ts).
 */
export function decide(
  program: Program,
  roots: string[],
  reached: Map<string, Reach>,
  leftOut = new Map<string, LeftOut>(),
  rounds?: DecideRounds,
): Decisions {
  const diagnostics: Diagnostic[] = [];
  const facts = (id: string) => program.funcs.get(id)?.[0];
  const inert = (f: FuncFacts) => {
    const file = program.files.get(f.file)!;
    return f.ignore || file.ignored || file.generated || f.pkg === program.rtlibPackage || leftOut.has(f.id);
  };
  const rootSet = new Set(roots);

  // Why a signature cannot change, per function id.
  const fixed = new Map<string, Kept>();
  const fix = (id: string, code: Code, reason: string, pos?: Position, related?: Related[]) => {
    if (!fixed.has(id)) fixed.set(id, related ? { code, reason, pos, related } : { code, reason, pos });
  };
  const replay = rounds?.replayFor(program, roots, leftOut.size);
  const record = replay ? undefined : rounds?.record(program, roots, leftOut.size);
  // In round 0, `fix` also keeps what the sections later rounds replay.
  const fixKept = (into: FixCall[] | undefined) => (into ? recordingFix(fix, into) : fix);
  const fixDecl = fixKept(record?.declared);
  if (replay) replayDeclared(fix, replay, program);
  else
    for (const [id, decls] of program.funcs) {
      for (const f of decls) {
        const file = program.files.get(f.file)!;
        const byName = fixedByName(f, file);
        if (rootSet.has(id)) fixDecl(id, Codes.FixedSignature, 'it is an entry point');
        else if (byName) fixDecl(id, Codes.FixedSignature, byName, f.pos);
        if (file.generated) fixDecl(id, Codes.GeneratedFile, 'it is declared in a generated file', f.pos);
        if (f.kind === 'literal') {
          const reason = 'function literals keep their signature';
          record?.declared.push({ id, code: Codes.FixedSignature, reason, unlessGroupLiteral: true });
          if (!program.functionGroups?.literals.has(id)) fix(id, Codes.FixedSignature, reason);
        }
      }
      const lo = leftOut.get(id);
      if (lo) fix(id, Codes.FixedSignature, `it is left out by ${lo.why}`);
    }
  // A type that satisfies an interface the module does not name keeps those methods as they are: a standard library
  // interface, or one the module writes out, where changing a method would make an assertion quietly fail:
  //   _, ok := x.(interface{ Name() string })   // true for T{} only while T.Name keeps its signature
  const fixMethod = fixKept(record?.methodSets);
  if (replay) replayFixes(fix, replay.methodSets);
  else {
    const literalByName = new Map<string, LiteralInterface[]>();
    for (const li of program.literalInterfaces)
      literalByName.set(li.methods[0].name, [...(literalByName.get(li.methods[0].name) ?? []), li]);
    for (const { type, methods, stdlibInterfaces } of program.methodSets) {
      const names = [...methods.keys()];
      const literals = names.flatMap((n) => literalByName.get(n) ?? []);
      if (!stdlibInterfaces.length && !literals.length) continue;
      const shapes = new Map(
        [...methods].map(([name, id]) => [
          name,
          { name, params: facts(id)!.params.arity, results: facts(id)!.results },
        ]),
      );
      const typeName = type.slice(type.lastIndexOf('/') + 1);
      const satisfied = byFamiliarity(stdlibInterfaces);
      for (const [name, id] of methods) {
        const ifaces = satisfied.filter((iface) => interfaceMethodNames(iface).includes(name));
        if (ifaces.length)
          fixMethod(
            id,
            Codes.ExternalInterface,
            `${typeName} implements ${namedList(ifaces)}, which the module does not declare`,
            facts(id)!.pos,
          );
      }
      for (const li of literals) {
        if (!hasMethods(shapes, li.methods)) continue;
        const written = [{ pos: li.pos, message: `${li.text} is written here` }];
        for (const m of li.methods)
          fixMethod(
            methods.get(m.name)!,
            Codes.LiteralInterface,
            `${typeName} satisfies ${li.text}, an interface the module does not name`,
            facts(methods.get(m.name)!)!.pos,
            written,
          );
      }
    }
  }
  // A module interface that a type from outside the module may be in keeps its methods, and so does every module
  // implementation with them (the group below): the outside type's methods cannot change.
  for (const [ifaceId, o] of openInterfaces(program)) {
    const iface = program.interfaces.find((i) => i.id === ifaceId)!;
    const name = ifaceId.slice(ifaceId.lastIndexOf('/') + 1);
    for (const id of iface.methods.values())
      fix(
        id,
        Codes.OutsideImplementation,
        `${name} may hold ${o.what}, from outside the module, and that type's methods cannot change`,
        facts(id)?.pos,
        [{ pos: o.pos, message: `${o.what} enters ${name} here` }],
      );
  }
  // Reflection calls methods with the arguments the program gives it: `v.MethodByName("Pos").Call(nil)` panics once Pos
  // takes a context.
  for (const [id, r] of program.reflectedMethods) {
    const type = r.type.slice(r.type.lastIndexOf('/') + 1);
    const who = r.type ? `values of ${type} reach it` : 'a value of any module type may reach it';
    const related = [
      { pos: r.call, message: `${r.what} is called here` },
      {
        pos: r.enters,
        message: r.type ? `a value of ${type} enters reflection here` : 'a value enters reflection here',
      },
    ];
    fix(id, Codes.CalledByReflection, `reflection may call it by name or index (${r.what}): ${who}`, r.call, related);
  }
  // A function used as a value can still change when every such use can become an adapter closure.
  const spanIn = (id: string) => {
    const f = facts(id);
    return !!f && reached.has(id) && !inert(f) && !!f.body;
  };
  const ctxInScope = (from: string | undefined) => {
    for (let cur = from; cur; cur = facts(cur)?.enclosing) if (spanIn(cur)) return true;
    return false;
  };
  // Why a use as a value cannot become an adapter closure, or undefined when it can.
  const notAdaptable = (v: ValueRef): string | undefined => {
    const f = facts(v.target);
    if (v.form === 'method value' && (!v.receiver || 'unbindable' in v.receiver))
      return v.receiver && 'unbindable' in v.receiver ? v.receiver.unbindable : 'its receiver could not be worked out';
    const shape =
      (v.form === 'function value' && f?.kind === 'func') || (v.form !== 'function value' && f?.kind === 'method');
    if (!f || !shape) return 'its receiver could not be worked out';
    if (f.generic) return 'it is generic';
    if (!ctxInScope(v.from)) return 'no context is in scope there';
    const use = program.files.get(v.file)!;
    if (use.generated) return 'the use is in a generated file';
    const sig = adapterSignature(f, program.files.get(f.file)!, use, v);
    return 'unspellable' in sig ? sig.unspellable : undefined;
  };
  const adapters: ValueRef[] = [];
  for (const v of program.values) {
    // Stored in a function-typed field that changes type with it (src/symbols/functionGroups.ts): no adapter.
    if (program.functionGroups?.stores.has(`${v.file}:${v.start}`)) continue;
    // An adapter is another function: what reflection, runtime.FuncForPC or %p see of the value would change.
    const observed = program.observedValues.get(`${v.file}:${v.start}`);
    const why = notAdaptable(v);
    if (observed)
      fix(
        v.target,
        Codes.IdentityObserved,
        `it is used as a ${v.form} that may reach ${observed.what}, which would see an adapter closure instead of it`,
        v.pos,
        [
          { pos: v.pos, message: `used as a ${v.form} here` },
          { pos: observed.pos, message: `it may reach ${observed.what} here` },
        ],
      );
    else if (why === undefined) adapters.push(v);
    else
      fix(v.target, Codes.UsedAsValue, `it is used as a ${v.form} and ${why}`, v.pos, [
        { pos: v.pos, message: `used as a ${v.form} here` },
      ]);
  }
  const fixUnresolved = fixKept(record?.unresolved);
  if (replay) replayFixes(fix, replay.unresolved);
  else {
    const methodsByName = new Map<string, string[]>();
    for (const [id, decls] of program.funcs) {
      const f = decls[0];
      if (f.kind === 'method' || f.kind === 'interface-method') pushTo(methodsByName, f.shortName, id);
    }
    for (const u of program.unresolved) {
      // An unexported name can only select a method declared in the package where the selector is written (promoted
      // through embedding or not), so an unresolved `test.pkg` in go/loader cannot reach gcimporter's (*importer).pkg.
      const samePackageOnly = !isExported(u.name);
      const usePkg = program.files.get(u.file)!.pkg;
      for (const id of u.candidates ?? methodsByName.get(u.name) ?? []) {
        if (samePackageOnly && facts(id)!.pkg !== usePkg) continue;
        fixUnresolved(id, Codes.UnresolvedReference, `the receiver of .${u.name} could not be resolved`, u.pos, [
          { pos: u.pos, message: `.${u.name} is selected here` },
        ]);
      }
    }
  }
  if (replay) replayCalls(fix, replay, program);
  else {
    for (const c of program.calls) {
      const file = program.files.get(c.file)!;
      const multi = passesMultipleResults(program, c) ? multiValueAdapter(program, c, CHILD_CTX, '') : undefined;
      if (!file.generated && !(multi && 'why' in multi)) continue;
      const fixCall = record ? recordingCallFix(fix, record.calls, c) : fix;
      for (const t of c.via ? [c.via, ...c.targets] : c.targets) {
        if (file.generated)
          fixCall(t, Codes.GeneratedFile, 'it is called from a generated file', c.pos, [
            { pos: c.pos, message: 'called here' },
          ]);
        if (multi && 'why' in multi)
          fixCall(
            t,
            Codes.MultiValueArgument,
            `a call passes it the results of another call (f(g())), which cannot take a context first, and ${multi.why}`,
            c.pos,
            [{ pos: c.pos, message: "called with another call's results here" }],
          );
      }
    }
  }
  // Interface methods and their implementations change together, or none of them does.
  const groups = new UnionFind();
  for (const iface of program.interfaces)
    for (const [name, via] of iface.methods)
      for (const impl of iface.implementations.get(name) ?? []) groups.union(via, impl);
  const members = new Map<string, string[]>();
  for (const id of program.funcs.keys()) {
    const r = groups.find(id);
    pushTo(members, r, id);
  }

  const instrumented = (id: string) => {
    const f = facts(id);
    return !!f && reached.has(id) && !inert(f) && (f.kind === 'interface-method' || !!f.body);
  };
  const byId = new Map<string, Decision>();
  for (const group of members.values()) {
    const wants = group.some((id) => instrumented(id) && !facts(id)!.ctxParam);
    let kept: Decision['kept'];
    if (wants) {
      const blocker = group.find((id) => fixed.has(id) || facts(id)!.ctxParam || inert(facts(id)!));
      if (blocker) {
        const why = fixed.get(blocker) ?? { code: Codes.InterfaceGroup, reason: 'it already has a context parameter' };
        const viaInterface = facts(blocker)!.kind === 'interface-method' && group.length > 1;
        const declared = { pos: facts(blocker)!.pos, message: `${facts(blocker)!.name} is declared here` };
        const related = [declared, ...(why.related ?? []).filter((r) => !samePosition(r.pos, declared.pos))];
        if (viaInterface)
          kept = {
            ...why,
            reason: `${facts(blocker)!.name} must change together with it and keeps its signature: ${why.reason}`,
            related,
          };
        else
          kept =
            blocker === group[0] || group.length === 1
              ? why
              : {
                  ...why,
                  code: Codes.InterfaceGroup,
                  reason: `${facts(blocker)!.name} implements the same interface method and ${why.reason}`,
                  related,
                };
        if (group.length > 1 && blocker !== group[0])
          kept = { ...kept, code: why.code === Codes.InterfaceGroup ? Codes.InterfaceGroup : why.code };
        // A function left out by a volume rule keeps its signature quietly (it was asked for); the rest of its
        // interface group keeping theirs was not, so they are warned: exclude '**.(*fileStore).Get' keeps memStore.Get.
        const lo = leftOut.get(blocker);
        if (lo && group.length > 1)
          kept = {
            code: Codes.LeftOutInGroup,
            reason: `${facts(blocker)!.name} implements the same interface method and is left out by ${lo.why}`,
            related: [declared],
          };
      }
    }
    for (const id of group) {
      const f = facts(id)!;
      const isRoot = rootSet.has(id);
      const addParam = wants && !kept && !f.ctxParam;
      let span: SpanSource = 'none';
      const spanned = instrumented(id) || (addParam && !!f.body && !inert(f));
      if (f.kind === 'interface-method' || !f.body || !spanned) span = 'none';
      else if (isRoot) span = 'bootstrap';
      else if (addParam) span = 'param';
      else if (f.ctxParam && f.ctxParam.name !== '') span = 'own-context';
      else if (f.kind === 'literal') span = 'enclosing';
      else if (f.requestParam && f.requestParam.name !== '_') span = 'request-context';
      else span = 'new-root';
      const ownKept =
        !isRoot && wants && kept && instrumented(id) && !f.ctxParam && f.kind !== 'literal'
          ? (fixed.get(id) ?? kept)
          : undefined;
      byId.set(id, { id, reached: reached.has(id), addParam, span, kept: ownKept });
    }
  }
  // Resolution gaps are never silent: each one, where it is, and what it costs.
  for (const u of program.unresolved)
    diagnostics.push({
      code: Codes.UnresolvedCall,
      severity: 'info',
      pos: u.pos,
      message: u.candidates
        ? `the receiver type of .${u.name} is declared differently for different build targets; ${u.candidates.length ? `${u.candidates.join(', ')} keep${u.candidates.length === 1 ? 's' : ''} ${u.candidates.length === 1 ? 'its signature' : 'their signatures'}` : 'no module method is selected'}`
        : `the receiver type of .${u.name} could not be worked out; methods named ${u.name} keep their signatures`,
    });
  for (const d of byId.values()) {
    const f = facts(d.id)!;
    if (d.kept && d.kept.code !== Codes.FixedSignature)
      diagnostics.push({
        code: d.kept.code,
        severity: 'warning',
        pos: f.pos,
        message: `${f.name} keeps its signature: ${d.kept.reason}; ${d.span === 'request-context' ? "its span's parent is the span in its request's context, if any" : 'its span starts a new trace'}`,
        ...relatedOf(d.kept, f.pos),
      });
  }
  return { byId, roots, diagnostics, adapters: adapters.filter((v) => byId.get(v.target)?.addParam), leftOut };
}

/** `__atel_child_tracing_ctx` is in scope in `from`: it, or a function whose body holds it, opens a span. */
export function childContextInScope(program: Program, decisions: Decisions, from: string | undefined): boolean {
  for (let cur = from; cur; cur = program.funcs.get(cur)?.[0].enclosing) {
    const s = decisions.byId.get(cur)?.span;
    if (s && s !== 'none') return true;
  }
  return false;
}

function pushTo<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
