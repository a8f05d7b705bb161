// Planning the inject rewrite: from decisions to text edits (parameters, arguments, spans, imports), mutating nothing.
import { FileEdits, TextEdit } from '../edit/edit';
import { indentAt as lineIndentAt } from '../parse/positions';
import { FileFacts, FuncFacts, Program } from '../symbols/program';
import {
  adapterText,
  BACKGROUND_CTX,
  bootstrapLines,
  methodExprAdapterText,
  methodValueAdapterText,
  CHILD_CTX,
  END_ALL,
  END_ALL_THEN,
  CTX_PARAM,
  CTX_TYPE,
  IMPORTS,
  importDeclText,
  ONE_LINE_MARK,
  RTLIB_QUALIFIER,
  spanLines,
  TODO_CTX,
  unnamedParamName,
} from './atelSyntax';
import {
  codeDecl,
  endHelperText,
  handlerAdapterContext,
  literalHandlerParent,
  packageDeclUnit,
  perCallTracer,
  requestContext,
  SpanStart,
  TRACER_VAR,
  tracerDecl,
} from './atelSyntax';
import { errorResult } from './errorResult';
import { codeLocation, codeVarNames, tracerFile } from './packageDecls';
import { adapterSignature } from './adapterSignature';
import { childContextInScope, Decisions } from './decide';
import { callsTwin, planTwinEdits } from './twins';
import { planDispatchCallEdits, planDispatchDecls } from './twinDispatch';
import { planForwardedCallEdits, planForwarderImports } from './twinForwarders';
import { planParentSpanArguments } from './parentContext';
import { multiValueAdapter, passesMultipleResults } from './multiValueCalls';
import { planOpenedStructs } from './functionGroups';
import { handOffParent, LENT_CTX, withHandOffLine } from './atelSyntax';

export const DEFAULT_RTLIB_PATH = 'instrgen.dev/rtlib';

/**
 * The edit right after `(` that makes `first` the first parameter or argument. Where the list's first item is on a
 * new line and a comment ends the `(` line, the new item goes below the comment, which stays on its line:
 *   MultiReader( // why        MultiReader( // why
 *       a,              →          __atel_context.TODO(),
 *                                  a,
 */
function firstInList(
  text: string,
  list: { open: number; count: number; firstOnNewLine?: number },
  first: string,
  nl: string,
): { end: number; newText: string } {
  const at = list.open + 1;
  if (list.count === 0) return { end: at, newText: first };
  if (list.firstOnNewLine === undefined) return { end: at, newText: `${first}, ` };
  const item = `${nl}${lineIndentAt(text, list.firstOnNewLine)}${first},`;
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd > 0 && text[lineEnd - 1] === '\r') lineEnd--;
  const rest = text.slice(at, lineEnd);
  if (lineEnd > at && /^[ \t]*\/\//.test(rest)) return { end: lineEnd, newText: `${rest}${item}` };
  return { end: at, newText: item };
}

interface FileNeeds {
  context: boolean;
  otel: boolean;
  attribute?: boolean;
  codes?: boolean;
  trace?: boolean;
  rtlib?: string;
}

