// Package-level declarations of the module: packages, files, imports, functions, methods, types and variables.
import { SourceFile } from '../load/module';
import { SyntaxNode, Tree } from '../parse/parse';
import { LineIndex, indentAt } from '../parse/positions';
import { BodyFacts, FileFacts, FuncFacts, LiteralInterface, ParamListFacts } from './program';
import { methodElems, TypeNaming, receiverType, resultTypes, TypeRef } from './typeRefs';

export interface ParsedFile {
  file: SourceFile;
  tree: Tree;
}

export interface PkgInfo {
  path: string;
  name: string;
  dir: string;
  files: FileInfo[];
  /** Function name → id. */
  funcs: Map<string, string>;
  types: Map<string, TypeInfo>;
  /** Type name → method name → method id. */
  methods: Map<string, Map<string, string>>;
  vars: Map<string, VarInfo>;
  /** Constant name → its declared type node, when it has one (typed constants, and those after them in an iota group). */
  consts: Map<string, { file: FileInfo; typeNode: SyntaxNode | null }>;
}

export interface TypeInfo {
  /** Declared differently by files for different build targets (a struct in one, an alias in another). */
  ambiguous?: boolean;
  /** Every declaration of an ambiguous type, in file order (the one standing for it among them). */
  variants?: TypeInfo[];
  pkg: PkgInfo;
  name: string;
  typeNode: SyntaxNode;
  file: FileInfo;
  alias: boolean;
  kind: 'struct' | 'interface' | 'other';
  typeParams: Set<string>;
}

export interface VarInfo {
  file: FileInfo;
  typeNode: SyntaxNode | null;
  valueNode: SyntaxNode | null;
  /** Which of the spec's names this is, and how many values the spec has (`var a, b = f()`). */
  index: number;
  valueCount: number;
  cached?: { t: TypeRef | undefined };
}

export interface FileInfo {
  facts: FileFacts;
  tree: Tree;
  pkg: PkgInfo;
  /** Qualifier → import path (explicit aliases and default names). `_` imports are left out. */
  imports: Map<string, string>;
  dotImports: string[];
  lines: LineIndex;
  naming: TypeNaming;
}

export interface FuncInfo {
  facts: FuncFacts;
  node: SyntaxNode;
  file: FileInfo;
  typeParams: Set<string>;
  results?: (TypeRef | undefined)[];
}

const generatedRe = /^\/\/ Code generated .* DO NOT EDIT\.\r?$/m;

/** The package name a path is imported under when the import names none: its last element, sans `go-` and `.vN`. */
export function defaultImportName(path: string, modulePackages: Map<string, PkgInfo>): string {
  const known = modulePackages.get(path);
  if (known) return known.name;
  let parts = path.split('/');
  if (parts.length > 1 && /^v\d+$/.test(parts[parts.length - 1])) parts = parts.slice(0, -1);
  let last = parts[parts.length - 1];
  last = last
    .replace(/^go-/, '')
    .replace(/[.-]go$/, '')
    .replace(/\.v\d+$/, '');
  return last.replace(/[^A-Za-z0-9_]/g, '_');
}

export function paramListFacts(list: SyntaxNode): ParamListFacts {
  const decls = list.namedChildren.filter(
    (c) => c.type === 'parameter_declaration' || c.type === 'variadic_parameter_declaration',
  );
  const first = decls[0];
  return {
    open: list.startIndex,
    close: list.endIndex - 1,
    count: decls.length,
    arity: decls.reduce((n, d) => n + Math.max(1, d.childrenForFieldName('name').length), 0),
    variadic: decls[decls.length - 1]?.type === 'variadic_parameter_declaration',
    types: decls.flatMap((d) => {
      const t = (d.type === 'variadic_parameter_declaration' ? '...' : '') + (d.childForFieldName('type')?.text ?? '');
      return Array(Math.max(1, d.childrenForFieldName('name').length)).fill(t);
    }),
    unnamed: decls.length > 0 && decls.every((d) => !d.childForFieldName('name')),
    starts: decls.map((d) => d.startIndex),
    firstOnNewLine: first && first.startPosition.row > list.startPosition.row ? first.startIndex : undefined,
  };
}

