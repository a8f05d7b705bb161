// Diagnostics as data: a stable code, a severity, a position and a message that says what to do.

/** A position in a source file; line and column are 1-based, column counted in UTF-8 bytes as Go tools do. */
export interface Position {
  file: string; // module-relative, forward slashes
  line: number;
  col: number;
}

export type Severity = 'error' | 'warning' | 'info';

/**
 * Stable diagnostic codes. IG1xxx: input problems (errors); IG2xxx: signatures kept (warnings);
 * IG3xxx: resolution gaps (info/warning); IG4xxx: output problems.
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
  VerifyFailed: 'IG1010',
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
  Ignored: 'IG2009',
  NewRootSpan: 'IG2010',
  LiteralInterface: 'IG2011',
  OutsideImplementation: 'IG2012',
  CalledByReflection: 'IG2013',
  IdentityObserved: 'IG2014',
  UnresolvedCall: 'IG3001',
} as const;

export type Code = (typeof Codes)[keyof typeof Codes];

export interface Diagnostic {
  code: Code;
  severity: Severity;
  message: string;
  pos?: Position;
}

/** Thrown for known failures that end a run; the CLI maps it to an exit code. Bugs are any other Error. */
export class InstrgenError extends Error {
  constructor(public readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
  }
}

/** Formats a diagnostic the way Go tools do: `path/file.go:12:5: warning IG2003: message`. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.pos ? `${d.pos.file}:${d.pos.line}:${d.pos.col}: ` : '';
  return `${where}${d.severity} ${d.code}: ${d.message}`;
}

export function hasErrors(ds: readonly Diagnostic[]): boolean {
  return ds.some((d) => d.severity === 'error');
}
