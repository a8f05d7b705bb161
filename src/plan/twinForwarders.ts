// Exported forwarders of twins: how direct and interface calls from other packages of the module reach a twin, whose
// name is unexported, without changing any method set: the names, the forwarder declarations, the call edits and
// the prune patterns that take them out again.
import { TextEdit } from '../edit/edit';
import { CallSite, Program } from '../symbols/program';
import { literalEnd } from './goLiterals';
import { CHILD_CTX, CTX_PARAM, CTX_TYPE, TWIN_PREFIX } from './atelSyntax';
import type { Decisions } from './decide';

/**
 * A twin is unexported, so another package cannot name it. The kept function's package gets an exported
 * package-level function that forwards to the twin (a package-level function is in no method set: reflection and
 * interfaces do not see it), and calls from other packages of the module call that:
 *   pkgA:  func (p *Program) Build() { return p.__atel_twin_Build(__atel_context.Background()) }   (the delegate)
 *   pkgA:  func AtelTwinOf__Program__Build(p *Program, __atel_tracing_ctx __atel_context.Context) { p.__atel_twin_Build(__atel_tracing_ctx) }
 *   pkgB:  prog.Build()   →   ssa.AtelTwinOf__Program__Build(prog, __atel_child_tracing_ctx)
 * A function's forwarder takes the context first, so its calls only change name (inject adds the context):
 *   pkgB:  ssa.NewProgram(fset, mode)   →   ssa.AtelTwin__NewProgram(__atel_child_tracing_ctx, fset, mode)
 * A call through an interface of pkgA goes through the interface's dispatch helper (src/plan/twinDispatch.ts):
 *   pkgB:  v.Referrers()   →   ssa.AtelVia__Value__Referrers(v, __atel_child_tracing_ctx)
 * The receiver is evaluated once, before the arguments, as in the method call; a pointer method on an addressable
 * value passes `&x`, a value method through a pointer `*x`, so that a nil pointer panics where and as it did.
 */
export const FORWARD_FUNC_PREFIX = 'AtelTwin__';
export const FORWARD_METHOD_PREFIX = 'AtelTwinOf__';
export const FORWARD_VIA_PREFIX = 'AtelVia__';
export const FORWARD_PROMOTED_PREFIX = 'AtelTwinIn__';
const IMPORT_ALIAS_PREFIX = '__atel_pkg_';

/** Every name a forwarder could take, as it appears in a module's text (the check that a name is free). */
const ANY_FORWARDER_NAME = /\bAtel(?:Twin|TwinOf|TwinIn|Via)__[\p{L}\p{Nd}_]*/gu;
/** A method name prune can read back from the end of a forwarder's name (after the last `__`). */
const SPLITTABLE = /^[\p{L}\p{Nd}](?:[\p{L}\p{Nd}]|_(?!_))*$/u;

/** A call from another package that reaches a twin through its package's forwarder. */
export interface ForwardedCall {
  /** The forwarder's name. */
  name: string;
  /**
   * For a method or interface call, how the call is rewritten: the qualifier of the forwarder's package ('' through
   * a dot import), how the operand becomes the receiver, and where the operand is. A function's call is only renamed
   * at nameStart.
   */
  method?: {
    qualifier: string;
    bind: '' | '&' | '*';
    operand: { start: number; end: number };
    /** The path the call's file imports under `qualifier` for the call (planForwarderImports). */
    importPath?: string;
  };
  nameStart: number;
}

/**
 * The forwarder names of one run: each free in the whole module (no file spells it) and claimed by one package; and
 * the names under which files that do not import a forwarder's package (or whose import a local name shadows at the
 * call) import it for the call, `__atel_pkg_<name>`, which no user name can take.
 */
export class ForwarderNames {
  private taken?: Set<string>;
  private readonly claimed = new Map<string, string>();
  private readonly aliases = new Map<string, Map<string, string>>();
  constructor(private readonly program: Program) {}