/** Every edit of one inject run, grouped by file, with the imports each edited file now needs. */
export function planInject(program: Program, decisions: Decisions, rtlibPath?: string): FileEdits[] {
  const edits = new Map<string, TextEdit[]>();
  const needs = new Map<string, FileNeeds>();
  const push = (file: string, e: TextEdit) => {
    const list = edits.get(file);
    if (list) list.push(e);
    else edits.set(file, [e]);
  };
  const need = (file: string, what: Partial<FileNeeds>) => {
    const n = needs.get(file) ?? { context: false, otel: false };
    needs.set(file, {
      context: n.context || !!what.context,
      otel: n.otel || !!what.otel,
      attribute: n.attribute || what.attribute,
      codes: n.codes || what.codes,
      trace: n.trace || what.trace,
      rtlib: n.rtlib ?? what.rtlib,
    });
  };
  const decision = (id: string) => decisions.byId.get(id);

  // 1. Signatures: the context parameter, first.
  for (const [id, decls] of program.funcs) {
    const d = decision(id);
    if (!d) continue;
    for (const f of decls) {
      const file = program.files.get(f.file)!;
      // Positions sharing one written function type (a named func type) change it once.
      if (f.typeEditedBy) continue;
      if (d.addParam || d.twin) {
        // An interface method spec may stay unnamed; a declaration's body needs the context by name, so its other
        // parameters get names too.
        const unnamedSpec = f.kind === 'interface-method' && f.params.unnamed;
        const param = unnamedSpec ? CTX_TYPE : `${CTX_PARAM} ${CTX_TYPE}`;
        push(f.file, {
          start: f.params.open + 1,
          ...firstInList(file.text, f.params, param, file.eol),
          kind: 'add-param',
          message: `add context parameter to ${f.name}`,
        });
        if (f.params.unnamed && !unnamedSpec)
          f.params.starts.forEach((at, i) =>
            push(f.file, {
              start: at,
              end: at,
              newText: `${unnamedParamName(i)} `,
              kind: 'add-param',
              message: `name the parameters of ${f.name}`,
            }),
          );
        need(f.file, { context: true });
      } else if (d.span === 'own-context' && f.ctxParam?.name === '_') {
        push(f.file, {
          start: f.ctxParam.nameStart,
          end: f.ctxParam.nameEnd,
          newText: CTX_PARAM,
          kind: 'span',
          message: `name the context parameter of ${f.name}`,
        });
      }
    }
  }

  // 1a. One-line structs whose function-typed field gains the context: opened, as gofmt would.
  for (const { file, edit } of planOpenedStructs(program, decisions)) push(file, edit);

  // A one-line body that gets span lines is opened (bodyInsertion), so a closure written into it is laid out at the
  // indentation its statement gets there, not at that of the line the body was on:
  //   func f() string { return join(split(s)) }
  //   func f() string {\n\t<span lines>\n\treturn func(...) string {\n\t\treturn join(ctx, p0, p1)\n\t}(split(ctx, s))\n}
  const opened = new Map<string, FuncFacts[]>();
  for (const [id, decls] of program.funcs)
    if ((decision(id)?.span ?? 'none') !== 'none')
      for (const f of decls)
        if (f.body?.oneLine) {
          const inFile = opened.get(f.file);
          if (inFile) inFile.push(f);
          else opened.set(f.file, [f]);
        }
  const statementIndentAt = (file: string, offset: number) => {
    let inner: FuncFacts | undefined;
    for (const f of opened.get(file) ?? [])
      if (f.body!.open < offset && offset < f.body!.close && (!inner || f.body!.open > inner.body!.open)) inner = f;
    return inner ? inner.body!.indent : lineIndentAt(program.files.get(file)!.text, offset);
  };

  // 2. Call sites: the caller's child context, or TODO where the caller has none.
  for (const c of program.calls) {
    const twin = callsTwin(decisions, c);
    const changed = twin || (c.via ? decision(c.via)?.addParam : c.targets.some((t) => decision(t)?.addParam));
    if (!changed) continue;
    const file = program.files.get(c.file)!;
    let ctx = twin || childContextInScope(program, decisions, c.from) ? CHILD_CTX : TODO_CTX;
    // An unreached function below a call through an untracked function value passes the span lent there.
    if (ctx === TODO_CTX && c.from !== undefined && decisions.handOffs?.todoTakers?.has(c.from)) {
      ctx = LENT_CTX;
      need(c.file, { rtlib: rtlibPath ?? DEFAULT_RTLIB_PATH });
    }
    const multi = passesMultipleResults(program, c)
      ? multiValueAdapter(program, c, ctx, statementIndentAt(c.file, c.callee?.start ?? 0))
      : undefined;
    if (multi && 'text' in multi) {
      push(c.file, {
        start: c.callee!.start,
        end: c.callee!.end,
        newText: multi.text,
        kind: 'multi-value-call',
        message: `wrap ${file.text.slice(c.callee!.start, c.callee!.end)} in a closure taking another call's results`,
      });
      if (ctx === TODO_CTX) need(c.file, { context: true });
      continue;
    }
    push(c.file, {
      start: c.args.open + 1,
      ...firstInList(file.text, c.args, ctx, file.eol),
      kind: 'pass-context',
      message: `pass context to ${program.funcs.get(c.targets[0] ?? c.via!)?.[0].name ?? 'call'}`,
    });
    if (ctx === TODO_CTX) need(c.file, { context: true });
  }

  // 2a. Kept functions with a twin: the delegate above it, the twin's name, calls that name it (src/plan/twins.ts).
  for (const [file, es] of planTwinEdits(program, decisions)) es.forEach((e) => push(file, e));

  // 2b. Contexts the program made, passed to functions that reuse them: the caller's span rides along.
  for (const { file, edit } of planParentSpanArguments(program, decisions)) {
    push(file, edit);
    need(file, { rtlib: rtlibPath ?? DEFAULT_RTLIB_PATH });
  }

  // 2c. Functions used as values: an adapter closure keeps the value's type and passes the context on; a handler's
  //     passes its request's span where there is one.
  const handlerCtx = (f: FuncFacts, file: string) => {
    if (!f.requestParam) return CHILD_CTX;
    need(file, { rtlib: rtlibPath ?? DEFAULT_RTLIB_PATH });
    return handlerAdapterContext(f.requestParam.index);
  };
  for (const v of decisions.adapters) {
    const f = program.funcs.get(v.target)![0];
    const file = program.files.get(v.file)!;
    const written = file.text.slice(v.start, v.end);
    const indent = statementIndentAt(v.file, v.start);
    const sig = adapterSignature(f, program.files.get(f.file)!, file, v);
    if ('unspellable' in sig) throw new Error(`adapter for ${f.id} planned although ${sig.unspellable}`);
    const shape = (ctx: string) => ({ paramTypes: sig.params, resultText: sig.result, ctx, indent, nl: file.eol });
    let text: string;
    if (v.form === 'method expression') {
      // `(*T).M` or `T.M`: the receiver type is what precedes the method name, without the parentheses.
      const recv = written.slice(0, written.lastIndexOf('.')).replace(/^\((.*)\)$/, '$1');
      text = methodExprAdapterText(recv, f.shortName, shape(CHILD_CTX));
    } else if (v.form === 'method value' && v.receiver && !('unbindable' in v.receiver))
      text = methodValueAdapterText(v.receiver, f.shortName, shape(handlerCtx(f, v.file)));
    else text = adapterText(written, shape(handlerCtx(f, v.file)));
    push(v.file, {
      start: v.start,
      end: v.end,
      newText: text,
      kind: 'adapter',
      message: `wrap ${f.name} in an adapter closure`,
    });
  }

  // 3. Spans at the top of bodies, from one tracer per package, with code locations registered once; a function whose
  //    last result is `error` ends its span through the package's helper, which records a returned error.
  const spanDecls: FuncFacts[] = [];
  for (const [id, decls] of program.funcs) {
    const d = decision(id);
    if (d && d.span !== 'none') spanDecls.push(...decls.filter((f) => f.body));
  }
  const packages = packagePlans(program, spanDecls);
  const attrsByFile = new Map<string, string[]>();
  for (const f of spanDecls) {
    const file = program.files.get(f.file)!;
    const pkg = packages.get(file.pkg)!;
    const err = pkg.tracerFile === undefined ? undefined : errorResult(f, file);
    if (err) {
      err.edits.forEach((e) => push(f.file, e));
      pkg.usesHelper = true;
    }
    attrsByFile.set(f.file, [
      ...(attrsByFile.get(f.file) ?? []),
      codeDecl(
        pkg.attrs.get(f.id)!,
        codeLocation(f, program.modulePath, spanName(f), program.files.get(f.file)?.goPath),
      ),
    ]);
    need(f.file, { rtlib: rtlibPath ?? DEFAULT_RTLIB_PATH });
    const start: SpanStart = {
      tracer: pkg.tracerFile === undefined ? perCallTracer(f.pkg) : TRACER_VAR,
      name: spanName(f),
      errResult: err?.name,
    };
    const d = decision(f.id)!;
    // Hand-offs (src/plan/handOff.ts): a method the standard library calls back takes the span its caller lent.
    const parent = decisions.handOffs?.parented.has(f.id) ? handOffParent : (ctx: string) => ctx;
    const lines = spanText(f, file, d.span, start, rtlibPath ?? DEFAULT_RTLIB_PATH, need, parent);
    const lends = decisions.handOffs?.lenders.has(f.id);
    for (const e of bodyInsertion(f, file, lends ? withHandOffLine(lines) : lines)) push(f.file, e);
    need(f.file, {
      otel: d.span === 'bootstrap' || pkg.tracerFile === undefined,
      context: d.span === 'bootstrap' || d.span === 'new-root',
    });
  }
  // At the end of each file: the package's tracer (and error helper) in its tracer file, the attributes of the
  // file's functions. Inserted before the last line break, so that each is `<blank line><declaration>`.
  // They are pushed after the imports: in a file that is only a package clause (a doc.go) both go at its end, and the
  // import declaration must come first.
  const declEdits: Array<[string, TextEdit]> = [];
  const tracerOf = new Map(
    [...packages]
      .filter(([, p]) => p.tracerFile !== undefined)
      .map(([path, p]) => [p.tracerFile!, { path, helper: p.usesHelper }]),
  );
  for (const path of new Set([...attrsByFile.keys(), ...tracerOf.keys()])) {
    const file = program.files.get(path)!;
    const pkg = tracerOf.get(path);
    const decls = [
      ...(pkg ? [tracerDecl(pkg.path)] : []),
      ...(attrsByFile.get(path) ?? []),
      ...(pkg?.helper ? [endHelperText(file.eol)] : []),
    ];
    if (pkg) need(path, { otel: true, trace: pkg.helper, codes: pkg.helper });
    const at = file.text.endsWith('\r\n')
      ? file.text.length - 2
      : file.text.endsWith('\n')
        ? file.text.length - 1
        : file.text.length;
    declEdits.push([
      path,
      {
        start: at,
        end: at,
        newText: decls.map((d) => packageDeclUnit(d, file.eol)).join(''),
        kind: 'package-decls',
        message: 'declare the tracer and span attributes',
      },
    ]);
  }

  // 4. Programs that end through os.Exit or log.Fatal skip deferred calls: end and export open spans first.
  //      os.Exit(3)
  //      __atel_rtlib.EndAll()\n\tos.Exit(3)
  // Where an argument calls something, its spans must end too, so the end comes after the arguments:
  //      os.Exit(s.GetExitCode())
  //      os.Exit(__atel_rtlib.EndAllThenCode(s.GetExitCode()))
  for (const e of program.exits) {
    const file = program.files.get(e.file)!;
    if (e.wrap) {
      push(e.file, {
        start: e.wrap.start,
        end: e.wrap.start,
        newText: END_ALL_THEN[e.wrap.kind],
        kind: 'exit',
        message: 'end open spans once the exit arguments are computed',
      });
      push(e.file, {
        start: e.wrap.end,
        end: e.wrap.end,
        newText: ')',
        kind: 'exit',
        message: 'end open spans once the exit arguments are computed',
      });
    } else
      push(e.file, {
        start: e.stmtStart,
        end: e.stmtStart,
        newText: `${END_ALL}${file.eol}${e.indent}`,
        kind: 'exit',
        message: 'end open spans before the program exits',
      });
    need(e.file, { rtlib: rtlibPath ?? DEFAULT_RTLIB_PATH });
  }

  // 4b. Calls through a kept interface that reach twins: the operand in the dispatch helper (after every other
  //     wrapper planned at the same offset, so that those stay outside), and the helpers (src/plan/twinDispatch.ts).
  for (const [file, es] of planForwardedCallEdits(program, decisions)) es.forEach((e) => push(file, e));
  for (const [file, es] of planDispatchCallEdits(decisions)) es.forEach((e) => push(file, e));
  for (const [file, e] of planDispatchDecls(program, decisions)) {
    declEdits.push([file, e]);
    need(file, { context: true });
  }

  // 5. Imports, once per file.
  for (const [file, n] of needs) {
    const facts = program.files.get(file)!;
    const specs = [
      n.context && IMPORTS.context,
      n.otel && IMPORTS.otel,
      n.attribute && IMPORTS.attribute,
      n.codes && IMPORTS.codes,
      n.trace && IMPORTS.trace,
      n.rtlib && IMPORTS.rtlib(n.rtlib),
    ].filter((s): s is string => !!s);
    if (specs.length)
      push(file, {
        start: facts.importInsertAt,
        end: facts.importInsertAt,
        newText: importDeclText(specs, facts.eol),
        kind: 'import',
        message: 'import context and OpenTelemetry',
      });
  }
  // 5a. Packages of forwarders a file calls without importing them, after instrgen's own imports.
  for (const [file, e] of planForwarderImports(program, decisions)) push(file, e);
  for (const [file, e] of declEdits) push(file, e);
  return [...edits].map(([file, es]) => ({ file, edits: es })).sort((a, b) => (a.file < b.file ? -1 : 1));
}

