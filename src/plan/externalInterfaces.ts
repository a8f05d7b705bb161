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