  /** The qualifier a call in `file` names package `path` (named `pkgName`) with, and the import it needs if any. */
  qualifier(c: CallSite, path: string, pkgName: string): { qualifier: string; importPath?: string } {
    if (c.crossPackage?.qualifier !== undefined) return { qualifier: c.crossPackage.qualifier };
    const inFile = this.aliases.get(c.file) ?? new Map<string, string>();
    this.aliases.set(c.file, inFile);
    let alias = inFile.get(path);
    if (!alias) {
      const used = new Set(inFile.values());
      alias = `${IMPORT_ALIAS_PREFIX}${pkgName}`;
      for (let n = 2; used.has(alias); n++) alias = `${IMPORT_ALIAS_PREFIX}${pkgName}_${n}`;
      inFile.set(path, alias);
    }
    return { qualifier: alias, importPath: path };
  }

  /** The name for `prefix + parts`, when the package may declare it; undefined when it cannot be used. */
  claim(pkg: string, prefix: string, parts: string[]): string | undefined {
    const method = parts[parts.length - 1];
    if (prefix !== FORWARD_FUNC_PREFIX && (!SPLITTABLE.test(method) || parts.some((p) => p.includes('__'))))
      return undefined;
    const name = prefix + parts.join('__');
    const owner = this.claimed.get(name);
    if (owner !== undefined) return owner === pkg ? name : undefined;
    if (!this.taken) {
      this.taken = new Set();
      // (Every such name holds `Atel`: the regular expression runs only over the few files that do.)
      for (const f of this.program.files.values())
        if (f.text.includes('Atel')) for (const m of f.text.matchAll(ANY_FORWARDER_NAME)) this.taken.add(m[0]);
    }
    if (this.taken.has(name)) return undefined;
    this.claimed.set(name, pkg);
    return name;
  }
}

/**
 * The operand and name of a method call `x.M(` written plainly (the name right after the dot, `(` right after the
 * name), so that prune can write it back byte for byte; undefined otherwise.
 */
export function plainMethodCall(
  text: string,
  c: CallSite,
  name: string,
): { operand: { start: number; end: number }; nameStart: number } | undefined {
  if (!c.callee) return undefined;
  const nameStart = c.args.open - name.length;
  if (text.slice(nameStart - 1, c.args.open) !== `.${name}` || nameStart - 1 <= c.callee.start) return undefined;
  return { operand: { start: c.callee.start, end: nameStart - 1 }, nameStart };
}

/**
 * The call edits of a method or interface call rewritten to a forwarder (the context is written here, inject adds
 * none): the forwarder's name and `(` before the operand, then the context in place of `.M(`:
 *   x.M(a)   →   pkg.AtelTwinOf__T__M(&x, __atel_child_tracing_ctx, a)
 */
export function forwardedMethodCallEdits(text: string, c: CallSite, call: ForwardedCall): TextEdit[] {
  const m = call.method!;
  const sep = c.args.count === 0 ? '' : c.args.firstOnNewLine !== undefined ? ',' : ', ';
  const message = `call ${call.name}, which reaches the twin from another package`;
  return [
    {
      start: m.operand.start,
      end: m.operand.start,
      newText: `${m.qualifier ? `${m.qualifier}.` : ''}${call.name}(${m.bind}`,
      kind: 'twin',
      message,
      // The forwarder's list holds the receiver and the context besides the arguments: gofmt spaces them anew.
      opensList: `${m.qualifier ? `${m.qualifier}.` : ''}${call.name}`.length,
    },
    { start: m.operand.end, end: c.args.open + 1, newText: `, ${CHILD_CTX}${sep}`, kind: 'twin', message },
  ];
}

/**
 * The call edits of every method and interface call rewritten to a forwarder, per file. Where operands nest
 * (`x.N().M()`, both rewritten), the outer call's edits come first, so that its head is written outside.
 */
