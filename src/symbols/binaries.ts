// Which packages of the module can run in one process: the programs (main packages) and test binaries the module
// builds, each with the module packages it links, so that a value can only travel between packages linked together.
import { FileFacts } from './program';

/**
 * Whether a value made by code of one package can reach code of another at run time: some program or test binary
 * of the module links both. The module is a closed world here, as it is wherever instrgen changes an exported
 * signature (a program outside the module that imported the package would stop compiling anyway): a package that
 * no binary of the module links (a library nothing in the module runs or tests) runs in no process with another.
 * Packages are import paths as FileFacts.pkg spells them (`p_test` for external tests).
 *
 *     cmd/a imports lib/x; cmd/b imports lib/y       →  x and y are never in one process
 *     lib/y's tests import lib/x                     →  they are
 */
export function linkedTogether(files: Iterable<FileFacts>): (a: string, b: string) => boolean {
  const normal = new Map<string, Set<string>>(); // package → module packages its non-test files import
  const tests = new Map<string, Set<string>>(); //  package → what its test files (and its external test package) import
  const mains = new Set<string>();
  const all = [...files];
  const inModule = new Set(all.map((f) => f.pkg));
  const add = (m: Map<string, Set<string>>, k: string, v: string) => (m.get(k) ?? m.set(k, new Set()).get(k)!).add(v);
  for (const f of all) {
    const base =
      f.isTest && f.pkg.endsWith('_test') && !inModule.has(f.pkg.slice(0, -5)) ? f.pkg : f.pkg.replace(/_test$/, '');
    if (!f.isTest && f.pkgName === 'main') mains.add(f.pkg);
    if (!normal.has(f.pkg)) normal.set(f.pkg, new Set());
    for (const p of f.importPaths) if (inModule.has(p)) add(f.isTest ? tests : normal, f.isTest ? base : f.pkg, p);
    if (f.isTest && f.pkg !== base) add(tests, base, f.pkg);
  }
  const binaries: Array<Set<string>> = [];
  const closure = (roots: Iterable<string>): Set<string> => {
    const seen = new Set<string>();
    const todo = [...roots];
    while (todo.length) {
      const p = todo.pop()!;
      if (seen.has(p)) continue;
      seen.add(p);
      for (const q of normal.get(p) ?? []) todo.push(q);
    }
    return seen;
  };
  for (const m of mains) binaries.push(closure([m]));
  for (const [p, imported] of tests) binaries.push(closure([p, ...imported]));
  const linkedIn = new Map<string, number[]>();
  binaries.forEach((b, i) => b.forEach((p) => (linkedIn.get(p) ?? linkedIn.set(p, []).get(p)!).push(i)));
  return (a, b) => {
    if (a === b) return true;
    const ia = linkedIn.get(a);
    const ib = linkedIn.get(b);
    if (!ia || !ib) return false;
    const set = new Set(ia);
    return ib.some((i) => set.has(i));
  };
}
