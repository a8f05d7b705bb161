// Calls through a module interface whose methods keep their signatures, made to reach the twins of the implementations
// in the interface's own package: which calls qualify, the call edits, and the dispatch helper each interface gets.
import { TextEdit } from '../edit/edit';
import { CallSite, FuncFacts, Program } from '../symbols/program';
import { CTX_PARAM, CTX_TYPE, TWIN_PREFIX } from './atelSyntax';
import type { Decisions } from './decide';
import { buildConstrained } from './packageDecls';

/**
 * A call `v.M(args)` through module interface I whose methods keep their signatures (an implementation is kept for a
 * reason of its own: a standard library interface, reflection, ...), made from instrumented code of I's package:
 *   v.Referrers()   →   __atel_via_Value(v).__atel_twin_Referrers(__atel_child_tracing_ctx)
 * The helper (declared at the end of I's file) asserts the value to the twin's method, which only types of I's
 * package can have (the name is unexported), and calls it with the context; any other value (another package's
 * implementation, one without a twin, nil) is called as before, through the kept method:
 *   type __atel_dispatch_Value struct{ __atel_v Value }
 *   func __atel_via_Value(__atel_v Value) __atel_dispatch_Value { return __atel_dispatch_Value{__atel_v} }
 *   func (__atel_d __atel_dispatch_Value) __atel_twin_Referrers(__atel_tracing_ctx __atel_context.Context) *[]Instruction {
 *   	if __atel_t, __atel_ok := __atel_d.__atel_v.(interface {
 *   		__atel_twin_Referrers(__atel_context.Context) *[]Instruction
 *   	}); __atel_ok {
 *   		return __atel_t.__atel_twin_Referrers(__atel_tracing_ctx)
 *   	}
 *   	return __atel_d.__atel_v.Referrers()
 *   }
 * The method sets of the interface and of every type stay as they were; v and the arguments are evaluated once, in
 * the same order; a nil v panics in the kept method's call as before.
 */
export interface Dispatch {
  /** The interface's name, its file, and the interface method's id. */
  iface: string;
  file: string;
  method: string;
  /** Where the operand `v` ends (the `.` before the method name) and the method name starts. */
  operand: { start: number; end: number };
  nameStart: number;
  /**
   * A call from another package of the module: the exported forwarder of the helper it calls, and the qualifier of
   * the interface's package in the call's file (src/plan/twinForwarders.ts):
   *   v.Referrers()   →   ssa.AtelVia__Value__Referrers(v, __atel_child_tracing_ctx)
   *   func AtelVia__Value__Referrers(__atel_v Value, __atel_tracing_ctx __atel_context.Context) *[]Instruction {
   *   	return __atel_dispatch_Value{__atel_v}.__atel_twin_Referrers(__atel_tracing_ctx)
   *   }
   */
  cross?: { qualifier: string; name: string; importPath?: string };
}

const DISPATCH_TYPE = '__atel_dispatch_';
const DISPATCH_FUNC = '__atel_via_';

/**
 * The dispatch of a call through an interface method, when the call may use one: the interface is declared in the
 * call's package, or in a non-test file of another package of the module that the call's file imports, in a file
 * instrgen edits, is not generic and spells its method's parameters plainly; the call is written `operand.Name(`
 * (from another package: with nothing between the name and `(`) and passes no other call's several results.
 */