export function bodyFacts(block: SyntaxNode, text: string): BodyFacts {
  const inner = block.namedChildren.find((c) => c.type === 'statement_list') ?? block.namedChildren[0];
  const firstStmt = inner?.type === 'statement_list' ? inner.namedChildren[0] : inner;
  const oneLine = block.startPosition.row === block.endPosition.row;
  // gofmt puts a label one tab left of the statements (`Outer:` at column 0 in a function body).
  const label = firstStmt?.type === 'labeled_statement' ? '\t' : '';
  const indent =
    firstStmt && firstStmt.startPosition.row > block.startPosition.row
      ? indentAt(text, firstStmt.startIndex) + label
      : indentAt(text, block.startIndex) + '\t';
  const stmts = inner?.type === 'statement_list' ? inner.namedChildren.filter((c) => c.type !== 'comment') : [];
  const stmtBreaks =
    oneLine && stmts.length > 1
      ? stmts.slice(1).map((st, i) => ({ start: stmts[i].endIndex, end: st.startIndex }))
      : undefined;
  return { open: block.startIndex, close: block.endIndex - 1, indent, oneLine, ...(stmtBreaks ? { stmtBreaks } : {}) };
}

/** Directives on the comment lines directly above a declaration. */
export function directivesAbove(decl: SyntaxNode): { ignore: boolean; entry: boolean; linked: boolean } {
  const out = { ignore: false, entry: false, linked: false };
  let row = decl.startPosition.row;
  for (
    let c = decl.previousSibling;
    c && c.type === 'comment' && c.endPosition.row === row - 1;
    c = c.previousSibling
  ) {
    const t = c.text;
    if (/^\/\/instrgen:ignore\b/.test(t)) out.ignore = true;
    if (/^\/\/instrgen:entry\b/.test(t)) out.entry = true;
    if (/^\/\/(go:linkname|export)\b/.test(t)) out.linked = true;
    row = c.startPosition.row;
  }
  return out;
}

/** First pass: every package-level declaration of every file, grouped into packages. */
export function collectDeclarations(
  modulePath: string,
  parsed: ParsedFile[],
): { packages: Map<string, PkgInfo>; funcs: Map<string, FuncInfo[]> } {
  const packages = new Map<string, PkgInfo>();
  const funcs = new Map<string, FuncInfo[]>();
  const byDir = new Map<string, ParsedFile[]>();
  for (const p of parsed) byDir.set(p.file.dir, [...(byDir.get(p.file.dir) ?? []), p]);

  const fileInfos: FileInfo[] = [];
  for (const [dir, files] of byDir) {
    const dirPath = files[0].file.pkgPath ?? (dir === '.' ? modulePath : `${modulePath}/${dir}`);
    const named = files.map((p) => ({
      p,
      name: p.tree.rootNode.namedChildren.find((c) => c.type === 'package_clause')?.namedChildren[0]?.text ?? '',
    }));
    const counts = new Map<string, number>();
    for (const { name } of named) if (!name.endsWith('_test')) counts.set(name, (counts.get(name) ?? 0) + 1);
    const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? named[0]?.name.replace(/_test$/, '');
    for (const { p, name } of named) {
      const isExternalTest = name.endsWith('_test') && name !== main;
      const path = isExternalTest ? `${dirPath}_test` : name === main ? dirPath : `${dirPath}#${name}`;
      let pkg = packages.get(path);
      if (!pkg) {
        pkg = {
          path,
          name,
          dir,
          files: [],
          funcs: new Map(),
          types: new Map(),
          methods: new Map(),
          vars: new Map(),
          consts: new Map(),
        };
        packages.set(path, pkg);
      }
      const text = p.file.text;
      const header = text.slice(
        0,
        p.tree.rootNode.namedChildren.find((c) => c.type === 'package_clause')?.startIndex ?? 0,
      );
      const facts: FileFacts = {
        path: p.file.path,
        ...(p.file.goPath ? { goPath: p.file.goPath } : {}),
        dir,
        pkg: path,
        pkgName: name,
        text,
        eol: text.includes('\r\n') ? '\r\n' : '\n',
        generated: generatedRe.test(text.slice(0, Math.min(text.length, 4096))) || generatedRe.test(header),
        ignored: /^\/\/instrgen:ignore\b/m.test(header),
        importInsertAt: 0,
        isTest: p.file.path.endsWith('_test.go'),
        imports: {},
        importPaths: [],
      };
      const info: FileInfo = {
        facts,
        tree: p.tree,
        pkg,
        imports: new Map(),
        dotImports: [],
        lines: new LineIndex(text),
        naming: undefined as unknown as TypeNaming,
      };
      pkg.files.push(info);
      fileInfos.push(info);
    }
  }

  for (const f of fileInfos) {
    const root = f.tree.rootNode;
    let insertAt = 0;
    for (const d of root.namedChildren) {
      if (d.type === 'package_clause') insertAt = d.endIndex;
      if (d.type !== 'import_declaration') continue;
      insertAt = d.endIndex;
      for (const spec of d.descendantsOfType('import_spec')) {
        const path = spec.childForFieldName('path')?.text.slice(1, -1) ?? '';
        f.facts.importPaths.push(path);
        const name = spec.childForFieldName('name');
        if (name?.type === 'dot') f.dotImports.push(path);
        else if (name?.type === 'blank_identifier' || name?.text === '_') continue;
        else f.imports.set(name ? name.text : defaultImportName(path, packages), path);
      }
    }
    f.facts.importInsertAt = insertAt;
    f.facts.imports = Object.fromEntries(f.imports);
    f.naming = {
      pkg: f.pkg.path,
      qualifier: (q) => f.imports.get(q),
      declaresType: (n) => f.pkg.types.has(n),
      dotImported: (n) => f.dotImports.find((p) => packages.get(p)?.types.has(n)),
    };
    collectFileDeclarations(f, funcs);
  }
  return { packages, funcs };
}

