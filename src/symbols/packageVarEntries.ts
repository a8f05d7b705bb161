// Module functions stored into variables of packages outside the module (`flag.Usage = usage`), reached from the functions that call into those packages.
import { PackageCall, PackageVarStore, StdlibEntry } from './program';

/**
 * A module function stored into a package variable of the standard library (or another module) is called back by
 * that package's code: `flag.Usage = usage` makes flag.Parse call usage on a bad flag. Where it keeps its signature
 * (its value may be observed, IG2014; no context where it is stored, IG2001) it sees no context; the call into the
 * package that calls it back is made by instrumented code on the same goroutine, so every call into that package
 * reaches it, and the calling function lends its span while it runs (src/plan/handOff.ts):
 *   func main() {   // flag.Usage = Usage; flag.Parse()
 *   	...; defer __atel_rtlib.HandBack(__atel_rtlib.HandOff(__atel_child_tracing_ctx))
 *   func Usage() {
 *   	__atel_child_tracing_ctx, __atel_span := __atel_tracer.Start(__atel_rtlib.HandOffParent(__atel_context.Background()), "main.Usage")
 * Only packages the module stores a function into count, from code linked into one program or test binary with the
 * store (`flag.Usage = usage` in cmd/a reaches nothing from cmd/b), and one call per function and package, so few
 * functions lend. One entry per calling function and stored function.
 */
export function packageVarEntries(
  stores: readonly PackageVarStore[],
  calls: readonly PackageCall[],
  seesParent: (fn: string) => boolean,
  linked: (file: string, other: string) => boolean,
): StdlibEntry[] {
  if (!stores.length) return [];
  const byPackage = new Map<string, PackageVarStore[]>();
  for (const s of stores) byPackage.set(s.pkg, [...(byPackage.get(s.pkg) ?? []), s]);
  const out: StdlibEntry[] = [];
  const seen = new Set<string>();
  for (const c of calls)
    for (const s of byPackage.get(c.pkg) ?? []) {
      if (!linked(c.pos.file, s.pos.file)) continue;
      for (const target of s.targets) {
        const key = `${c.from}\n${target}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const handOff = !seesParent(target);
        out.push({
          from: c.from,
          target,
          interfaces: [s.variable],
          pos: c.pos,
          storedIn: s.variable,
          ...(handOff ? { handOff } : {}),
        });
      }
    }
  return out;
}