/** The span name of a function: `main.fib` (its tracer is named after the package, `example.com/app`). */
export function spanName(f: FuncFacts): string {
  return `${f.pkgName}.${f.name}`;
}

function spanText(
  f: FuncFacts,
  file: FileFacts,
  span: string,
  start: SpanStart,
  rtlibPath: string,
  need: (file: string, n: Partial<FileNeeds>) => void,
  parent: (ctx: string) => string,
): string[] {
  switch (span) {
    case 'bootstrap': {
      let q = file.rtlibQualifier;
      if (q === undefined) {
        q = RTLIB_QUALIFIER;
        need(f.file, { rtlib: rtlibPath });
      }
      return bootstrapLines(q === '' ? '' : `${q}.`, start);
    }
    case 'param':
      return spanLines(start, CTX_PARAM);
    case 'twin':
      return spanLines(start, parent(CTX_PARAM));
    case 'own-context': {
      const own = f.ctxParam!.name === '_' ? CTX_PARAM : f.ctxParam!.name;
      return spanLines(start, own, f.ctxParam!.name === '_' ? undefined : own);
    }
    case 'enclosing':
      if (f.requestParam && f.requestParam.name !== '_') {
        need(f.file, { rtlib: rtlibPath });
        return spanLines(start, literalHandlerParent(f.requestParam.name));
      }
      return spanLines(start, CHILD_CTX);
    case 'request-context':
      need(f.file, { rtlib: rtlibPath });
      return spanLines(start, requestContext(f.requestParam!.name));
    default:
      return spanLines(start, parent(BACKGROUND_CTX));
  }
}

