// The standard library's exported interfaces a module type may satisfy, from the table scripts/stdlib-interfaces.ts
// derives from GOROOT: such a type's methods keep their signatures, or the type would stop satisfying them.
import table from './stdlibInterfaces.json';
import type { StdlibInterfaceTable } from './stdlibInterfaceScan';

const interfaces = (table as StdlibInterfaceTable).interfaces;

/** A method of a module type, by name, with its parameter and result counts. */
export interface MethodShape {
  name: string;
  params: number;
  results: number;
}

/**
 * The standard library interfaces a type with these methods satisfies: every method of the interface is among the
 * type's, with the same numbers of parameters and results. A type with Len, Less and Swap satisfies sort.Interface;
 * a lone Name() string does not satisfy fs.FileInfo.
 */
export function satisfiedStdlibInterfaces(methods: readonly MethodShape[]): string[] {
  const byName = new Map(methods.map((m) => [m.name, m]));
  return interfaces.filter((i) => hasMethods(byName, i.methods)).map((i) => i.name);
}

/** Whether a method set, by name, has every required method with the same numbers of parameters and results. */
export function hasMethods(own: ReadonlyMap<string, MethodShape>, required: readonly MethodShape[]): boolean {
  return required.every((m) => {
    const o = own.get(m.name);
    return o !== undefined && o.params === m.params && o.results === m.results;
  });
}

/** Method names that appear in some standard library interface (a quick filter before the full check). */
export const stdlibMethodNames: ReadonlySet<string> = new Set(interfaces.flatMap((i) => i.methods.map((m) => m.name)));

/** The method names of a standard library interface, by its table name (`sort.Interface`). */
export function interfaceMethodNames(name: string): string[] {
  return interfaces.find((i) => i.name === name)?.methods.map((m) => m.name) ?? [];
}

/**
 * The interfaces a reader knows best first: a type with `String() string` is read as a fmt.Stringer, not an
 * expvar.Var, although both (and more) have that one method. Then the packages most programs import, then the rest
 * in table order.
 */
const familiar = ['fmt.Stringer', 'error', 'io.Writer', 'io.Reader', 'io.Closer', 'io.ReadWriter', 'io.ReadCloser', 'io.WriteCloser', 'sort.Interface', 'container/heap.Interface', 'net/http.Handler', 'encoding/json.Marshaler', 'encoding/json.Unmarshaler', 'encoding.TextMarshaler', 'encoding.TextUnmarshaler', 'flag.Value', 'fmt.Formatter', 'fmt.GoStringer'];
const familiarPackages = ['fmt', 'io', 'sort', 'net/http', 'encoding/json', 'encoding', 'flag', 'context', 'io/fs', 'os'];

export function byFamiliarity(names: readonly string[]): string[] {
  const rank = (n: string) => {
    const known = familiar.indexOf(n);
    if (known >= 0) return known;
    const pkg = familiarPackages.indexOf(n.slice(0, n.lastIndexOf('.')));
    return familiar.length + (pkg >= 0 ? pkg : familiarPackages.length);
  };
  return names.map((n, i) => ({ n, i, r: rank(n) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.n);
}

/** `fmt.Stringer`, `fmt.Stringer (also expvar.Var)`, `fmt.Stringer (also a, b, c and 4 more)`. */
export function namedList(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  const also = names.slice(1, 4).join(', ');
  const more = names.length - 4;
  return `${names[0]} (also ${also}${more > 0 ? ` and ${more} more` : ''})`;
}