export function planForwardedCallEdits(program: Program, decisions: Decisions): Map<string, TextEdit[]> {
  const rewritten: Array<[CallSite, ForwardedCall]> = [];
  for (const d of decisions.byId.values())
    for (const [c, fw] of d.twin?.forwarded?.calls ?? []) if (fw.method) rewritten.push([c, fw]);
  for (const [c, d] of decisions.dispatches ?? [])
    if (d.cross)
      rewritten.push([
        c,
        {
          name: d.cross.name,
          nameStart: d.nameStart,
          method: {
            qualifier: d.cross.qualifier,
            bind: '',
            operand: d.operand,
            ...(d.cross.importPath ? { importPath: d.cross.importPath } : {}),
          },
        },
      ]);
  rewritten.sort(
    ([a, fa], [b, fb]) => fa.method!.operand.start - fb.method!.operand.start || b.args.close - a.args.close,
  );
  const out = new Map<string, TextEdit[]>();
  for (const [c, fw] of rewritten) {
    const list = out.get(c.file) ?? [];
    if (!out.has(c.file)) out.set(c.file, list);
    list.push(...forwardedMethodCallEdits(program.files.get(c.file)!.text, c, fw));
  }
  return out;
}

/**
 * The imports files need for their forwarded calls, one declaration after the file's imports (after instrgen's own):
 *   import __atel_pkg_typeutil "golang.org/x/tools/go/types/typeutil"
 * A file that does not import the package of a value it calls a method on still depends on it (the value's type
 * comes from it through the packages the file imports), so the import adds no dependency and no cycle.
 */
export function planForwarderImports(program: Program, decisions: Decisions): Map<string, TextEdit> {
  const byFile = new Map<string, Map<string, string>>();
  const add = (file: string, alias: string, path: string) =>
    byFile.set(file, (byFile.get(file) ?? new Map<string, string>()).set(alias, path));
  for (const d of decisions.byId.values())
    for (const [c, fw] of d.twin?.forwarded?.calls ?? [])
      if (fw.method?.importPath) add(c.file, fw.method.qualifier, fw.method.importPath);
  for (const [c, d] of decisions.dispatches ?? [])
    if (d.cross?.importPath) add(c.file, d.cross.qualifier, d.cross.importPath);
  const out = new Map<string, TextEdit>();
  for (const [file, specs] of byFile) {
    const f = program.files.get(file)!;
    const nl = f.eol;
    const lines = [...specs]
      .sort(([, a], [, b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
      .map(([alias, path]) => `${alias} "${path}"`);
    const decl =
      lines.length === 1 ? `import ${lines[0]}` : `import (${nl}${lines.map((l) => `\t${l}${nl}`).join('')})`;
    out.set(file, {
      start: f.importInsertAt,
      end: f.importInsertAt,
      newText: `${nl}${nl}${decl}`,
      kind: 'import',
      message: 'import the packages of forwarders this file calls',
    });
  }
  return out;
}

/** Prune, round two: the import declarations planForwarderImports wrote. */
export const FORWARDER_IMPORTS =
  /\r?\n\r?\nimport (?:__atel_pkg_[\p{L}\p{Nd}_]+ "[^"\r\n]*"|\(\r?\n(?:\t__atel_pkg_[\p{L}\p{Nd}_]+ "[^"\r\n]*"\r?\n)+\))/gu;

/**
 * A forwarder's declaration, written after the kept function's delegate: the receiver (named) as the first parameter
 * and the context next, then the delegate's parameters and results as written (`rest`, after its `(`), and a body
 * calling the twin:
 *   func AtelTwinOf__T__M(t *T, __atel_tracing_ctx __atel_context.Context, x int) int {\n\treturn t.__atel_twin_M(__atel_tracing_ctx, x)\n}\n\n
 */
export function forwarderDeclText(
  name: string,
  firstParams: string[],
  typeParams: string,
  params: { rest: string; count: number; onNewLine: boolean },
  returns: boolean,
  call: string,
  nl: string,
): string {
  const head = [...firstParams, `${CTX_PARAM} ${CTX_TYPE}`].join(', ');
  const sep = params.count === 0 ? '' : params.onNewLine ? ',' : ', ';
  return `func ${name}${typeParams}(${head}${sep}${params.rest} {${nl}\t${returns ? 'return ' : ''}${call}${nl}}${nl}${nl}`;
}

/** The twin's call in a forwarder: `t.__atel_twin_M(__atel_tracing_ctx, x)`. */
export function forwardedTwinCall(recv: string, shortName: string, typeArgs: string, args: string[]): string {
  return `${recv ? `${recv}.` : ''}${TWIN_PREFIX}${shortName}${typeArgs}(${[CTX_PARAM, ...args].join(', ')})`;
}

/**
 * Prune, round one: a forwarder of a kept function (found by its body, as the delegate is; prune looks back for its
 * `func` line, which names the forwarder) and the forwarders of dispatch helpers.
 */
export const FORWARDER_BODY = new RegExp(
  String.raw` \{\r?\n\t(?:return )?(?:[\p{L}_][\p{L}\p{Nd}_]*\.)?__atel_twin_[\p{L}\p{Nd}_]+(?:\[[^\r\n]*\])?\(__atel_tracing_ctx(?:, [^\r\n]*)?\)\r?\n\}\r?\n\r?\n(?=func )`,
  'gu',
);

/** The edits that take out forwarder declarations written after delegates (see forwarderDeclText). */
export function forwarderDeclPruneEdits(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(FORWARDER_BODY)) {
    const start = text.lastIndexOf('\nfunc ', m.index!) + 1;
    const prefixes = [FORWARD_FUNC_PREFIX, FORWARD_METHOD_PREFIX, FORWARD_PROMOTED_PREFIX];
    if (!prefixes.some((p) => text.startsWith(`func ${p}`, start))) continue;
    out.push({ start, end: m.index! + m[0].length });
  }
  return out;
}