interface PackagePlan {
  /** The file holding the tracer and the error helper; undefined when no file of the package suits (see tracerFile). */
  tracerFile?: string;
  /** Function id → the name of its code location variable. */
  attrs: Map<string, string>;
  usesHelper: boolean;
}

/** Per package (import path, `_test` ones apart) with spans: where its tracer goes and what its attributes variables are called. */
function packagePlans(program: Program, spanDecls: FuncFacts[]): Map<string, PackagePlan> {
  const filesOf = new Map<string, FileFacts[]>();
  for (const file of program.files.values()) filesOf.set(file.pkg, [...(filesOf.get(file.pkg) ?? []), file]);
  const plans = new Map<string, PackagePlan>();
  // The spans of each package in one pass (a filter of every span per package took seconds on Go's std+cmd).
  const spansOf = new Map<string, FuncFacts[]>();
  for (const f of spanDecls) {
    const pkg = program.files.get(f.file)!.pkg;
    const own = spansOf.get(pkg);
    if (own) own.push(f);
    else spansOf.set(pkg, [f]);
  }
  for (const [pkg, own] of spansOf) {
    plans.set(pkg, {
      tracerFile: tracerFile(filesOf.get(pkg) ?? [], new Set(own.map((f) => f.file))),
      attrs: codeVarNames(own),
      usesHelper: false,
    });
  }
  return plans;
}