export function dispatchOf(program: Program, c: CallSite, nameStart: number | undefined): Dispatch | undefined {
  // A struct embedding the interface would be copied into it (vet's copylocks), a type parameter is not spelled.
  if (!c.via || !c.ifaceOperand || nameStart === undefined || !c.callee) return undefined;
  const m = program.funcs.get(c.via)?.[0];
  if (!m || m.kind !== 'interface-method' || m.generic) return undefined;
  const ifaceFile = program.files.get(m.file)!;
  const callFile = program.files.get(c.file)!;
  const cross = ifaceFile.pkg !== callFile.pkg;
  if (ifaceFile.generated || ifaceFile.ignored || (cross ? ifaceFile.isTest : ifaceFile.isTest !== callFile.isTest))
    return undefined;
  if (cross && (!c.crossPackage || callFile.text.slice(nameStart - 1, c.args.open) !== `.${m.shortName}`))
    return undefined;
  // The helper goes into the interface's file: it must be compiled wherever the call is.
  if (m.file !== c.file && buildConstrained(ifaceFile.path, ifaceFile.text)) return undefined;
  const iface = c.via.slice(c.via.lastIndexOf('.', c.via.indexOf(').')) + 1, c.via.indexOf(').'));
  if (!/^[\p{L}_][\p{L}\p{Nd}_]*$/u.test(iface)) return undefined;
  if (new RegExp(`\\b${iface}\\s*\\[`, 'u').test(ifaceFile.text)) return undefined; // generic, or maybe
  if (callFile.text[nameStart - 1] !== '.' || nameStart - 1 <= c.callee.start) return undefined;
  const single = c.args.count === 1 ? c.args.singleCallValues : undefined;
  if (single !== undefined && single !== 1 && !(single === -1 && m.params.arity === 1 && !m.params.variadic))
    return undefined;
  if (methodTexts(m, ifaceFile.text) === undefined) return undefined;
  return { iface, file: m.file, method: c.via, operand: { start: c.callee.start, end: nameStart - 1 }, nameStart };
}

/** The parameter types and results of an interface method as written, or undefined where comments are in them. */
function methodTexts(m: FuncFacts, text: string): { types: string[]; result: string } | undefined {
  if (/\/\/|\/\*/.test(text.slice(m.params.open, m.params.close + 1)) || /\/\/|\/\*/.test(m.resultText))
    return undefined;
  if (m.params.types.length !== m.params.arity || m.params.types.some((t) => !t.trim() || /[\r\n]/.test(t)))
    return undefined;
  if (/[\r\n]/.test(m.resultText)) return undefined;
  return { types: m.params.types.map((t) => t.trim()), result: m.resultText.trim() };
}

/** The call edits of every dispatch: the operand wrapped in the helper, the twin's name (the context argument is inject's). */
export function planDispatchCallEdits(decisions: Decisions): Map<string, TextEdit[]> {
  const out = new Map<string, TextEdit[]>();
  const push = (file: string, e: TextEdit) => {
    const list = out.get(file);
    if (list) list.push(e);
    else out.set(file, [e]);
  };
  for (const [c, d] of decisions.dispatches ?? []) {
    if (d.cross) continue; // src/plan/twinForwarders.ts
    const message = `call ${d.iface}'s method through its dispatch helper, which reaches the twins`;
    push(c.file, {
      start: d.operand.start,
      end: d.operand.start,
      newText: `${DISPATCH_FUNC}${d.iface}(`,
      kind: 'twin',
      message,
    });
    push(c.file, { start: d.operand.end, end: d.operand.end, newText: ')', kind: 'twin', message });
    push(c.file, { start: d.nameStart, end: d.nameStart, newText: TWIN_PREFIX, kind: 'twin', message });
  }
  return out;
}

/**
 * The helper declarations, at the end of each interface's file (before its last line break, as a unit that begins
 * with a blank line): the dispatch type, its constructor, and one method per interface method called this way.
 */