/** Prune, round two: a function forwarder's name at a call loses its prefix (the context goes with inject's). */
export const FORWARDED_FUNC_NAME = /(?<![\p{L}\p{Nd}_])AtelTwin__(?=[\p{L}_])/gu;

/** Prune, round two: the start of a method or interface call rewritten to a forwarder, up to its `(` and bind. */
const FORWARDED_METHOD_CALL =
  /(?<![\p{L}\p{Nd}_.]|func )(?:[\p{L}_][\p{L}\p{Nd}_]*\.)?(?:AtelTwinOf|AtelTwinIn|AtelVia)__[\p{L}\p{Nd}_]*__([\p{L}\p{Nd}](?:[\p{L}\p{Nd}]|_(?!_))*)\(([&*]?)/gu;

/**
 * Prune, round two: `pkg.AtelTwinOf__T__M(&x, __atel_child_tracing_ctx, a)` goes back to `x.M(a)`: the head goes,
 * and the context argument after the operand becomes `.M(`.
 */
export function forwardedCallPruneEdits(
  text: string,
): Array<{ start: number; end: number; newText: string; opensList?: number }> {
  const out: Array<{ start: number; end: number; newText: string; opensList?: number }> = [];
  for (const m of text.matchAll(FORWARDED_METHOD_CALL)) {
    const open = m.index! + m[0].length - 1 - m[2].length;
    const comma = operandEnd(text, open);
    if (comma === undefined) continue;
    let end = comma + `, ${CHILD_CTX}`.length;
    if (text.startsWith(', ', end)) end += 2;
    else if (text[end] === ',') end += 1;
    else if (text[end] !== ')') continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, newText: '' });
    // The list is the method's own again (without receiver and context): gofmt spaces its operands anew.
    out.push({ start: comma, end, newText: `.${m[1]}(`, opensList: m[1].length + 1 });
  }
  return out;
}

/** The offset of the `,` that ends a forwarder call's first argument (followed by the context), if any. */
function operandEnd(text: string, open: number): number | undefined {
  let depth = 0;
  for (let i = open + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (--depth < 0) return undefined;
    } else if (ch === '"' || ch === "'" || ch === '`') i = literalEnd(text, i);
    else if (ch === ',' && depth === 0) return text.startsWith(`, ${CHILD_CTX}`, i) ? i : undefined;
  }
  return undefined;
}
