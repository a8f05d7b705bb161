// Diagnostics as data: a stable code, a severity, a position and a message that says what to do.

/** A position in a source file; line and column are 1-based, column counted in UTF-8 bytes as Go tools do. */
export interface Position {
  file: string; // module-relative, forward slashes
  line: number;
  col: number;
}

export type Severity = 'error' | 'warning' | 'info';

/**
 * Stable diagnostic codes, each documented in the README's tables (codes.test.ts checks). IG1xxx: problems that
 * stop a run or need action (errors, some warnings); IG2xxx: signatures kept (warnings); IG3xxx: resolution gaps (info).
 */
export const Codes = {
  SyntaxError: 'IG1001',
  NoEntryPoint: 'IG1002',
  NoModule: 'IG1003',
  NoPackages: 'IG1004',
  Unreadable: 'IG1005',
  NotADirectory: 'IG1006',
  OutputSyntaxError: 'IG1007',
  WriteFailed: 'IG1008',
  OutsideRoot: 'IG1009',
  Dependencies: 'IG1011',
  Vendored: 'IG1012',
  BadConfig: 'IG1013',
  UsedAsValue: 'IG2001',
  ExternalInterface: 'IG2002',
  UnresolvedReference: 'IG2003',
  FixedSignature: 'IG2004',
  GeneratedFile: 'IG2005',
  InterfaceGroup: 'IG2006',
  MultiValueArgument: 'IG2008',
  LiteralInterface: 'IG2011',
  OutsideImplementation: 'IG2012',
  CalledByReflection: 'IG2013',
  IdentityObserved: 'IG2014',
  LeftOutInGroup: 'IG2015',
  FunctionGroup: 'IG2016',
  UnresolvedCall: 'IG3001',
} as const;

export type Code = (typeof Codes)[keyof typeof Codes];

/**
 * Another place a diagnostic is about, with what happens there (go/analysis's `RelatedInformation`): where a value
 * of an outside type enters an interface, where an interface literal is written, where a function is used as a value.
 */
export interface Related {
  pos: Position;
  message: string;
}

export interface Diagnostic {
  code: Code;
  severity: Severity;
  message: string;
  pos?: Position;
  /** Other positions the message refers to, in the order a reader follows them; never pasted into `message`. */
  related?: Related[];
}

/** Thrown for known failures that end a run; the CLI maps it to an exit code. Bugs are any other Error. */
export class InstrgenError extends Error {
  constructor(public readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
  }
}

/** A position as Go tools print it: `path/file.go:12:5` (line and UTF-8 byte column, 1-based). */
export function formatPosition(p: Position): string {
  return `${p.file}:${p.line}:${p.col}`;
}

/** Whether two positions are the same place. */
export function samePosition(a: Position, b: Position): boolean {
  return a.file === b.file && a.line === b.line && a.col === b.col;
}

/**
 * Formats a diagnostic the way Go tools do: `path/file.go:12:5: warning IG2003: message`, then each related position
 * on a line of its own, indented by a tab, as `go vet` prints related information.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.pos ? `${formatPosition(d.pos)}: ` : '';
  const related = (d.related ?? []).map((r) => `\n\t${formatPosition(r.pos)}: ${r.message}`).join('');
  return `${where}${d.severity} ${d.code}: ${d.message}${related}`;
}

export function hasErrors(ds: readonly Diagnostic[]): boolean {
  return ds.some((d) => d.severity === 'error');
}
