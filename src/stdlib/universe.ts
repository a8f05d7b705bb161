// Go's universe scope (the predeclared names every file sees) and Go's rule for exported names.

/** Predeclared types, as the Go specification's universe block lists them (`any` and `comparable` since Go 1.18). */
export const universeTypes: ReadonlySet<string> = new Set([
  'any',
  'bool',
  'byte',
  'comparable',
  'complex64',
  'complex128',
  'error',
  'float32',
  'float64',
  'int',
  'int8',
  'int16',
  'int32',
  'int64',
  'rune',
  'string',
  'uint',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'uintptr',
]);

/** Predeclared functions (builtins); `clear`, `max` and `min` since Go 1.21, which code for newer Go may call. */
export const universeFuncs: ReadonlySet<string> = new Set([
  'append',
  'cap',
  'clear',
  'close',
  'complex',
  'copy',
  'delete',
  'imag',
  'len',
  'make',
  'max',
  'min',
  'new',
  'panic',
  'print',
  'println',
  'real',
  'recover',
]);

/** Predeclared constants and the zero value `nil`. */
export const universeValues: ReadonlySet<string> = new Set(['false', 'iota', 'nil', 'true']);

/**
 * Whether Go exports a name: its first character is an upper-case letter, Unicode category Lu, as `unicode.IsUpper`
 * (and so `go/token.IsExported`) decides: `Name` and `Ünicode` are exported; `_Name`, `ñame` and title-case `ǅx` are not.
 */
export function isExported(name: string): boolean {
  return /^\p{Lu}/u.test(name);
}
