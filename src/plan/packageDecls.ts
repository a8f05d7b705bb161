// Chooses where each package's tracer lives and names each function's code location variable: the package-level half of spans.
import { FileFacts, FuncFacts } from '../symbols/program';
import { CODE_VAR_PREFIX, CodeLocation } from './atelSyntax';

// GOOS and GOARCH values the go command recognises in file names (go/build's knownOS and knownArch, Go 1.19).
const KNOWN_OS = new Set(
  'aix android darwin dragonfly freebsd hurd illumos ios js linux nacl netbsd openbsd plan9 solaris windows zos'.split(
    ' ',
  ),
);
const KNOWN_ARCH = new Set(
  '386 amd64 amd64p32 arm armbe arm64 arm64be loong64 mips mipsle mips64 mips64le mips64p32 mips64p32le ppc ppc64 ppc64le riscv riscv64 s390 s390x sparc sparc64 wasm'.split(
    ' ',
  ),
);

/**
 * True when some build leaves the file out: a `//go:build` or `// +build` line before the package clause, a
 * `_GOOS`, `_GOARCH` or `_GOOS_GOARCH` name suffix, or `import "C"` (cgo files drop out with CGO_ENABLED=0).
 */
export function buildConstrained(path: string, text: string): boolean {
  const header = text.slice(0, Math.max(0, text.search(/^package\s/m)));
  if (/^\/\/(?:go:build|\s*\+build)\s/m.test(header)) return true;
  const parts = path
    .slice(path.lastIndexOf('/') + 1)
    .replace(/\.go$/, '')
    .replace(/_test$/, '')
    .split('_');
  const n = parts.length;
  if (n >= 2 && (KNOWN_OS.has(parts[n - 1]) || KNOWN_ARCH.has(parts[n - 1]))) return true;
  if (n >= 3 && KNOWN_OS.has(parts[n - 2]) && KNOWN_ARCH.has(parts[n - 1])) return true;
  // (Both forms spell `"C"`: the regular expressions run only over files that do.)
  return text.includes('"C"') && (/^import\s+"C"/m.test(text) || /^import\s*\([^)]*^\s*"C"\s*$/m.test(text));
}

/**
 * The file of a package that holds its tracer (and the error helper): one that every build of the package
 * compiles, and that instrgen may edit. It is a non-test file when any span is in a non-test file (test files
 * are left out of ordinary builds); files that get spans anyway come first, so that no other file changes.
 * Undefined when there is none (every file build-constrained): those spans look the tracer up per call.
 */
export function tracerFile(files: FileFacts[], spanFiles: Set<string>): string | undefined {
  const needsNonTest = files.some((f) => spanFiles.has(f.path) && !f.isTest);
  const candidates = files
    .filter((f) => !f.generated && !f.ignored && !(needsNonTest && f.isTest) && !buildConstrained(f.path, f.text))
    .map((f) => f.path)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return candidates.find((p) => spanFiles.has(p)) ?? candidates[0];
}

/**
 * Distinct code location variable names for a package's functions, readable where they can be: `(*Point).Translate`
 * becomes `__atel_code_Point_Translate`; a name that would repeat another (`main$1` and `main_1`) gets a number.
 */
export function codeVarNames(ids: Array<{ id: string; name: string }>): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const { id, name } of [...ids].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (out.has(id)) continue;
    const base = CODE_VAR_PREFIX + name.replace(/[(*)]/g, '').replace(/[^\p{L}\p{Nd}_]/gu, '_');
    let v = base;
    for (let i = 2; used.has(v); i++) v = `${base}_${i}`;
    used.add(v);
    out.set(id, v);
  }
  return out;
}

/**
 * A function's `code.*` attributes: its name within the namespace (the package path, and the receiver for methods),
 * the file as `go build -trimpath` names it (module path and file), and the line of its name (of `func` for
 * literals) in the source as the user wrote it; with the scope (its tracer's name, the package path) and the name of
 * its spans, by which the runtime library finds them.
 *   example.com/app/geo.(*Point).Translate   →   code.namespace example.com/app/geo.(*Point), code.function Translate
 */
export function codeLocation(f: FuncFacts, modulePath: string, span: string, goPath?: string): CodeLocation {
  const dot = f.name.lastIndexOf('.');
  return {
    scope: f.pkg,
    span,
    function: f.name.slice(dot + 1),
    namespace: dot < 0 ? f.pkg : `${f.pkg}.${f.name.slice(0, dot)}`,
    filepath: goPath ?? (modulePath ? `${modulePath}/${f.file}` : f.file),
    lineno: f.pos.line,
  };
}
