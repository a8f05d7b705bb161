// A text edit as plain data: replace [start, end) of one file's text with newText, and say why.

/** Offsets are UTF-16 code units of the file's JS string (tree-sitter's startIndex). */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
  /** A verb phrase, like go/analysis SuggestedFix messages: "add ctx parameter to fib". */
  message: string;
}

/** Edits for one module-relative file. */
export interface FileEdits {
  file: string;
  edits: TextEdit[];
}