/**
 * The edits that put statement lines at the top of a body. A one-line body is opened up, since gofmt would; only
 * the white space around its statement is replaced, so that edits inside the statement stay separate:
 *   func (p Point) X() int { return p.x }
 *   func (p Point) X() int {\n\t<span lines> //instrgen:oneline\n\treturn p.x\n}
 */
function bodyInsertion(f: FuncFacts, file: FileFacts, lines: string[]): TextEdit[] {
  const nl = file.eol;
  const b = f.body!;
  const message = `open a span in ${f.name}`;
  if (!b.oneLine)
    return [
      {
        start: b.open + 1,
        end: b.open + 1,
        newText: lines.map((l) => `${nl}${b.indent}${l}`).join(''),
        message,
        kind: 'span',
      },
    ];
  const marked = [...lines.slice(0, -1), lines[lines.length - 1] + ONE_LINE_MARK]
    .map((l) => `${nl}${b.indent}${l}`)
    .join('');
  const base = lineIndentAt(file.text, b.open);
  const innerText = file.text.slice(b.open + 1, b.close);
  const lead = innerText.length - innerText.trimStart().length;
  // gofmt aligns one-line declarations; once opened up, one space goes before `{`.
  const unpad: TextEdit[] =
    b.sigEnd !== undefined && file.text.slice(b.sigEnd, b.open) !== ' '
      ? [{ start: b.sigEnd, end: b.open, newText: ' ', kind: 'span', message: `unalign ${f.name}` }]
      : [];
  const trail = innerText.length - innerText.trimEnd().length;
  if (innerText.trim() === '')
    return [...unpad, { start: b.open + 1, end: b.close, newText: `${marked}${nl}${base}`, message, kind: 'span' }];
  // Several statements (`{ a := h.a; a[i], a[j] = a[j], a[i] }`) go on lines of their own, as gofmt puts them.
  const breaks = (b.stmtBreaks ?? []).map((r): TextEdit => ({
    ...r,
    newText: `${nl}${b.indent}`,
    kind: 'span',
    message: `one statement a line in ${f.name}`,
  }));
  return [
    ...unpad,
    ...breaks,
    { start: b.open + 1, end: b.open + 1 + lead, newText: `${marked}${nl}${b.indent}`, message, kind: 'span' },
    {
      start: b.close - trail,
      end: b.close,
      newText: `${nl}${base}`,
      kind: 'span',
      message: `close ${f.name} on its own line`,
    },
  ];
}
