// The parameter and result types an adapter closure spells at the place a function is used as a value.
import { FileFacts, FuncFacts, ValueRef } from '../symbols/program';
import { isExported, universeTypes } from '../stdlib/universe';

/** Names a type text may hold unqualified anywhere: predeclared types and the keywords of type literals. */
const universe = new Set([...universeTypes, 'func', 'map', 'chan', 'interface', 'struct']);

/** The adapter's types, or why they cannot be written there. */
export type AdapterSignature = { params: string[]; result: string } | { unspellable: string };

/**
 * The function's parameter and result types as the using file must write them: a type of the declaring package
 * gets the using file's qualifier for it, and other qualified types must name the same packages there.
 *   store.go:  func (inv *Inventory) Lookup(sku SKU) (Product, bool)
 *   main.go:   func(__atel_p0 store.SKU) (store.Product, bool) { return __atel_r.Lookup(ctx, __atel_p0) }
 */
export function adapterSignature(
  f: FuncFacts,
  decl: FileFacts,
  use: FileFacts,
  v: Pick<ValueRef, 'shadowed'>,
): AdapterSignature {
  // Prune finds adapters by their text, which ends at the first brace of the closure.
  if ([...f.params.types, f.resultText].some((t) => t.includes('{')))
    return { unspellable: 'its signature has a struct or interface literal type' };
  const own =
    use.pkg === f.pkg ? '' : Object.keys(use.imports).find((q) => use.imports[q] === f.pkg && !v.shadowed.includes(q));
  let why: string | undefined;
  // The dot after a qualifier is looked at, not consumed, so that the name after it is seen as qualified:
  // `*obj.LSym` stays `*obj.LSym` (not `*obj.dwarfgen.LSym`).
  const respell = (t: string) =>
    t.replace(/(\.?)\b([A-Za-z_]\w*)\b(?=(\.?))/g, (whole, before: string, name: string, after: string) => {
      if (before) return whole;
      if (after) {
        if (!decl.imports[name] || decl.imports[name] !== use.imports[name] || v.shadowed.includes(name))
          why ??= `its type ${t} names package ${name}, which is not imported as ${name} there`;
        return whole;
      }
      if (universe.has(name) || own === '') return whole;
      if (own === undefined || !isExported(name)) why ??= `its type ${t} cannot be named from package ${use.pkgName}`;
      return `${own}.${name}`;
    });
  const params = f.params.types.map(respell);
  const result = respell(f.resultText);
  return why ? { unspellable: why } : { params, result };
}
