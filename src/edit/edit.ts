// A text edit as plain data: replace [start, end) of one file's text with newText, and say why.

/** Offsets are UTF-16 code units of the file's JS string (tree-sitter's startIndex). */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
  /** A verb phrase, like go/analysis SuggestedFix messages: "add ctx parameter to fib". */
  message: string;
  /** What the edit does, for code that tells edits apart: the message is for people, never matched on. */
  kind: EditKind;
  /**
   * Where newText opens an argument list whose arguments the plan changed (the offset of its `(` in newText): gofmt
   * spaces the operands of a list of several arguments more tightly, so the layout step looks at it again.
   */
  opensList?: number;
}

export type EditKind =
  /** A context parameter first in a signature, and names for the parameters around it. */
  | 'add-param'
  /** A context argument first in a call's arguments. */
  | 'pass-context'
  /** A call passing another call's results (`f(g())`) wrapped in a closure that takes them. */
  | 'multi-value-call'
  /** A function used as a value wrapped in an adapter closure. */
  | 'adapter'
  /** A context argument given the caller's span (`rtlib.WithParentSpan`). */
  | 'parent-span'
  /** A kept function's twin: the delegate, the twin's name, calls of it. */
  | 'twin'
  /** Results named so that a span can record a returned error. */
  | 'error-result'
  /** A span started at the top of a body (a one-line body opened for it). */
  | 'span'
  /** The package's tracer, span attributes and error helper. */
  | 'package-decls'
  /** Spans ended before the program exits. */
  | 'exit'
  | 'import'
  /** Taking out what an earlier inject added. */
  | 'prune'
  /** gofmt's layout restored (src/edit/gofmtLayout.ts). */
  | 'layout';

/** Edits for one module-relative file. */
export interface FileEdits {
  file: string;
  edits: TextEdit[];
}
