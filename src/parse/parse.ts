// Parsing Go source with tree-sitter-go: one parse per file, walked once into a compact tree (plain arrays) that every
// later phase reads, plus its syntax errors; the native tree is dropped right after.
import * as path from 'path';
import type Parser = require('tree-sitter');
import { CompactTree, LanguageNames, NativeCursor, treeData, TreeData, TreePlace } from './compactTree';
import { grammarShapes, NodeTypeInfo } from './grammarShapes';

/**
 * node-tree-sitter patches its native classes' prototypes when its index.js runs, and a second run in the same
 * process reads its own patch back and breaks (`tree.rootNode` is undefined). Jest evaluates modules once per test
 * file, so the loaded modules are kept on the native binding, which the process loads once and shares.
 */
function treeSitter(): { Parser: typeof Parser; Go: unknown } {
  const nodeGypBuild = require('node-gyp-build');
  const binding = require(nodeGypBuild.path(path.dirname(require.resolve('tree-sitter/package.json'))));
  binding.__instrgenLoaded ??= { Parser: require('tree-sitter'), Go: require('tree-sitter-go') };
  return binding.__instrgenLoaded;
}

export { CompactTree as Tree, SyntaxNode } from './compactTree';

let parser: Parser | undefined;
let names: LanguageNames | undefined;

function goParser(): Parser {
  if (!parser) {
    const { Parser: ParserClass, Go } = treeSitter();
    parser = new ParserClass();
    parser.setLanguage(Go as Parser.Language);
    const binding = require(require('node-gyp-build').path(path.dirname(require.resolve('tree-sitter/package.json'))));
    const types: (string | null)[] = binding.getNodeTypeNamesById(Go);
    const info = (Go as { nodeTypeInfo: NodeTypeInfo[] }).nodeTypeInfo;
    const fielded = new Set(info.filter((t) => t.named && t.fields && Object.keys(t.fields).length).map((t) => t.type));
    const fields: (string | null)[] = binding.getNodeFieldNamesById(Go);
    // A compact tree keeps field ids in bytes.
    if (fields.length > 256) throw new Error(`tree-sitter-go has ${fields.length} fields; compact trees hold 256`);
    names = {
      types,
      fields,
      withFields: types.map((t) => t !== null && fielded.has(t)),
      shapes: grammarShapes(info, fields),
    };
  }
  return parser;
}

/**
 * The language's name tables, which this thread's trees share. `learned` adds type names another thread's walks met
 * (the tables name anonymous node types only as walks meet them), so that trees made there read here.
 */
export function languageNames(learned: readonly [number, string][] = []): LanguageNames {
  goParser();
  for (const [id, name] of learned) names!.types[id] ??= name;
  return names!;
}

/** A syntax error found by the parser, as an offset into the text. */
export interface SyntaxProblem {
  offset: number;
  message: string;
}

export interface ParsedSource {
  tree: CompactTree;
  errors: SyntaxProblem[];
}

/** The parse as plain data: what a worker thread hands back. */
export interface ParsedData {
  data: TreeData;
  errors: SyntaxProblem[];
}

/**
 * Parses Go text. A leading byte-order mark is parsed as a space so that offsets stay those of the text
 * (Go accepts a BOM at the start of a file; tree-sitter-go does not).
 */
export function parseGo(text: string): ParsedSource {
  const { data, errors } = parseGoData(text);
  return { tree: new CompactTree(data), errors };
}

/** The text as the parser sees it (and as TreeData keeps it): a leading byte-order mark as a space. */
export function parserInput(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
}

function nativeTree(input: string): Parser.Tree {
  // node-tree-sitter reads the JS string in chunks; a buffer larger than the text avoids a failure on big files.
  const bufferSize = Math.max(32 * 1024, input.length * 2 + 1024);
  return goParser().parse(input, undefined, { bufferSize });
}

/** The parse alone, nothing read from the tree but whether it has errors: the benchmark's floor. */
export function parseGoOnly(text: string): { tree: unknown; hasError: boolean } {
  const tree = nativeTree(parserInput(text));
  return { tree, hasError: tree.rootNode.hasError };
}

/** parseGo's result as plain data; `place` finds room for the tree's arrays (a buffer of their own by default). */
export function parseGoData(text: string, place?: TreePlace): ParsedData {
  const input = parserInput(text);
  const tree = nativeTree(input);
  const root = tree.rootNode;
  const hasError = root.hasError;
  const errors = hasError ? syntaxProblems(root) : [];
  const data = treeData(root.walk() as unknown as NativeCursor, input, names!, hasError, root.descendantCount, place);
  return { data, errors };
}

function syntaxProblems(root: Parser.SyntaxNode): SyntaxProblem[] {
  const found: SyntaxProblem[] = [];
  const visit = (n: Parser.SyntaxNode) => {
    if (found.length >= 10) return;
    if (n.isMissing) {
      found.push({ offset: n.startIndex, message: `syntax error: missing ${n.type}` });
      return;
    }
    if (n.type === 'ERROR') {
      const snippet = n.text.split('\n')[0].slice(0, 40);
      found.push({ offset: n.startIndex, message: `syntax error: unexpected ${JSON.stringify(snippet)}` });
      return;
    }
    if (!n.hasError) return;
    for (const c of n.children) visit(c);
  };
  visit(root);
  return found;
}