export function planDispatchDecls(program: Program, decisions: Decisions): Map<string, TextEdit> {
  const byIface = new Map<
    string,
    { file: string; iface: string; methods: Set<string>; forwarders: Map<string, string> }
  >();
  for (const d of (decisions.dispatches ?? new Map<CallSite, Dispatch>()).values()) {
    const key = `${d.file}\0${d.iface}`;
    const entry = byIface.get(key) ?? { file: d.file, iface: d.iface, methods: new Set(), forwarders: new Map() };
    entry.methods.add(d.method);
    if (d.cross) entry.forwarders.set(d.method, d.cross.name);
    byIface.set(key, entry);
  }
  const texts = new Map<string, string[]>();
  for (const { file, iface, methods, forwarders } of [...byIface.values()].sort((a, b) =>
    a.iface < b.iface ? -1 : 1,
  )) {
    const f = program.files.get(file)!;
    const nl = f.eol;
    const type = `${DISPATCH_TYPE}${iface}`;
    const units = [
      `type ${type} struct{ __atel_v ${iface} }`,
      `func ${DISPATCH_FUNC}${iface}(__atel_v ${iface}) ${type} {${nl}\treturn ${type}{__atel_v}${nl}}`,
    ];
    for (const id of [...methods].sort()) {
      const m = program.funcs.get(id)![0];
      const { types, result } = methodTexts(m, f.text)!;
      const params = types.map((t, i) => `__atel_p${i} ${t}`);
      const args = types.map((t, i) => `__atel_p${i}${t.startsWith('...') ? '...' : ''}`);
      const twin = `${TWIN_PREFIX}${m.shortName}`;
      const res = result ? ` ${result}` : '';
      const spec = `interface {${nl}\t\t${twin}(${[CTX_TYPE, ...types].join(', ')})${res}${nl}\t}`;
      const twinCall = `__atel_t.${twin}(${[CTX_PARAM, ...args].join(', ')})`;
      const keptCall = `__atel_d.__atel_v.${m.shortName}(${args.join(', ')})`;
      const lines = [
        `func (__atel_d ${type}) ${twin}(${[`${CTX_PARAM} ${CTX_TYPE}`, ...params].join(', ')})${res} {`,
        `\tif __atel_t, __atel_ok := __atel_d.__atel_v.(${spec}); __atel_ok {`,
        ...(result ? [`\t\treturn ${twinCall}`] : [`\t\t${twinCall}`, '\t\treturn']),
        '\t}',
        result ? `\treturn ${keptCall}` : `\t${keptCall}`,
        '}',
      ];
      units.push(lines.join(nl));
      const forwarder = forwarders.get(id);
      if (forwarder)
        units.push(
          [
            `func ${forwarder}(${[`__atel_v ${iface}`, `${CTX_PARAM} ${CTX_TYPE}`, ...params].join(', ')})${res} {`,
            `\t${result ? 'return ' : ''}${type}{__atel_v}.${twin}(${[CTX_PARAM, ...args].join(', ')})`,
            '}',
          ].join(nl),
        );
    }
    texts.set(file, [...(texts.get(file) ?? []), ...units.map((u) => `${nl}${nl}${u}`)]);
  }
  const out = new Map<string, TextEdit>();
  for (const [file, units] of texts) {
    const text = program.files.get(file)!.text;
    const at = text.endsWith('\r\n') ? text.length - 2 : text.endsWith('\n') ? text.length - 1 : text.length;
    out.set(file, {
      start: at,
      end: at,
      newText: units.join(''),
      kind: 'twin',
      message: 'declare the dispatch helpers',
    });
  }
  return out;
}

/** The names the helpers take in a package are free: no declaration of the module starts with them. */
export function dispatchNamesFree(program: Program, pkg: string, iface: string): boolean {
  for (const f of program.files.values()) {
    if (f.pkg !== pkg) continue;
    if (f.text.includes(`${DISPATCH_TYPE}${iface}`) || f.text.includes(`${DISPATCH_FUNC}${iface}`)) return false;
  }
  return true;
}

/** Prune: the helper declarations, each a unit beginning with a blank line (see planDispatchDecls). */
export const DISPATCH_DECL = new RegExp(
  String.raw`\r?\n\r?\n(?:type __atel_dispatch_[\p{L}\p{Nd}_]+ struct\{ __atel_v [^\r\n]+ \}|func (?:\(__atel_d __atel_dispatch_[\p{L}\p{Nd}_]+\) __atel_twin_|__atel_via_|AtelVia__[\p{L}\p{Nd}_]*\(__atel_v )[^\r\n]*\{\r?\n(?:\t[^\r\n]*\r?\n)*\})(?=\r?\n|$)`,
  'gu',
);

/** Prune: the start of a wrapped operand, `__atel_via_Value(` (not the helper's own declaration). */
export const DISPATCH_CALL = /(?<!func )\b__atel_via_[\p{L}\p{Nd}_]+\(/gu;