function addFunc(funcs: Map<string, FuncInfo[]>, fi: FuncInfo): void {
  const list = funcs.get(fi.facts.id);
  if (list) list.push(fi);
  else funcs.set(fi.facts.id, [fi]);
}

/** Type parameter names of a declaration (`[T any, U comparable]`). */
function typeParamNames(list: SyntaxNode | null): Set<string> {
  const out = new Set<string>();
  for (const d of list?.namedChildren ?? []) for (const n of d.childrenForFieldName('name')) out.add(n.text);
  return out;
}

function collectFileDeclarations(f: FileInfo, funcs: Map<string, FuncInfo[]>): void {
  const pkg = f.pkg;
  const text = f.facts.text;
  for (const d of f.tree.rootNode.namedChildren) {
    if (d.type === 'function_declaration' || d.type === 'method_declaration') {
      const nameNode = d.childForFieldName('name');
      const params = d.childForFieldName('parameters');
      if (!nameNode || !params) continue;
      const name = nameNode.text;
      let id = `${pkg.path}.${name}`;
      let display = name;
      let recvType: string | undefined;
      let typeParams = typeParamNames(d.childForFieldName('type_parameters'));
      if (d.type === 'method_declaration') {
        const recv = receiverType(d.childForFieldName('receiver'));
        if (!recv) continue;
        recvType = recv.name;
        display = recv.pointer ? `(*${recv.name}).${name}` : `${recv.name}.${name}`;
        id = `${pkg.path}.${display}`;
        const recvDecl = d.childForFieldName('receiver')?.namedChildren.find((c) => c.type === 'parameter_declaration');
        typeParams = new Set(
          recvDecl
            ?.descendantsOfType('type_identifier')
            .map((n) => n.text)
            .filter((n) => n !== recv.name),
        );
        let m = pkg.methods.get(recv.name);
        if (!m) pkg.methods.set(recv.name, (m = new Map()));
        m.set(name, id);
      } else if (name !== 'init' && name !== '_') {
        pkg.funcs.set(name, id);
      }
      const body = d.childForFieldName('body');
      const result = d.childForFieldName('result');
      const pos = f.lines.position(nameNode.startIndex);
      const dirs = directivesAbove(d);
      const facts: FuncFacts = {
        id,
        kind: d.type === 'method_declaration' ? 'method' : 'func',
        pkg: pkg.path,
        pkgName: pkg.name,
        name: display,
        shortName: name,
        file: f.facts.path,
        pos: { file: f.facts.path, ...pos },
        start: d.startIndex,
        end: d.endIndex,
        recvType,
        params: paramListFacts(params),
        results: resultTypes(result, f.naming).length,
        resultText: result?.text ?? '',
        generic: typeParams.size > 0,
        body: body ? { ...bodyFacts(body, text), sigEnd: body.previousSibling?.endIndex } : undefined,
        ignore: dirs.ignore,
        entry: dirs.entry,
        linked: dirs.linked,
      };
      addFunc(funcs, { facts, node: d, file: f, typeParams });
    } else if (d.type === 'type_declaration') {
      for (const spec of d.namedChildren) {
        if (spec.type !== 'type_spec' && spec.type !== 'type_alias') continue;
        const nameNode = spec.childForFieldName('name');
        const typeNode = spec.childForFieldName('type');
        if (!nameNode || !typeNode) continue;
        const kind =
          typeNode.type === 'struct_type' ? 'struct' : typeNode.type === 'interface_type' ? 'interface' : 'other';
        const info: TypeInfo = {
          pkg,
          name: nameNode.text,
          typeNode,
          file: f,
          alias: spec.type === 'type_alias',
          kind,
          typeParams: typeParamNames(spec.childForFieldName('type_parameters')),
        };
        // Files for different build targets may declare a type differently; the one with methods stands for it in
        // method sets (what it must keep), and selectors on it stay unresolved.
        const prev = pkg.types.get(info.name);
        if (prev && (prev.ambiguous || prev.alias !== info.alias || prev.typeNode.text !== info.typeNode.text)) {
          const rep = info.alias && !prev.alias ? prev : info;
          rep.ambiguous = true;
          rep.variants = [...(prev.variants ?? [prev]), info];
          pkg.types.set(info.name, rep);
        } else pkg.types.set(info.name, info);
        if (kind === 'interface') collectInterfaceMethods(info, funcs);
      }
    } else if (d.type === 'var_declaration' || d.type === 'const_declaration') {
      // In a const group, a spec without type or value repeats the previous one's: `Debug Level = iota; Info; Warn`.
      let lastConstType: SyntaxNode | null = null;
      for (const spec of d.descendantsOfType(d.type === 'var_declaration' ? 'var_spec' : 'const_spec')) {
        const names = spec.childrenForFieldName('name');
        const value = spec.childForFieldName('value');
        if (d.type === 'const_declaration')
          lastConstType = spec.childForFieldName('type') ?? (value ? null : lastConstType);
        names.forEach((n, index) => {
          if (d.type === 'const_declaration') pkg.consts.set(n.text, { file: f, typeNode: lastConstType });
          else
            pkg.vars.set(n.text, {
              file: f,
              typeNode: spec.childForFieldName('type'),
              valueNode: value,
              index,
              valueCount: value?.namedChildCount ?? 0,
            });
        });
      }
    }
  }
}

