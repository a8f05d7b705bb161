// Parsing Go source with tree-sitter-go: one parse per file, kept for every later phase, plus its syntax errors.
import * as path from 'path';
import type Parser = require('tree-sitter');

/**
 * node-tree-sitter patches its native classes' prototypes when its index.js runs, and a second run in the same
 * process reads its own patch back and breaks (`tree.rootNode` is undefined). Jest evaluates modules once per test
 * file, so the loaded modules are kept on the native binding, which the process loads once and shares.
 */
function treeSitter(): { Parser: typeof Parser; Go: unknown } {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const nodeGypBuild = require('node-gyp-build');
  const binding = require(nodeGypBuild.path(path.dirname(require.resolve('tree-sitter/package.json'))));
  binding.__instrgenLoaded ??= { Parser: require('tree-sitter'), Go: require('tree-sitter-go') };
  return binding.__instrgenLoaded;
}

export type SyntaxNode = Parser.SyntaxNode;
export type Tree = Parser.Tree;

let parser: Parser | undefined;

function goParser(): Parser {
  if (!parser) {
    const { Parser: ParserClass, Go } = treeSitter();
    parser = new ParserClass();
    parser.setLanguage(Go as Parser.Language);
  }
  return parser;
}

/** A syntax error found by the parser, as an offset into the text. */
export interface SyntaxProblem {
  offset: number;
  message: string;
}

export interface ParsedSource {
  tree: Tree;
  errors: SyntaxProblem[];
}

/**
 * Parses Go text. A leading byte-order mark is parsed as a space so that offsets stay those of the text
 * (Go accepts a BOM at the start of a file; tree-sitter-go does not).
 */
export function parseGo(text: string): ParsedSource {
  const input = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  // node-tree-sitter reads the JS string in chunks; a buffer larger than the text avoids a failure on big files.
  const bufferSize = Math.max(32 * 1024, input.length * 2 + 1024);
  const tree = goParser().parse(input, undefined, { bufferSize });
  return { tree, errors: tree.rootNode.hasError ? syntaxProblems(tree.rootNode) : [] };
}

function syntaxProblems(root: SyntaxNode): SyntaxProblem[] {
  const found: SyntaxProblem[] = [];
  const visit = (n: SyntaxNode) => {
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