/**
 * The interface types with methods a file writes out rather than declares at package level: only a package-level
 * `type Name interface{...}` is an interface whose implementations the plan changes together with it.
 */
export function literalInterfaces(f: FileInfo): LiteralInterface[] {
  const out: LiteralInterface[] = [];
  // An interface type is spelled with its keyword: a file without the word has none to walk the tree for.
  if (!f.facts.text.includes('interface')) return out;
  for (const n of f.tree.rootNode.descendantsOfType('interface_type')) {
    const spec = n.parent;
    if (
      spec?.type === 'type_spec' &&
      spec.childForFieldName('type')?.id === n.id &&
      spec.parent?.parent?.type === 'source_file'
    )
      continue;
    const methods = methodElems(n).map((m) => ({
      name: m.name,
      params: paramListFacts(m.params).arity,
      results: resultTypes(m.result, f.naming).length,
    }));
    if (methods.length)
      out.push({
        pos: { file: f.facts.path, ...f.lines.position(n.startIndex) },
        text: n.text.replace(/\s+/g, ' '),
        methods,
      });
  }
  return out;
}

function collectInterfaceMethods(t: TypeInfo, funcs: Map<string, FuncInfo[]>): void {
  const f = t.file;
  for (const { node: m, name, nameNode, params, result } of methodElems(t.typeNode)) {
    const id = `(${t.pkg.path}.${t.name}).${name}`;
    const facts: FuncFacts = {
      id,
      kind: 'interface-method',
      pkg: t.pkg.path,
      pkgName: t.pkg.name,
      name: `${t.name}.${name}`,
      shortName: name,
      file: f.facts.path,
      pos: { file: f.facts.path, ...f.lines.position(nameNode.startIndex) },
      start: m.startIndex,
      end: m.endIndex,
      recvType: t.name,
      params: paramListFacts(params),
      results: resultTypes(result, f.naming).length,
      resultText: result?.text ?? '',
      generic: false,
      ignore: false,
      entry: false,
      linked: false,
      iface: `${t.pkg.path}.${t.name}`,
    };
    addFunc(funcs, { facts, node: m, file: f, typeParams: new Set() });
  }
}
